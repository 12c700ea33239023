package cn.lingyan.vetting;

import cn.lingyan.engine.DeployedDecisionTables;
import cn.lingyan.org.CountyRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The vetting's DMN tables in force for a county (its own version, else the shared default): the negative list (DMN-B1), the joint-review
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
    private final CountyRules countyRules;

    VettingRules(DeployedDecisionTables tables, CountyRules countyRules) {
        this.tables = tables;
        this.countyRules = countyRules;
    }

    /** Severity of {@code code} by DMN-B1 as the county of {@code unitCode} has it, or null when it has no such clause. */
    String severityOf(String code, String unitCode) {
        DmnDecisionResult result = countyRules.evaluate(NEGATIVE_LIST, unitCode, Map.of("clause", code));
        return result.isEmpty() ? null : result.getSingleResult().getEntry("severity");
    }

    /** Code → clause, in table order, of the negative list in force for the county of {@code unitCode}. */
    Map<String, Clause> clauses(String unitCode) {
        Map<String, Clause> clauses = new LinkedHashMap<>();
        for (DeployedDecisionTables.Rule rule : tables.rules(NEGATIVE_LIST, CountyRules.countyOf(unitCode))) {
            String code = rule.inputs().get(0);
            clauses.put(code, new Clause(code, rule.outputs().get(0), rule.outputs().get(1)));
        }
        return clauses;
    }

    /** Code → name of every clause of the negative list in force for the county of {@code unitCode}, e.g. N01 → 受过刑事处罚. */
    public Map<String, String> clauseNames(String unitCode) {
        Map<String, String> names = new LinkedHashMap<>();
        clauses(unitCode).forEach((code, clause) -> names.put(code, clause.name()));
        return names;
    }

    /** Version of the negative list in force, e.g. "2026.1 (v3)", kept with each vetting's verdict. */
    String negativeListVersion(String unitCode) {
        DecisionDefinition latest = tables.latest(NEGATIVE_LIST, CountyRules.countyOf(unitCode));
        return latest.getVersionTag() + " (v" + latest.getVersion() + ")" + (latest.getTenantId() == null ? "" : "（本县）");
    }

    List<Department> departmentsOf(String countyCode) {
        DmnDecisionResult result = countyRules.evaluate(DEPARTMENTS, countyCode, Map.of("countyCode", countyCode));
        List<Department> departments = new ArrayList<>();
        result.getResultList().forEach(entry -> departments.add(new Department((String) entry.get("department"),
                (String) entry.get("departmentName"), Boolean.TRUE.equals(entry.get("mandatory")))));
        return departments;
    }

    /** DMN-B3 action for a star count: starAction (ADJUST, WARNING_TALK, IMPROVE, MODEL) and starActionName. */
    Map<String, Object> starAction(int stars, String unitCode) {
        DmnDecisionResult result = countyRules.evaluate(STAR_ACTION, unitCode, Map.of("stars", stars));
        return result.getSingleResult().getEntryMap();
    }
}
