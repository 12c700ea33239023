package cn.lingyan.vetting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the vetting forms submit, filled in the way a careful reviewer would. */
final class VettingForms {

    static final String DONGPO = "990101001001";
    static final String DEPARTMENT_ROLES[] = {"review-discipline", "review-police", "review-procuratorate", "review-court",
            "review-petitions", "review-civil-affairs", "review-justice", "review-agriculture"};
    /** Demo users of the departments, in the order of DEPARTMENT_ROLES. */
    static final List<String> DEPARTMENT_USERS = List.of("yanming-jw", "yanming-ga", "yanming-jcy", "yanming-fy", "yanming-xf",
            "yanming-mz", "yanming-sf", "yanming-nync");

    private VettingForms() {}

    /** A valid identity number for a birth date and a three-digit sequence (odd: a man). */
    static String idNumber(String birth, String sequence) {
        String first17 = "990101" + birth + sequence;
        return first17 + ResidentId.checkCharacter(first17);
    }

    static Map<String, Object> nomination(String name, String idNumber) {
        Map<String, Object> values = new HashMap<>();
        values.put("villageCode", DONGPO);
        values.put("vettingReason", "ELECTION");
        values.put("position", "SECRETARY");
        values.put("candidateSource", "NEW");
        values.put("candidateName", name);
        values.put("idNumber", idNumber);
        values.put("gender", (idNumber.charAt(16) - '0') % 2 == 1 ? "M" : "F");
        values.put("birthDate", idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14));
        values.put("partyJoinDate", "2010-07-01");
        values.put("education", "BACHELOR");
        values.put("residence", "雁鸣县青山镇东坡村三组");
        values.put("currentWork", "东坡村村委会委员");
        values.put("pledgesSigned", true);
        values.put("nominationNote", "党员大会推荐，村党组织提名");
        return values;
    }

    static Map<String, Object> with(Map<String, Object> values, Object... pairs) {
        Map<String, Object> copy = new HashMap<>(values);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                copy.remove((String) pairs[i]);
            } else {
                copy.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return copy;
    }

    static Map<String, Object> villageCheck(String decision) {
        return Map.of("villageCheckDecision", decision, "villageCheckNote", "PASS".equals(decision) ? "符合基本条件" : "长期在外务工，群众认可度低");
    }

    static Map<String, Object> townshipReview(String decision) {
        return Map.of("policeOpinion", "未发现违法犯罪记录", "justiceOpinion", "无社区矫正记录", "townshipDecision", decision,
                "townshipNote", "PASS".equals(decision) ? "同意报县委组织部联审" : "群众反映问题经核属实");
    }

    static Map<String, Object> launch(List<String> departments) {
        return Map.of("reviewDepartments", departments, "replyWorkingDays", 5, "launchNote", "请按期答复");
    }

    static Map<String, Object> noHit() {
        return Map.of("reviewResult", "NO_HIT", "evidenceNote", "经查询本系统，未发现相关记录");
    }

    static Map<String, Object> hit(String... clauses) {
        return Map.of("reviewResult", "HIT", "hitClauses", List.of(clauses), "evidenceNote", "经查，存在相关记录");
    }

    static Map<String, Object> meeting(String decision) {
        return Map.of("meetingDate", LocalDate.now().toString(), "meetingDecision", decision, "meetingReason",
                "CLEAR".equals(decision) ? "调查已结束，不影响任职" : "群众反映强烈，暂不宜提名");
    }

    static Map<String, Object> notice(LocalDate posted) {
        return Map.of("noticeDate", posted.toString(), "noticePlace", "东坡村村务公开栏", "noticeEvidence", "公示照片2026-01");
    }

    static Map<String, Object> noObjection() {
        return Map.of("objectionResult", "NONE", "objectionNote", "公示期满，未收到异议");
    }

    static Map<String, Object> objection() {
        return Map.of("objectionResult", "OBJECTION", "objectionContent", "群众反映其经营中存在欠薪问题",
                "objectionNote", "退回乡镇党委核实");
    }

    static Map<String, Object> filing() {
        return Map.of("filingNumber", "雁组备〔2026〕12号", "filingDate", LocalDate.now().toString());
    }
}
