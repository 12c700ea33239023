package cn.lingyan.rectification;

/** Where a case stands in 排查 → 整顿 → 验收 → 销号 → 巩固. */
public enum CaseStage {
    SCREENING, NOT_LISTED, RECTIFYING, ACCEPTANCE, CONSOLIDATING, CLOSED
}
