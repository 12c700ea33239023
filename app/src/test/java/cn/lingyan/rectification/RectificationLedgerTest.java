package cn.lingyan.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The ledger's SQL on H2 with the real Flyway migrations, without the engine. */
@MybatisTest
class RectificationLedgerTest {

    @Autowired RectificationLedger ledger;

    long caseId;

    @BeforeEach
    void oneOpenCase() {
        ledger.insertCase(new CaseRow(null, "pi-1", "990101001001-2026-rectification", "990101001001", "东坡村", "990101001",
                "990101", 2026, 1, "SCREENING", false, null, null, 0, null, null, null, null, null));
        caseId = ledger.findCaseByInstance("pi-1").id();
    }

    @Test
    void rareCharactersInFreeTextRoundTrip() {
        ledger.confirm(caseId, "村民𠮷某反映：班子软弱");
        ledger.insertEvent(caseId, 1, "CONFIRMED", "𠮷", "yanming-zzb");

        CaseRow row = ledger.findCase(caseId);
        assertThat(row.rootCause()).isEqualTo("村民𠮷某反映：班子软弱");
        assertThat(row.stage()).isEqualTo("RECTIFYING");
        assertThat(ledger.findEventKinds(caseId)).containsExactly("CONFIRMED");
    }

    @Test
    void onlyCasesThatAreNeitherClosedNorUnlistedAreOpen() {
        assertThat(ledger.findOpenCaseOfVillage("990101001001").id()).isEqualTo(caseId);
        ledger.markClosed(caseId);
        assertThat(ledger.findOpenCaseOfVillage("990101001001")).isNull();
        assertThat(ledger.findCase(caseId).closedAt()).isNotNull();
    }

    @Test
    void casesAreListedByDivisionCodePrefix() {
        ledger.insertCase(new CaseRow(null, "pi-2", "990101002003-2026-rectification", "990101002003", "竹园村", "990101002",
                "990101", 2026, 1, "RECTIFYING", false, null, null, 0, null, null, null, null, null));

        assertThat(ledger.findCasesUnder("990101")).extracting(CaseRow::villageCode).containsExactly("990101001001", "990101002003");
        assertThat(ledger.findCasesUnder("990101001")).extracting(CaseRow::villageCode).containsExactly("990101001001");
        assertThat(ledger.findCasesUnder("990102")).isEmpty();
    }

    @Test
    void measuresKeepTheirOrderAndOnlyKnownOnesAreUpdated() {
        LocalDate due = LocalDate.of(2027, 3, 31);
        ledger.insertMeasure(new MeasureRow(caseId, 1, 2, "每月开展主题党日", "第一书记", due, "NOT_STARTED", null));
        ledger.insertMeasure(new MeasureRow(caseId, 1, 1, "选优配强书记", "王建国", due, "NOT_STARTED", null));

        assertThat(ledger.updateMeasureProgress(caseId, 1, 1, "DONE", "任职文件")).isEqualTo(1);
        assertThat(ledger.updateMeasureProgress(caseId, 1, 9, "DONE", null)).isZero();
        assertThat(ledger.findMeasures(caseId, 1)).extracting(MeasureRow::seq, MeasureRow::status, MeasureRow::dueDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "DONE", due),
                        org.assertj.core.groups.Tuple.tuple(2, "NOT_STARTED", due));
        assertThat(ledger.findMeasures(caseId, 2)).isEmpty();
    }

    @Test
    void theFourOnesAndAcceptancesAreKeptPerCycle() {
        ledger.insertAssignment(caseId, 1, "yanming-ld", "王建国", "dongpo-sj", "县农业农村局", "yanming-zzb");
        ledger.insertAcceptance(caseId, 1, new BigDecimal("88"), new BigDecimal("65.5"), new BigDecimal("0.2"), true, "FAIL",
                "验收得分低于70分", "意见", "yanming-zzb");
        ledger.startCycle(caseId, 2);

        assertThat(ledger.findCountyLeader(caseId, 1)).isEqualTo("yanming-ld");
        assertThat(ledger.findCountyLeader(caseId, 2)).isNull();
        assertThat(ledger.findAcceptanceResults(caseId)).containsExactly("FAIL");
        CaseRow row = ledger.findCase(caseId);
        assertThat(row.cycle()).isEqualTo(2);
        assertThat(row.supervised()).isTrue();
    }

    @Test
    void screeningResultsAreConfirmedPerVillage() {
        ledger.insertScreening(new ScreeningRow(null, "990101-2026-screening", "990101", 2026, "990101001", "990101001001", "东坡村",
                "{\"vacancyDays\":120}", "W01", "书记缺职", "qingshan-dw", null, null, null));
        ledger.confirmScreening("990101-2026-screening", "990101001001", true, "W01,W10", "班子不健全");

        ScreeningRow row = ledger.findScreenings("990101-2026-screening").get(0);
        assertThat(row.included()).isTrue();
        assertThat(row.confirmedCategories()).isEqualTo("W01,W10");
        assertThat(row.indicators()).contains("vacancyDays");
        assertThat(ledger.findScreenings("990101-2027-screening")).isEmpty();
    }
}
