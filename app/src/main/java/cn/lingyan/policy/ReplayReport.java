package cn.lingyan.policy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a draft table would have decided on the real inputs of past evaluations in a county: how many evaluations,
 * how many outcomes would change (of which how many the draft could not decide at all), and each changed one, at most
 * {@link PolicyReplay#MAX_LISTED} of them, earliest first.
 *
 * @param county      the county replayed; null when the administrator replays every county
 * @param replayed    evaluations the draft decided (the rest were skipped: history held a value a replay cannot read)
 * @param changed     outcomes that would differ, including those the draft could not decide ({@code failed})
 * @param inputs      the draft's inputs, naming the keys of each change's {@code inputs}
 * @param warnings    e.g. an input of the draft that history holds no value for (replayed as empty)
 */
public record ReplayReport(String decisionKey, String decisionName, String hitPolicy, String county, int months,
        Instant since, int evaluations, int replayed, int skipped, int changed, int failed, int listed,
        List<PolicyPreview.InputValue> inputs, List<String> warnings, List<Change> changes) {

    /**
     * One evaluation whose outcome would change: the case (process instance, business key, title, village), when it was
     * decided, its inputs (by input name), each matched rule's outputs before and after (for COLLECT with an
     * aggregator: the aggregated value), the rules matched, or why the draft could not decide.
     */
    public record Change(String decisionInstanceId, String processInstanceId, String businessKey, String county,
            String caseTitle, String villageName, Instant evaluatedAt, Map<String, Object> inputs, Object before,
            Object after, List<String> rulesBefore, List<String> rulesAfter, String error) {}
}
