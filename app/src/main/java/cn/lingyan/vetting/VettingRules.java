package cn.lingyan.vetting;

import cn.lingyan.engine.DeployedDecisionTables;
import cn.lingyan.engine.SystemAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The vetting's DMN tables as the latest deployment has them: the negative list (DMN-B1), the joint-review
 * departments per county, the star rating (DMN-B3). Decisions are evaluated by the engine (and so appear in
 * Cockpit's decision history); the negative list's clauses are also read from the table for the checklists.
 */
@Component
public class VettingRules {

    static final String NEGATIVE_LIST = "vetting-negative-list";
    static final String DEPARTMENTS = "joint-review-departments";
    static final String STAR_ACTION = "secretary-star-action";

    /** One clause of the negative list; severity HARD (不能), SOFT (不宜) or OFF (停用). */
    record Clause(String code, String name, String severity) {

        boolean enabled() {
            return !"OFF".equals(severity);
        }

        String label() {
            return code + " " + name + ("HARD".equals(severity) ? "（不能）" : "（不宜）");
        }
    }

    record Department(String role, String name, boolean mandatory) {}

    private final DeployedDecisionTables tables;
    private final DecisionService decisionService;
    private final SystemAccess systemAccess;

    VettingRules(DeployedDecisionTables tables, DecisionService decisionService, SystemAccess systemAccess) {
        this.tables = tables;
        this.decisionService = decisionService;
        this.systemAccess = systemAccess;
    }

    /** Severity of {@code code} by DMN-B1, or null when the table has no such clause. */
    String severityOf(String code) {
        DmnDecisionResult result = systemAccess.call(() -> decisionService.evaluateDecisionByKey(NEGATIVE_LIST)
                .variables(Variables.createVariables().putValue("clause", code)).evaluate());
        return result.isEmpty() ? null : result.getSingleResult().getEntry("severity");
    }

    /** Code → clause, in table order, of the latest deployed negative list. */
    Map<String, Clause> clauses() {
        Map<String, Clause> clauses = new LinkedHashMap<>();
        for (DeployedDecisionTables.Rule rule : tables.rules(NEGATIVE_LIST)) {
            String code = rule.inputs().get(0);
            clauses.put(code, new Clause(code, rule.outputs().get(0), rule.outputs().get(1)));
        }
        return clauses;
    }

    /** Code → name of every clause of the negative list in force, e.g. N01 → 受过刑事处罚. */
    public Map<String, String> clauseNames() {
        Map<String, String> names = new LinkedHashMap<>();
        clauses().forEach((code, clause) -> names.put(code, clause.name()));
        return names;
    }

    /** Version of the negative list in force, e.g. "2026.1 (v3)", kept with each vetting's verdict. */
    String negativeListVersion() {
        DecisionDefinition latest = tables.latest(NEGATIVE_LIST);
        return latest.getVersionTag() + " (v" + latest.getVersion() + ")";
    }

    List<Department> departmentsOf(String countyCode) {
        DmnDecisionResult result = systemAccess.call(() -> decisionService.evaluateDecisionByKey(DEPARTMENTS)
                .variables(Variables.createVariables().putValue("countyCode", countyCode)).evaluate());
        List<Department> departments = new ArrayList<>();
        result.getResultList().forEach(entry -> departments.add(new Department((String) entry.get("department"),
                (String) entry.get("departmentName"), Boolean.TRUE.equals(entry.get("mandatory")))));
        return departments;
    }

    /** DMN-B3 action for a star count: starAction (ADJUST, WARNING_TALK, IMPROVE, MODEL) and starActionName. */
    Map<String, Object> starAction(int stars) {
        DmnDecisionResult result = systemAccess.call(() -> decisionService.evaluateDecisionByKey(STAR_ACTION)
                .variables(Variables.createVariables().putValue("stars", stars)).evaluate());
        return result.getSingleResult().getEntryMap();
    }
}
