package cn.lingyan.deliberation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** What the 四议两公开 forms submit, filled in as a careful village clerk would. */
public final class DeliberationForms {

    public static final String DONGPO = "990101001001";

    private DeliberationForms() {}

    public static Map<String, Object> register(String kind, boolean complex, boolean headsCommittee, boolean delegated) {
        Map<String, Object> values = new HashMap<>();
        values.put("villageCode", DONGPO);
        values.put("matterKind", kind);
        values.put("matterTitle", "村道硬化工程");
        values.put("matterDescription", "硬化三组至五组村道1.2公里，一事一议筹资筹劳");
        values.put("amount", 360000.5);
        values.put("affectedHouseholds", 126);
        values.put("matterSource", "VILLAGER_SUGGESTION");
        values.put("complex", complex);
        values.put("secretaryHeadsCommittee", headsCommittee);
        values.put("representativesDelegated", delegated);
        return values;
    }

    /** A meeting held yesterday, announced two weeks before: enough notice for every body. */
    public static Map<String, Object> meeting(int due, int present, int yes, int no, int abstain) {
        Map<String, Object> values = new HashMap<>();
        values.put("noticeDate", LocalDate.now().minusDays(15).toString());
        values.put("meetingDate", LocalDate.now().minusDays(1).toString());
        values.put("dueCount", due);
        values.put("presentCount", present);
        values.put("yesCount", yes);
        values.put("noCount", no);
        values.put("abstainCount", abstain);
        values.put("minutes", "宣读方案，逐项讨论，举手表决");
        return values;
    }

    public static Map<String, Object> proposal(Map<String, Object> meeting) {
        return with(meeting, "proposalText", "提议实施村道硬化");
    }

    public static Map<String, Object> deliberation(Map<String, Object> meeting) {
        return with(meeting, "deliberationText", "方案：村集体出资40%，申请上级补助60%");
    }

    public static Map<String, Object> joint(Map<String, Object> meeting) {
        return with(meeting, "proposalText", "提议实施村道硬化", "deliberationText", "方案：村集体出资40%，申请上级补助60%");
    }

    public static Map<String, Object> review(Map<String, Object> meeting) {
        return with(meeting, "reviewOpinion", "同意提交村民会议决议");
    }

    public static Map<String, Object> resolution(Map<String, Object> meeting, String quorumBasis) {
        Map<String, Object> values = with(meeting, "resolutionText", "同意实施村道硬化工程");
        if (quorumBasis != null) {
            values.put("quorumBasis", quorumBasis);
        }
        return values;
    }

    public static Map<String, Object> disclosure(LocalDate posted) {
        return Map.of("disclosureContent", "村民会议决议：实施村道硬化工程", "disclosurePlace", "东坡村村务公开栏",
                "disclosureEvidence", "公开照片2026-11-01", "postedDate", posted.toString());
    }

    public static Map<String, Object> results(LocalDate posted) {
        return Map.of("resultsContent", "村道硬化完工，决算35.8万元", "disclosurePlace", "东坡村村务公开栏",
                "disclosureEvidence", "公开照片2026-11-20", "postedDate", posted.toString());
    }

    public static Map<String, Object> postingReview(String outcome) {
        Map<String, Object> values = new HashMap<>(Map.of("postingReview", outcome, "reviewNote", "已核实"));
        if (!"CONFIRMED".equals(outcome)) {
            values.put("complaintContent", "村民反映公开内容缺少资金明细");
        }
        return values;
    }

    public static Map<String, Object> supervision() {
        return Map.of("implementationSummary", "工程按方案实施并通过验收", "supervisionOpinion", "NORMAL",
                "supervisionFindings", "资金使用与决议一致", "completedDate", LocalDate.now().minusDays(2).toString());
    }

    public static Map<String, Object> with(Map<String, Object> values, Object... pairs) {
        Map<String, Object> copy = new HashMap<>(values);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }
}
