package cn.lingyan.rectification;

import cn.lingyan.system.Term;

/** What the look-back (回头看, relapse-decision) found: the codes the table decides, the words on the diagram's flows. */
public enum LookBackResult implements Term {
    CONSOLIDATED("巩固"),
    RELAPSED("反弹");

    private final String text;

    LookBackResult(String text) {
        this.text = text;
    }

    @Override
    public String text() {
        return text;
    }
}
