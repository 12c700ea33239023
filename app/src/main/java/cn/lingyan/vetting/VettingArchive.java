package cn.lingyan.vetting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * 一人一档: persons, their vettings with every department answer, the reserve register and the yearly
 * assessments. SQL in VettingArchive.xml. Listings take a division-code prefix (county, township or village).
 */
@Mapper
public interface VettingArchive {

    // ---------------------------------------------------------------- persons

    void insertPerson(PersonRow row);

    PersonRow findPerson(long id);

    PersonRow findPersonByIdNumber(String idNumber);

    void updatePerson(PersonRow row);

    List<PersonRow> findPersonsUnder(@Param("codePrefix") String codePrefix);

    // ---------------------------------------------------------------- vettings

    void insertVetting(VettingRow row);

    VettingRow findVetting(long id);

    VettingRow findVettingByInstance(String processInstanceId);

    VettingRow findVettingByBusinessKey(String businessKey);

    VettingRow findOpenVettingOfPerson(long personId);

    List<VettingRow> findVettingsOfPerson(long personId);

    List<VettingRow> findVettingsUnder(@Param("codePrefix") String codePrefix);

    VettingRow findLatestFiledSecretary(String villageCode);

    void updateBusinessKey(@Param("id") long id, @Param("businessKey") String businessKey);

    void updateStage(@Param("id") long id, @Param("stage") String stage);

    void updateVerdict(@Param("id") long id, @Param("verdict") String verdict);

    /** The yearly assessment whose rating asked for this vetting (a replacement, 1★). */
    void linkAssessment(@Param("id") long id, @Param("assessmentId") long assessmentId);

    void recordFiling(@Param("id") long id, @Param("filingNumber") String filingNumber, @Param("filedOn") LocalDate filedOn);

    /** Ends the vetting: no longer open, so the person may be nominated again. */
    void endVetting(@Param("id") long id, @Param("stage") String stage, @Param("outcome") String outcome,
            @Param("reason") String reason);

    // ---------------------------------------------------------------- department answers

    void insertAnswer(@Param("vettingId") long vettingId, @Param("round") int round, @Param("department") String department,
            @Param("departmentName") String departmentName, @Param("dueDate") LocalDate dueDate);

    int recordAnswer(@Param("vettingId") long vettingId, @Param("round") int round, @Param("department") String department,
            @Param("result") String result, @Param("clauses") String clauses, @Param("evidenceNote") String evidenceNote,
            @Param("answeredBy") String answeredBy);

    void markReminded(@Param("vettingId") long vettingId, @Param("round") int round, @Param("department") String department);

    void markEscalated(@Param("vettingId") long vettingId, @Param("round") int round, @Param("department") String department);

    void recordChase(@Param("vettingId") long vettingId, @Param("round") int round, @Param("department") String department,
            @Param("chaseNote") String chaseNote);

    List<AnswerRow> findAnswers(long vettingId);

    List<AnswerRow> findAnswersOfRound(@Param("vettingId") long vettingId, @Param("round") int round);

    /** The latest review round launched for a vetting; 0 before the first. */
    int findLatestRound(long vettingId);

    // ---------------------------------------------------------------- events

    void insertEvent(@Param("vettingId") long vettingId, @Param("kind") String kind, @Param("note") String note,
            @Param("actor") String actor);

    List<VettingEventRow> findEvents(long vettingId);

    // ---------------------------------------------------------------- reserve register

    void insertReserve(@Param("personId") long personId, @Param("countyCode") String countyCode,
            @Param("townshipCode") String townshipCode, @Param("villageCode") String villageCode,
            @Param("villageName") String villageName, @Param("direction") String direction,
            @Param("vettingId") long vettingId, @Param("enteredOn") LocalDate enteredOn);

    ReserveRow findReserve(long id);

    ReserveRow findActiveReserveOfPerson(long personId);

    List<ReserveRow> findReservesOfPerson(long personId);

    List<ReserveRow> findReservesUnder(@Param("codePrefix") String codePrefix);

    /** Leaves the pool (NOMINATED when put up for a post, APPOINTED, EXITED). */
    void leaveReserve(@Param("id") long id, @Param("status") String status, @Param("reason") String reason,
            @Param("leftOn") LocalDate leftOn);

    void insertReserveRecord(ReserveRecordRow row);

    int updateReserveRecord(ReserveRecordRow row);

    List<ReserveRecordRow> findReserveRecords(long reserveId);

    // ---------------------------------------------------------------- yearly assessment

    void insertAssessment(AssessmentRow row);

    AssessmentRow findAssessmentByInstance(String processInstanceId);

    AssessmentRow findAssessment(long id);

    AssessmentRow findAssessmentOfVillage(@Param("villageCode") String villageCode, @Param("year") int year);

    List<AssessmentRow> findAssessmentsOfPerson(long personId);

    List<AssessmentRow> findAssessmentsUnder(@Param("codePrefix") String codePrefix);

    void recordRating(@Param("id") long id, @Param("secretaryName") String secretaryName,
            @Param("scores") List<BigDecimal> scores, @Param("totalScore") BigDecimal totalScore,
            @Param("ratedStars") int ratedStars, @Param("ratingNote") String ratingNote);

    void recordStarConfirmation(@Param("id") long id, @Param("confirmedStars") int confirmedStars,
            @Param("starAction") String starAction, @Param("confirmNote") String confirmNote);

    void recordAssessmentAction(@Param("id") long id, @Param("stage") String stage, @Param("actionRecord") String actionRecord,
            @Param("replacementVettingId") Long replacementVettingId);
}
