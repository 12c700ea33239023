package cn.lingyan.rectification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid submissions of each rectification form, as Tasklist would send them; tests override single fields. */
final class RectificationForms {

    private RectificationForms() {}

    static Map<String, Object> screening() {
        Map<String, Object> values = new HashMap<>();
        values.put("vacancyDays", 120);
        values.put("secretaryStar", 1);
        values.put("petitionCount", 2);
        values.put("satisfactionRate", 58.5);
        values.put("collectiveIncome", 3.5);
        for (String flag : List.of("teamDivided", "routinesOnPaper", "voteBuying", "externalInterference", "disclosureChaotic",
                "noVenue", "villageBully", "revitalisationStalled", "localIssue")) {
            values.put(flag, false);
        }
        values.put("screeningNote", "书记缺职四个月，群众满意度偏低");
        return values;
    }

    static Map<String, Object> confirm(String decision) {
        Map<String, Object> values = new HashMap<>();
        values.put("confirmDecision", decision);
        if ("CONFIRM".equals(decision)) {
            values.put("confirmedCategories", List.of("W01", "W10"));
            values.put("rootCause", "班子长期不健全，服务群众能力弱");
        }
        values.put("confirmNote", "县委组织部审核确认");
        return values;
    }

    static Map<String, Object> fourOnes(String countyLeader, String firstSecretary) {
        return new HashMap<>(Map.of("countyLeaderId", countyLeader, "townshipLeaderName", "王建国（青山镇副镇长）",
                "firstSecretaryId", firstSecretary, "pairedUnit", "县农业农村局"));
    }

    static Map<String, Object> plan() {
        String due = LocalDate.now().plusMonths(3).toString();
        return new HashMap<>(Map.of(
                "planSummary", "配齐班子、规范组织生活、提升服务能力",
                "problems", List.of(Map.of("problem", "书记缺职"), Map.of("problem", "组织生活不规范")),
                "measures", List.of(
                        Map.of("measure", "选优配强村党组织书记", "owner", "王建国", "dueDate", due),
                        Map.of("measure", "每月开展主题党日", "owner", "第一书记", "dueDate", due)),
                "responsibilities", List.of(Map.of("item", "书记人选考察", "responsible", "青山镇党委"))));
    }

    static Map<String, Object> review(String decision) {
        Map<String, Object> values = new HashMap<>(Map.of("planDecision", decision));
        if ("RETURN".equals(decision)) {
            values.put("planComment", "任务清单缺少集体经济措施");
        }
        return values;
    }

    static Map<String, Object> progress(String status) {
        return new HashMap<>(Map.of(
                "measureProgress", List.of(
                        Map.of("measureNo", 1, "measure", "选优配强村党组织书记", "status", status, "evidence", "任职文件"),
                        Map.of("measureNo", 2, "measure", "每月开展主题党日", "status", status, "evidence", "会议记录")),
                "progressSummary", "本月按计划推进"));
    }

    static Map<String, Object> visit() {
        return new HashMap<>(Map.of("visitDate", LocalDate.now().toString(), "visitCount", 2,
                "visitContent", "召开座谈会，指导班子建设", "problemsSolved", "协调解决活动场所修缮资金"));
    }

    static Map<String, Object> requestAcceptance() {
        return new HashMap<>(Map.of("selfScore", 88, "selfAssessment", "整改任务全部完成，申请验收"));
    }

    static Map<String, Object> acceptance(double score, double unsatisfiedRatio) {
        return new HashMap<>(Map.of("score", score, "unsatisfiedRatio", unsatisfiedRatio,
                "acceptanceNote", "述职评议、群众测评、个别谈话、实地查看"));
    }

    static Map<String, Object> signOff() {
        return new HashMap<>(Map.of("signOffNote", "同意销号"));
    }

    static Map<String, Object> lookBack(boolean relapse, double score) {
        Map<String, Object> values = new HashMap<>(Map.of("relapseFound", relapse, "lookBackScore", score,
                "lookBackNote", "回头看情况"));
        if (relapse) {
            values.put("recurredCategories", List.of("W03"));
        }
        return values;
    }

    static Map<String, Object> overdue(String decision, Integer months) {
        Map<String, Object> values = new HashMap<>(Map.of("overdueDecision", decision, "overdueNote", "整改进度滞后"));
        if (months != null) {
            values.put("extensionMonths", months);
        }
        return values;
    }
}
