package cn.lingyan.deliberation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The decision register (四议两公开台账). SQL in DecisionRegister.xml. */
@Mapper
public interface DecisionRegister {

    void insertMatter(MatterRow row);

    MatterRow findMatter(long id);

    MatterRow findMatterByInstance(String processInstanceId);

    List<MatterRow> findMattersUnder(@Param("codePrefix") String codePrefix);

    /** The latest matter of a village with this title that ended without a decision after {@code since}. */
    MatterRow findEndedWithoutDecision(@Param("villageCode") String villageCode, @Param("title") String title,
            @Param("since") OffsetDateTime since);

    void updateBusinessKey(@Param("id") long id, @Param("businessKey") String businessKey);

    void updateScope(@Param("id") long id, @Param("applies") boolean applies, @Param("resolvingBody") String resolvingBody);

    void updatePath(@Param("id") long id, @Param("merged") boolean merged, @Param("preConsulted") boolean preConsulted);

    void updateStage(@Param("id") long id, @Param("stage") String stage);

    void closeMatter(@Param("id") long id, @Param("outcome") String outcome, @Param("note") String note);

    void insertMeeting(MeetingRow row);

    List<MeetingRow> findMeetings(long matterId);

    void insertDisclosure(DisclosureRow row);

    DisclosureRow findLatestDisclosure(@Param("matterId") long matterId, @Param("kind") String kind);

    List<DisclosureRow> findDisclosures(long matterId);

    void reviewDisclosure(@Param("id") long id, @Param("outcome") String outcome, @Param("note") String note,
            @Param("confirmedOn") LocalDate confirmedOn);

    void insertComplaint(ComplaintRow row);

    List<ComplaintRow> findComplaints(long matterId);

    void insertSupervision(SupervisionRow row);

    List<SupervisionRow> findSupervisions(long matterId);

    void insertEvent(@Param("matterId") long matterId, @Param("kind") String kind, @Param("note") String note,
            @Param("actor") String actor);

    List<MatterEventRow> findEvents(long matterId);
}
