package cn.lingyan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.RestActor;
import cn.lingyan.WebappSession;
import cn.lingyan.system.BeijingTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The working-day calendar over HTTP: the shipped 2026 arrangement is in the table after start, everybody signed in reads
 * it, only the administrator uploads a year (checked, logged), on H2 and on MariaDB. Uploads use 2031, which no release
 * ships, and are removed afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=false")
class CalendarRestIT {

    static final int YEAR = 2031;

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;

    RestActor admin, county, village;

    @BeforeEach
    void setUp() {
        admin = new RestActor(http, "admin", "admin");
        county = new RestActor(http, "yanming-zzb", "demo");
        village = new RestActor(http, "dongpo-zb", "demo");
        removeTestYear();
    }

    @AfterEach
    void removeTestYear() {
        jdbc.update("DELETE FROM ly_calendar_day WHERE cal_year = ?", YEAR);
        jdbc.update("DELETE FROM ly_calendar_change WHERE cal_year = ?", YEAR);
        jdbc.update("DELETE FROM ly_calendar_year WHERE cal_year = ?", YEAR);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theShippedArrangementIsInTheCalendarForEveryUserToRead() {
        ResponseEntity<String> year = village.get("/api/calendar/years/2026");
        assertThat(year.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = RestActor.mapOf(year);
        assertThat(body.get("source")).isEqualTo("国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）");
        List<Map<String, Object>> holidays = (List<Map<String, Object>>) body.get("holidays");
        assertThat(holidays).extracting(h -> h.get("name")).containsExactly("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
        assertThat(holidays.get(1)).containsEntry("from", "2026-02-15").containsEntry("to", "2026-02-23")
                .containsEntry("workdays", List.of("2026-02-14", "2026-02-28"));
        assertThat(holidays.get(6)).containsEntry("workdays", List.of("2026-09-20", "2026-10-10"));

        Map<String, Object> years = RestActor.listOf(county.get("/api/calendar/years")).stream()
                .filter(y -> Integer.valueOf(2026).equals(y.get("calYear"))).findFirst().orElseThrow();
        assertThat(years).containsEntry("origin", "SHIPPED");
        assertThat((String) years.get("updatedAt")).endsWith("+08:00");
        assertThat(RestActor.mapOf(county.get("/api/calendar/coverage")).get("years")).asList().contains(2026);
        assertThat(village.get("/api/calendar/years/2030").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(RestActor.anonymous(http).get("/api/calendar/coverage").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void onlyTheAdministratorMayPutAYear() {
        for (RestActor other : List.of(county, village)) {
            ResponseEntity<String> refused = other.call(HttpMethod.PUT, "/api/calendar/years/" + YEAR, arrangement("2031-10-01", "2031-09-28"));
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(RestActor.mapOf(refused)).containsEntry("code", 20031)
                    .containsEntry("message", "【LY-20031】工作日历（法定节假日与调休安排）只能由系统管理员维护，用户“"
                            + (other == county ? "yanming-zzb" : "dongpo-zb") + "”无此权限");
        }
        assertThat(RestActor.anonymous(http).call(HttpMethod.PUT, "/api/calendar/years/" + YEAR, arrangement("2031-10-01", "2031-09-28"))
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_calendar_year WHERE cal_year = ?", Integer.class, YEAR)).isZero();
    }

    @Test
    void badDatesAreRefusedAndNothingIsWritten() {
        ResponseEntity<String> outside = admin.call(HttpMethod.PUT, "/api/calendar/years/" + YEAR, arrangement("2030-10-01", "2031-09-28"));
        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(RestActor.mapOf(outside)).containsEntry("code", 20030)
                .containsEntry("message", "【LY-20030】不能更新工作日历：“国庆节”的放假起始日2030-10-01不在2031年内");
        ResponseEntity<String> impossible = admin.call(HttpMethod.PUT, "/api/calendar/years/" + YEAR, arrangement("2031-10-01", "2031-09-31"));
        assertThat(impossible.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(RestActor.mapOf(impossible).get("message")).asString().contains("“2031-09-31”不是有效日期");
        ResponseEntity<String> offAndWorked = admin.call(HttpMethod.PUT, "/api/calendar/years/" + YEAR, arrangement("2031-10-01", "2031-10-04"));
        assertThat(RestActor.mapOf(offAndWorked).get("message")).asString().contains("2031-10-04既是国庆节放假又是国庆节调休上班");
        Map<String, Object> noReason = Map.of("source", "通知", "holidays", List.of(Map.of("name", "元旦", "from", "2031-01-01", "to", "2031-01-01")));
        assertThat(RestActor.mapOf(admin.call(HttpMethod.PUT, "/api/calendar/years/" + YEAR, noReason)).get("message")).asString()
                .contains("请写明更新理由");
        assertThat(admin.call(HttpMethod.PUT, "/api/calendar/years/" + YEAR, "{\"holidays\": 5}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_calendar_year WHERE cal_year = ?", Integer.class, YEAR)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_calendar_day WHERE cal_year = ?", Integer.class, YEAR)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ly_calendar_change WHERE cal_year = ?", Integer.class, YEAR)).isZero();
    }

    @Test
    void theAdministratorsUploadAppliesAtOnceAndIsLogged() {
        ResponseEntity<String> put = admin.call(HttpMethod.PUT, "/api/calendar/years/" + YEAR, arrangement("2031-10-01", "2031-09-28"));
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(RestActor.mapOf(put)).containsEntry("year", YEAR);
        assertThat(RestActor.mapOf(county.get("/api/calendar/coverage")).get("years")).asList().contains(2026, YEAR);

        ResponseEntity<String> corrected = admin.call(HttpMethod.PUT, "/api/calendar/years/" + YEAR,
                Map.of("year", YEAR, "source", "国务院办公厅关于2031年部分节假日安排的通知（测试）", "reason", "更正调休日期",
                        "holidays", List.of(Map.of("name", "国庆节", "from", "2031-10-01", "to", "2031-10-07", "workdays", List.of("2031-10-11")))));
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForList("SELECT cal_day FROM ly_calendar_day WHERE cal_year = ? AND kind = 'WORK'", String.class, YEAR))
                .as("the earlier upload's days are replaced").containsExactly("2031-10-11");

        List<Map<String, Object>> changes = RestActor.listOf(county.get("/api/calendar/changes")).stream()
                .filter(c -> Integer.valueOf(YEAR).equals(c.get("calYear"))).toList();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).containsEntry("actor", "admin").containsEntry("origin", "ADMIN").containsEntry("reason", "更正调休日期")
                .containsEntry("daysBefore", "国庆节 10-01至10-07，09-28上班").containsEntry("daysAfter", "国庆节 10-01至10-07，10-11上班");
        assertThat((String) changes.get(0).get("createdAt")).endsWith("+08:00");
        assertThat(changes.get(1)).containsEntry("reason", "国务院办公厅通知已公布").containsEntry("daysBefore", null);
        assertThat(admin.call(HttpMethod.PUT, "/api/calendar/years/" + YEAR, Map.of("year", 2032, "source", "x", "reason", "年份不一致",
                "holidays", List.of())).getBody()).contains("地址中的年份2031与内容中的年份2032不一致");
    }

    @Test
    void theDashboardAndTheCoverageWarnWhileThisYearHasNoArrangement() {
        int thisYear = LocalDate.now(BeijingTime.ZONE).getYear();
        List<Map<String, Object>> yearRows = jdbc.queryForList("SELECT * FROM ly_calendar_year WHERE cal_year = ?", thisYear);
        List<Map<String, Object>> dayRows = jdbc.queryForList("SELECT * FROM ly_calendar_day WHERE cal_year = ?", thisYear);
        jdbc.update("DELETE FROM ly_calendar_day WHERE cal_year = ?", thisYear);
        jdbc.update("DELETE FROM ly_calendar_year WHERE cal_year = ?", thisYear);
        try {
            String warning = "工作日历尚未录入" + thisYear + "年";
            Map<String, Object> coverage = RestActor.mapOf(county.get("/api/calendar/coverage"));
            assertThat(coverage).containsEntry("currentYearCovered", false);
            assertThat((String) coverage.get("warning")).startsWith(warning);
            HttpResponse<String> units = WebappSession.login(port, "cockpit", "yanming-zzb", "demo")
                    .get("/camunda/api/cockpit/plugin/lingyan-dashboard/default/units");
            assertThat(units.statusCode()).isEqualTo(200);
            assertThat(units.body()).contains("\"calendarWarning\":\"" + warning);
        } finally {
            yearRows.forEach(row -> jdbc.update("INSERT INTO ly_calendar_year (cal_year, source, origin, updated_by, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?)", row.get("CAL_YEAR"), row.get("SOURCE"), row.get("ORIGIN"), row.get("UPDATED_BY"), row.get("UPDATED_AT")));
            dayRows.forEach(row -> jdbc.update("INSERT INTO ly_calendar_day (cal_day, cal_year, kind, holiday) VALUES (?, ?, ?, ?)",
                    row.get("CAL_DAY"), row.get("CAL_YEAR"), row.get("KIND"), row.get("HOLIDAY")));
        }
        assertThat(RestActor.mapOf(county.get("/api/calendar/coverage")).get("currentYearCovered")).isEqualTo(!yearRows.isEmpty());
    }

    private static Map<String, Object> arrangement(String nationalDayFrom, String workday) {
        return Map.of("source", "国务院办公厅关于2031年部分节假日安排的通知（测试）", "reason", "国务院办公厅通知已公布",
                "holidays", List.of(Map.of("name", "国庆节", "from", nationalDayFrom, "to", "2031-10-07", "workdays", List.of(workday))));
    }
}
