package cn.lingyan.deliberation;

import cn.lingyan.system.Term;

/** Where a matter came from (事项来源), as the register form offers it. */
public enum MatterSource implements Term {
    VILLAGER_SUGGESTION("村民建议"),
    MEMBER_SUGGESTION("党员建议"),
    CADRE_PROPOSAL("村干部提出"),
    HIGHER_ASSIGNMENT("上级交办");

    private final String text;

    MatterSource(String text) {
        this.text = text;
    }

    @Override
    public String text() {
        return text;
    }
}
