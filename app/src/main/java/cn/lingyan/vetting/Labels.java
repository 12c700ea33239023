package cn.lingyan.vetting;

import java.util.Map;

/** Chinese labels of the coded values the forms submit, for read-only display in later steps and the archive. */
final class Labels {

    static final Map<String, String> REASONS = Map.of("ELECTION", "换届选举候选人", "BY_ELECTION", "补选或任命",
            "TRANSFER", "调整交流（调任）", "RESERVE", "纳入后备力量");
    static final Map<String, String> POSITIONS = Map.of("SECRETARY", "村党组织书记", "COMMITTEE_MEMBER", "村“两委”成员",
            "SUPERVISION_MEMBER", "村务监督委员会成员");
    static final Map<String, String> EDUCATION = Map.of("POSTGRADUATE", "研究生", "BACHELOR", "大学本科", "COLLEGE", "大学专科",
            "SECONDARY", "高中或中专", "JUNIOR", "初中及以下");
    static final Map<String, String> GENDERS = Map.of("M", "男", "F", "女");

    private Labels() {}
}
