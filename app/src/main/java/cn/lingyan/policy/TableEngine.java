package cn.lingyan.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedOutput;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/**
 * A standalone DMN engine for drafts that are not deployed: the default configuration, as the process engine's own
 * (FEEL for expressions and entries, no legacy behaviour, no custom functions), so a draft decides here as it would
 * once deployed, but writes no history. It reports what history records: each matched rule with its outputs, and the
 * aggregated value of a COLLECT table with an aggregator. Building one takes about a millisecond once the classes are
 * loaded; one per preview or replay, used by one thread.
 */
final class TableEngine {

    /** One matched rule and the outputs it set (output name → value), as ACT_HI_DEC_OUT holds them. */
    record Hit(String ruleId, Map<String, Object> outputs) {}

    /** What a table decided: the matched rules in order, and for COLLECT with an aggregator the aggregated value. */
    record Outcome(List<Hit> hits, String collectName, Object collectValue) {

        List<String> ruleIds() {
            return hits.stream().map(Hit::ruleId).toList();
        }

        List<Map<String, Object>> outputs() {
            return hits.stream().map(Hit::outputs).toList();
        }
    }

    private final DmnEngine engine;
    private DmnDecisionTableEvaluationEvent evaluated;

    /**
     * @param remembering whether FEEL results are remembered ({@link CachingFeel}): for a replay, which evaluates one
     *                    table thousands of times on variables with plain names; a preview evaluates once
     */
    TableEngine(boolean remembering) {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        if (remembering) {
            CachingFeel feel = new CachingFeel(new ScalaFeelEngineFactory().createInstance());
            configuration.feelEngineFactory(() -> feel);
        }
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> evaluated = event));
        engine = configuration.buildEngine();
    }

    /** The decision {@code key} of the model; the engine's refusal (a {@link RuntimeException}) when it cannot read it. */
    DmnDecision parse(String key, DmnModelInstance model) {
        return engine.parseDecision(key, model);
    }

    /** Evaluates {@code decision}; a table that cannot decide on these variables throws the engine's exception. */
    Outcome evaluate(DmnDecision decision, Map<String, Object> variables) {
        evaluated = null;
        engine.evaluateDecision(decision, variables);
        DmnDecisionTableEvaluationEvent event = evaluated;
        if (event == null) {
            return new Outcome(List.of(), null, null);
        }
        List<Hit> hits = new ArrayList<>(event.getMatchingRules().size());
        for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
            Map<String, Object> outputs = new LinkedHashMap<>();
            for (DmnEvaluatedOutput output : rule.getOutputEntries().values()) {
                outputs.put(output.getOutputName(), value(output.getValue()));
            }
            hits.add(new Hit(rule.getId(), outputs));
        }
        return new Outcome(hits, event.getCollectResultName(), value(event.getCollectResultValue()));
    }

    private static Object value(TypedValue typed) {
        return typed == null ? null : typed.getValue();
    }
}
