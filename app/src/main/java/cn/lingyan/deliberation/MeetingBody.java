package cn.lingyan.deliberation;

import cn.lingyan.system.Term;

/**
 * The bodies that deliberate and resolve (the meeting-rules table's bodies, the deliberation-scope table's resolving
 * bodies); NONE where no body resolves the matter.
 */
public enum MeetingBody implements Term {
    PARTY_COMMITTEE("村党组织委员会会议"),
    TWO_COMMITTEES("村“两委”会议"),
    JOINT("村党组织提议和“两委”商议合并会议"),
    PARTY_MEMBERS("党员大会"),
    VILLAGERS_ASSEMBLY("村民会议"),
    REPRESENTATIVES_ASSEMBLY("村民代表会议"),
    GROUP_MEETING("村民小组会议"),
    NONE("不适用");

    private final String text;

    MeetingBody(String text) {
        this.text = text;
    }

    @Override
    public String text() {
        return text;
    }
}
