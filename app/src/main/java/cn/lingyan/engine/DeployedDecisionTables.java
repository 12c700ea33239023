package cn.lingyan.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The rules of a DMN table as the latest deployment has them, for code that lists what a table knows (category
 * names, negative-list clauses) rather than evaluating it. A policy owner who adds or renames a rule in the table
 * needs no Java change. Rules are read once per deployed definition.
 */
@Component
public class DeployedDecisionTables {

    /** One rule: its input and output entries in column order, FEEL string literals unquoted, and its annotation. */
    public record Rule(List<String> inputs, List<String> outputs, String description) {}

    private final RepositoryService repositoryService;
    private final SystemAccess systemAccess;
    private final Map<String, List<Rule>> rulesByDefinition = new ConcurrentHashMap<>();

    DeployedDecisionTables(RepositoryService repositoryService, SystemAccess systemAccess) {
        this.repositoryService = repositoryService;
        this.systemAccess = systemAccess;
    }

    /**
     * The latest deployed definition of decision {@code key} for tenant {@code tenantId} (a county): the tenant's own
     * where it has one, else the shared default (tenant null).
     */
    public DecisionDefinition latest(String key, String tenantId) {
        DecisionDefinition latest = systemAccess.call(() -> {
            DecisionDefinition own = tenantId == null ? null : repositoryService.createDecisionDefinitionQuery()
                    .decisionDefinitionKey(key).tenantIdIn(tenantId).latestVersion().singleResult();
            return own != null ? own : repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .withoutTenantId().latestVersion().singleResult();
        });
        if (latest == null) {
            throw new IllegalStateException("Decision " + key + " is not deployed");
        }
        return latest;
    }

    /** The rules of the table {@code key} in force for tenant {@code tenantId} (null: the shared default), in table order. */
    public List<Rule> rules(String key, String tenantId) {
        return rulesByDefinition.computeIfAbsent(latest(key, tenantId).getId(), id -> read(id, key));
    }

    private List<Rule> read(String decisionDefinitionId, String key) {
        DmnModelInstance model = systemAccess.call(() -> repositoryService.getDmnModelInstance(decisionDefinitionId));
        List<Rule> rules = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            // a DRD holds several decisions; the definition is the one whose id is the key
            if (key.equals(decision.getId()) && decision.getExpression() instanceof DecisionTable table) {
                table.getRules().forEach(rule -> rules.add(new Rule(texts(rule.getInputEntries()), texts(rule.getOutputEntries()),
                        rule.getDescription() == null ? "" : rule.getDescription().getTextContent().trim())));
            }
        }
        return List.copyOf(rules);
    }

    private static List<String> texts(Collection<? extends ModelElementInstance> entries) {
        return entries.stream().map(e -> unquote(e.getTextContent())).toList();
    }

    /** {@code "W01"} → {@code W01}; anything that is not a FEEL string literal stays as it is, trimmed. */
    static String unquote(String text) {
        String trimmed = text == null ? "" : text.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
