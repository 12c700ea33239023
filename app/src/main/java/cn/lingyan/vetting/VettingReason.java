package cn.lingyan.vetting;

import cn.lingyan.system.Term;

/** Why a person is vetted (审查事由): the options of the nomination forms, checked against them in a test. */
public enum VettingReason implements Term {
    ELECTION("换届选举候选人"),
    BY_ELECTION("补选或任命"),
    TRANSFER("调整交流（调任）"),
    RESERVE("纳入后备力量");

    private final String text;

    VettingReason(String text) {
        this.text = text;
    }

    @Override
    public String text() {
        return text;
    }
}
