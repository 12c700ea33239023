package cn.lingyan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.lingyan.rectification.CaseRow;
import cn.lingyan.rectification.RectificationLedger;
import cn.lingyan.vetting.PersonRow;
import cn.lingyan.vetting.VettingArchive;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledgers' own times on a server outside Beijing's zone (Maven runs *TimeZoneTest in a JVM set to UTC): what they
 * store is Beijing wall-clock time and what the APIs print (the application's JSON) is Beijing time with +08:00 — not
 * the server's time without an offset, which is what the database's CURRENT_TIMESTAMP gave.
 */
@MybatisTest
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
class LedgerTimesTimeZoneTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired RectificationLedger ledger;
    @Autowired VettingArchive archive;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void runsOutsideBeijingsZone() {
        assertThat(ZoneId.systemDefault().getRules().getOffset(Instant.now()))
                .as("run with a JVM zone other than Beijing's, as Maven's 'utc' execution does (-Duser.timezone=UTC)")
                .isNotEqualTo(ZoneOffset.ofHours(8));
    }

    @Test
    void aCaseRecordsWhenItStartedAndWasSignedOffInBeijingTime() {
        ledger.insertCase(new CaseRow(null, "pi-tz", "990101001001-2026-tz", "990101001001", "东坡村", "990101001", "990101", 2026, 1,
                "RECTIFYING", false, null, LocalDate.of(2027, 3, 1), 0, null, null, null, null, null));
        long id = ledger.findCaseByInstance("pi-tz").id();
        ledger.markSignedOff(id);

        JsonNode printed = json.valueToTree(ledger.findCase(id));
        assertBeijingNow(printed.get("createdAt").asText());
        assertBeijingNow(printed.get("updatedAt").asText());
        assertBeijingNow(printed.get("signedOffAt").asText());
        assertThat(printed.get("deadline").asText()).as("a day stays a day").isEqualTo("2027-03-01");
        assertThat(jdbc.queryForObject("SELECT created_at FROM ly_rect_case WHERE id = ?", LocalDateTime.class, id))
                .as("the column holds Beijing wall-clock time").isCloseTo(LocalDateTime.now(BEIJING), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void aPersonsArchiveRecordsWhenItWasOpenedInBeijingTime() {
        archive.insertPerson(new PersonRow(null, "990101198503121232", "王𠮷", "M", LocalDate.of(1985, 3, 12), "990101", "990101001",
                "990101001001", null, null));
        long id = archive.findPersonByIdNumber("990101198503121232").id();

        JsonNode printed = json.valueToTree(archive.findPerson(id));
        assertBeijingNow(printed.get("createdAt").asText());
        assertThat(jdbc.queryForObject("SELECT updated_at FROM ly_person WHERE id = ?", LocalDateTime.class, id))
                .isCloseTo(LocalDateTime.now(BEIJING), within(1, ChronoUnit.MINUTES));
    }

    private static void assertBeijingNow(String printed) {
        assertThat(printed).as("Beijing time with its offset").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00");
        assertThat(OffsetDateTime.parse(printed)).isCloseTo(OffsetDateTime.now(), within(1, ChronoUnit.MINUTES));
    }
}
