package cn.lingyan.vetting;

import cn.lingyan.system.Term;

/** The post a person is vetted for (拟任职务), as the nomination form offers it. */
public enum Position implements Term {
    SECRETARY("村党组织书记"),
    COMMITTEE_MEMBER("村“两委”成员"),
    SUPERVISION_MEMBER("村务监督委员会成员");

    private final String text;

    Position(String text) {
        this.text = text;
    }

    @Override
    public String text() {
        return text;
    }
}
