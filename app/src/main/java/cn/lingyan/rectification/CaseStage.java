package cn.lingyan.rectification;

import cn.lingyan.system.Term;

/** Where a case stands in 排查 → 整顿 → 验收 → 销号 → 巩固, and the word the ledger and the dashboard show for it. */
public enum CaseStage implements Term {
    SCREENING("排查", true, false),
    NOT_LISTED("不列入", false, false),
    RECTIFYING("整顿", true, true),
    ACCEPTANCE("验收", true, true),
    CONSOLIDATING("销号·巩固期", false, false),
    CLOSED("巩固完成", false, false);

    private final String text;
    private final boolean open;
    private final boolean rectifying;

    CaseStage(String text, boolean open, boolean rectifying) {
        this.text = text;
        this.open = open;
        this.rectifying = rectifying;
    }

    @Override
    public String text() {
        return text;
    }

    /** The case works towards its deadline, so it can be overdue. */
    public boolean open() {
        return open;
    }

    /** Counted as 整顿中 (in rectification or its acceptance). */
    public boolean rectifying() {
        return rectifying;
    }

    /** The stage of a ledger row; null for a code this version does not know. */
    public static CaseStage of(String code) {
        for (CaseStage stage : values()) {
            if (stage.name().equals(code)) {
                return stage;
            }
        }
        return null;
    }
}
