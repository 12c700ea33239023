package cn.lingyan.vetting;

import cn.lingyan.system.Term;

/** How a vetting ended. */
public enum VettingOutcome implements Term {
    FILED("已备案"),
    REFUSED_VILLAGE("村级初审未通过"),
    REFUSED_TOWNSHIP("镇级复审未通过"),
    DISQUALIFIED("取消资格");

    private final String text;

    VettingOutcome(String text) {
        this.text = text;
    }

    @Override
    public String text() {
        return text;
    }
}
