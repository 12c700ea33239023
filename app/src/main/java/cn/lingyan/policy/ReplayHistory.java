package cn.lingyan.policy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The engine's decision history as a replay reads it: one query each for the evaluations of a decision in a county
 * since a time (ACT_HI_DECINST), their inputs (ACT_HI_DEC_IN) and outputs (ACT_HI_DEC_OUT), and one for what names the
 * cases (ACT_HI_PROCINST's business key, the case's caseTitle, villageName and villageCode). SQL in ReplayHistory.xml;
 * {@code tenantId} null reads every county.
 */
@Mapper
interface ReplayHistory {

    record Evaluation(String id, String processInstanceId, String tenantId, Instant evaluatedAt, Double collectValue) {}

    /**
     * One input or output value as the engine stored it: typed columns by {@code varType} (see {@link HistoricValues}).
     * {@code ruleId}, {@code ruleOrder} and {@code varName} only for outputs.
     */
    record Value(String decisionInstanceId, String clauseId, String clauseName, String ruleId, Integer ruleOrder,
            String varName, String varType, Double doubleValue, Long longValue, String textValue) {}

    record CaseLabel(String processInstanceId, String businessKey, String name, String text) {}

    List<Evaluation> evaluations(@Param("decisionKey") String decisionKey, @Param("tenantId") String tenantId,
            @Param("since") Instant since);

    List<Value> inputs(@Param("decisionKey") String decisionKey, @Param("tenantId") String tenantId,
            @Param("since") Instant since);

    List<Value> outputs(@Param("decisionKey") String decisionKey, @Param("tenantId") String tenantId,
            @Param("since") Instant since);

    List<CaseLabel> caseLabels(@Param("processInstanceIds") Collection<String> processInstanceIds);
}
