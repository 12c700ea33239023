package cn.lingyan.rectification;

import java.time.LocalDate;

/** Ledger rows for listener unit tests: 东坡村's case of 2026, as the ledger would hold it. */
final class LedgerCases {

    static final String INSTANCE = "pi-1";
    static final String DONGPO = "990101001001";

    private LedgerCases() {}

    static CaseRow dongpo(long caseId, int cycle, LocalDate deadline, int extensionsUsed) {
        return new CaseRow(caseId, INSTANCE, DONGPO + "-2026-rectification", DONGPO, "东坡村", "990101001", "990101", 2026, cycle,
                CaseStage.RECTIFYING.name(), false, "班子不健全", deadline, extensionsUsed, null, null, null, null, null);
    }
}
