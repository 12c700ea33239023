package cn.lingyan.rectification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The rectification ledger: one mapper for the case aggregate and its lists. SQL in RectificationLedger.xml. */
@Mapper
public interface RectificationLedger {

    void insertCase(CaseRow row);

    CaseRow findCaseByInstance(String processInstanceId);

    CaseRow findCase(long id);

    CaseRow findOpenCaseOfVillage(String villageCode);

    List<CaseRow> findCasesUnder(@Param("codePrefix") String codePrefix);

    void updateStage(@Param("caseId") long caseId, @Param("stage") String stage);

    void updateDeadline(@Param("caseId") long caseId, @Param("deadline") LocalDate deadline,
            @Param("extensionsUsed") int extensionsUsed);

    void markSupervised(long caseId);

    void confirm(@Param("caseId") long caseId, @Param("rootCause") String rootCause);

    void startCycle(@Param("caseId") long caseId, @Param("cycle") int cycle);

    void markSignedOff(long caseId);

    void markClosed(long caseId);

    void insertCategory(@Param("caseId") long caseId, @Param("cycle") int cycle, @Param("code") String code,
            @Param("name") String name);

    List<String> findCategories(@Param("caseId") long caseId, @Param("cycle") int cycle);

    void insertAssignment(@Param("caseId") long caseId, @Param("cycle") int cycle,
            @Param("countyLeaderId") String countyLeaderId, @Param("townshipLeaderName") String townshipLeaderName,
            @Param("firstSecretaryId") String firstSecretaryId, @Param("pairedUnit") String pairedUnit,
            @Param("assignedBy") String assignedBy);

    String findCountyLeader(@Param("caseId") long caseId, @Param("cycle") int cycle);

    void deleteAssignment(@Param("caseId") long caseId, @Param("cycle") int cycle);

    void deletePlan(@Param("caseId") long caseId, @Param("cycle") int cycle);

    void deleteProblems(@Param("caseId") long caseId, @Param("cycle") int cycle);

    void deleteMeasures(@Param("caseId") long caseId, @Param("cycle") int cycle);

    void deleteResponsibilities(@Param("caseId") long caseId, @Param("cycle") int cycle);

    void insertPlan(@Param("caseId") long caseId, @Param("cycle") int cycle, @Param("summary") String summary,
            @Param("draftedBy") String draftedBy);

    void approvePlan(@Param("caseId") long caseId, @Param("cycle") int cycle, @Param("approvedBy") String approvedBy);

    void returnPlan(@Param("caseId") long caseId, @Param("cycle") int cycle);

    void insertProblem(@Param("caseId") long caseId, @Param("cycle") int cycle, @Param("seq") int seq,
            @Param("problem") String problem);

    void insertMeasure(MeasureRow row);

    void insertResponsibility(@Param("caseId") long caseId, @Param("cycle") int cycle, @Param("seq") int seq,
            @Param("item") String item, @Param("responsible") String responsible);

    List<MeasureRow> findMeasures(@Param("caseId") long caseId, @Param("cycle") int cycle);

    int updateMeasureProgress(@Param("caseId") long caseId, @Param("cycle") int cycle, @Param("seq") int seq,
            @Param("status") String status, @Param("evidence") String evidence);

    void insertProgress(@Param("caseId") long caseId, @Param("cycle") int cycle, @Param("summary") String summary,
            @Param("doneCount") int doneCount, @Param("totalCount") int totalCount, @Param("reportedBy") String reportedBy);

    int countProgressReports(long caseId);

    void insertVisit(@Param("caseId") long caseId, @Param("leaderId") String leaderId,
            @Param("visitDate") LocalDate visitDate, @Param("visitCount") int visitCount, @Param("content") String content,
            @Param("problemsSolved") String problemsSolved);

    int countVisits(long caseId);

    void insertAcceptance(@Param("caseId") long caseId, @Param("cycle") int cycle, @Param("selfScore") BigDecimal selfScore,
            @Param("score") BigDecimal score, @Param("unsatisfiedRatio") BigDecimal unsatisfiedRatio,
            @Param("allTasksClosed") boolean allTasksClosed, @Param("result") String result,
            @Param("reason") String reason, @Param("note") String note, @Param("decidedBy") String decidedBy);

    List<String> findAcceptanceResults(long caseId);

    void insertEvent(@Param("caseId") long caseId, @Param("cycle") int cycle, @Param("kind") String kind,
            @Param("note") String note, @Param("actor") String actor);

    List<String> findEventKinds(long caseId);

    void insertScreening(ScreeningRow row);

    List<ScreeningRow> findScreenings(String campaignKey);

    void confirmScreening(@Param("campaignKey") String campaignKey, @Param("villageCode") String villageCode,
            @Param("included") boolean included, @Param("categories") String categories, @Param("rootCause") String rootCause);
}
