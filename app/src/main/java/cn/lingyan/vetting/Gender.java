package cn.lingyan.vetting;

import cn.lingyan.system.Term;

/** A candidate's gender, as the nomination forms offer it. */
public enum Gender implements Term {
    M("男"),
    F("女");

    private final String text;

    Gender(String text) {
        this.text = text;
    }

    @Override
    public String text() {
        return text;
    }
}
