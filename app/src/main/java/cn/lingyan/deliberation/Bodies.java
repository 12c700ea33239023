package cn.lingyan.deliberation;

import java.util.Map;

/** Chinese names of the coded values shown in forms and the register. */
public final class Bodies {

    public static final Map<String, String> BODIES = Map.of("PARTY_COMMITTEE", "村党组织委员会会议", "TWO_COMMITTEES", "村“两委”会议",
            "JOINT", "村党组织提议和“两委”商议合并会议", "PARTY_MEMBERS", "党员大会", "VILLAGERS_ASSEMBLY", "村民会议",
            "REPRESENTATIVES_ASSEMBLY", "村民代表会议", "GROUP_MEETING", "村民小组会议", "NONE", "不适用");
    public static final Map<String, String> KINDS = Map.ofEntries(Map.entry("ALLOWANCE", "误工补贴等人员报酬"),
            Map.entry("COLLECTIVE_INCOME", "集体经济收益使用"), Map.entry("PUBLIC_WORKS", "兴办公益事业（筹资筹劳）"),
            Map.entry("LAND_CONTRACTING", "土地承包经营方案"), Map.entry("COLLECTIVE_PROJECT", "集体经济项目立项和承包"),
            Map.entry("HOMESTEAD", "宅基地使用方案"), Map.entry("LAND_COMPENSATION", "征地补偿费使用分配"),
            Map.entry("COLLECTIVE_PROPERTY", "集体财产借贷、租赁或处分"), Map.entry("VILLAGE_RULES", "制定或修改村规民约"),
            Map.entry("CHARTER", "制定或修改村民自治章程"), Map.entry("VITAL_INTEREST", "涉及村民切身利益的其他事项"),
            Map.entry("GROUP_PROPERTY", "属于村民小组的事项"), Map.entry("ROUTINE", "日常事务"), Map.entry("EMERGENCY", "应急事项"));
    public static final Map<String, String> SOURCES = Map.of("VILLAGER_SUGGESTION", "村民建议", "MEMBER_SUGGESTION", "党员建议",
            "CADRE_PROPOSAL", "村干部提出", "HIGHER_ASSIGNMENT", "上级交办");

    private Bodies() {}
}
