package cn.lingyan.vetting;

import cn.lingyan.system.Term;

/** A candidate's education (学历), as the nomination forms offer it. */
public enum Education implements Term {
    POSTGRADUATE("研究生"),
    BACHELOR("大学本科"),
    COLLEGE("大学专科"),
    SECONDARY("高中或中专"),
    JUNIOR("初中及以下");

    private final String text;

    Education(String text) {
        this.text = text;
    }

    @Override
    public String text() {
        return text;
    }
}
