package cn.lingyan.dashboard;

import cn.lingyan.deliberation.MatterKind;
import cn.lingyan.rectification.CaseStage;
import cn.lingyan.vetting.VettingOutcome;
import cn.lingyan.vetting.VettingStage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Synthetic scale data for the dashboard benchmark: cases of the three procedures in 2,000 villages (codes 88…, no
 * real place), written straight into the ledgers and the engine's task history with their milestones, acceptances,
 * answers, meetings, disclosures and assessments, so every dashboard query runs on real rows. Replaces what an
 * earlier run generated (process instance ids bench-…); leaves everything else alone.
 */
final class ScaleData {

    private static final Logger log = LoggerFactory.getLogger(ScaleData.class);
    static final int COUNTIES = 10;
    static final int TOWNSHIPS = 10;
    static final int VILLAGES = 20;
    private static final String[] DEPARTMENTS = {"review-discipline", "review-police", "review-procuratorate", "review-court",
            "review-petitions", "review-civil-affairs", "review-justice", "review-agriculture"};
    private static final MatterKind[] KINDS = {MatterKind.PUBLIC_WORKS, MatterKind.COLLECTIVE_INCOME, MatterKind.HOMESTEAD,
            MatterKind.LAND_CONTRACTING, MatterKind.VITAL_INTEREST};

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int finished;
    private final int running;
    private final Random random = new Random(20261123);

    ScaleData(JdbcTemplate jdbc, Clock clock, int finished, int running) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.finished = finished;
        this.running = running;
    }

    void generate() {
        long started = System.currentTimeMillis();
        jdbc.update("DELETE FROM ACT_HI_TASKINST WHERE ID_ LIKE 'bench-%'");
        for (String table : List.of("ly_vetting_answer", "ly_matter_meeting", "ly_matter_disclosure", "ly_rect_measure", "ly_rect_category")) {
            String key = table.startsWith("ly_vetting") ? "vetting_id IN (SELECT id FROM ly_vetting WHERE process_instance_id LIKE 'bench-%')"
                    : table.startsWith("ly_matter") ? "matter_id IN (SELECT id FROM ly_matter WHERE process_instance_id LIKE 'bench-%')"
                    : "case_id IN (SELECT id FROM ly_rect_case WHERE process_instance_id LIKE 'bench-%')";
            jdbc.update("DELETE FROM " + table + " WHERE " + key);
        }
        jdbc.update("DELETE FROM ly_vetting WHERE process_instance_id LIKE 'bench-%'");
        jdbc.update("DELETE FROM ly_assessment WHERE process_instance_id LIKE 'bench-assessment-%'");
        jdbc.update("DELETE FROM ly_rect_event WHERE case_id IN (SELECT id FROM ly_rect_case WHERE process_instance_id LIKE 'bench-%')");
        jdbc.update("DELETE FROM ly_rect_acceptance WHERE case_id IN (SELECT id FROM ly_rect_case WHERE process_instance_id LIKE 'bench-%')");
        jdbc.update("DELETE FROM ly_person WHERE id_number LIKE '88%'");
        jdbc.update("DELETE FROM ly_matter WHERE process_instance_id LIKE 'bench-%'");
        jdbc.update("DELETE FROM ly_rect_case WHERE process_instance_id LIKE 'bench-%'");

        List<Object[]> tasks = new ArrayList<>();
        int total = finished + running;
        for (int n = 0; n < total; n++) {
            boolean open = n >= finished;
            String village = village(n);
            String instance = "bench-" + n;
            int kind = n % 10;
            if (kind == 0) {
                rectificationCase(instance, village, open);
                history(tasks, instance, "weak-branch-rectification", new String[] {"Task_ScreenVillage", "Task_ConfirmWeakBranch",
                        "Task_DraftPlan", "Task_ApprovePlan"}, open);
            } else if (kind <= 3) {
                vetting(instance, village, open, n);
                history(tasks, instance, "secretary-candidate-vetting", new String[] {"Task_VillageCheck", "Task_TownshipReview",
                        "Task_LaunchJointReview", "Task_DepartmentReview", "Task_CountyFiling"}, open);
            } else {
                matter(instance, village, open);
                history(tasks, instance, "four-deliberations-two-disclosures", new String[] {"Task_ProposeAndDeliberate",
                        "Task_PartyMembersReview", "Task_Resolution", "Task_DiscloseResolution"}, open);
            }
            if (tasks.size() >= 5000) {
                flushTasks(tasks);
            }
            if (n % 20000 == 0) {
                log.info("generated {} of {} instances", n, total);
            }
        }
        flushTasks(tasks);
        log.info("Generated {} finished and {} running instances of {} villages in {} s", finished, running,
                COUNTIES * TOWNSHIPS * VILLAGES, (System.currentTimeMillis() - started) / 1000);
    }

    private void rectificationCase(String instance, String village, boolean open) {
        String stage = open ? pick(CaseStage.RECTIFYING, CaseStage.RECTIFYING, CaseStage.ACCEPTANCE, CaseStage.SCREENING)
                : pick(CaseStage.CLOSED, CaseStage.CONSOLIDATING, CaseStage.NOT_LISTED);
        jdbc.update("INSERT INTO ly_rect_case (process_instance_id, business_key, village_code, village_name, township_code, county_code, "
                + "case_year, cycle, stage, supervised, deadline, extensions_used, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 0, ?, ?)", instance, instance, village, "村" + village.substring(9),
                village.substring(0, 9), village.substring(0, 6), today().getYear(), stage, random.nextInt(20) == 0,
                today().plusDays(random.nextInt(240) - 60), now(), now());
        long id = jdbc.queryForObject("SELECT id FROM ly_rect_case WHERE process_instance_id = ?", Long.class, instance);
        LocalDateTime when = now().minusDays(random.nextInt(3 * 365));
        if (!"SCREENING".equals(stage) && !"NOT_LISTED".equals(stage)) {
            jdbc.update("INSERT INTO ly_rect_event (case_id, cycle, kind, occurred_at) VALUES (?, 1, 'CONFIRMED', ?)", id, when);
        }
        if ("CLOSED".equals(stage) || "CONSOLIDATING".equals(stage)) {
            jdbc.update("INSERT INTO ly_rect_acceptance (case_id, cycle, score, unsatisfied_ratio, all_tasks_closed, result, decided_at) "
                    + "VALUES (?, 1, 85, 0.1, TRUE, 'PASS', ?)", id, when.plusMonths(10));
            jdbc.update("INSERT INTO ly_rect_event (case_id, cycle, kind, occurred_at) VALUES (?, 1, 'SIGNED_OFF', ?)", id, when.plusMonths(10));
        }
        if ("CLOSED".equals(stage)) {
            jdbc.update("INSERT INTO ly_rect_event (case_id, cycle, kind, occurred_at) VALUES (?, 1, 'CLOSED', ?)", id, when.plusMonths(22));
        }
        jdbc.update("INSERT INTO ly_rect_category (case_id, cycle, code, name) VALUES (?, 1, ?, ?)", id, "W0" + (1 + random.nextInt(9)), "情形");
        for (int seq = 1; seq <= 3; seq++) {
            jdbc.update("INSERT INTO ly_rect_measure (case_id, cycle, seq, measure, owner, due_date, status, updated_at) "
                    + "VALUES (?, 1, ?, '措施', '负责人', ?, ?, ?)", id, seq, today().plusDays(30), random.nextBoolean() ? "DONE" : "IN_PROGRESS", now());
        }
    }

    private void vetting(String instance, String village, boolean open, int n) {
        String idNumber = String.format("88%015d", n) + "X";
        jdbc.update("INSERT INTO ly_person (id_number, name, gender, birth_date, county_code, township_code, village_code, created_at, updated_at) "
                + "VALUES (?, '人选', 'M', ?, ?, ?, ?, ?, ?)", idNumber, LocalDate.of(1985, 1, 1), village.substring(0, 6),
                village.substring(0, 9), village, now(), now());
        long person = jdbc.queryForObject("SELECT id FROM ly_person WHERE id_number = ?", Long.class, idNumber);
        String stage = open ? pick(VettingStage.values()) : "CLOSED";
        String outcome = open ? null : pick(VettingOutcome.FILED, VettingOutcome.FILED, VettingOutcome.FILED,
                VettingOutcome.REFUSED_VILLAGE, VettingOutcome.REFUSED_TOWNSHIP, VettingOutcome.DISQUALIFIED);
        jdbc.update("INSERT INTO ly_vetting (person_id, open_person_id, process_instance_id, business_key, reason, position, village_code, "
                + "village_name, township_code, county_code, candidate_name, education, residence, current_work, pledges_signed, stage, "
                + "outcome, started_at, ended_at) VALUES (?, ?, ?, ?, 'ELECTION', 'SECRETARY', ?, ?, ?, ?, '人选', 'BACHELOR', '住址', '工作', TRUE, ?, ?, ?, ?)",
                person, open ? person : null, instance, instance, village, "村" + village.substring(9), village.substring(0, 9),
                village.substring(0, 6), stage, outcome, now(), open ? null : now());
        long id = jdbc.queryForObject("SELECT id FROM ly_vetting WHERE process_instance_id = ?", Long.class, instance);
        int year = today().getYear() - n / (COUNTIES * TOWNSHIPS * VILLAGES * 10);
        if (!open && n % 20000 < COUNTIES * TOWNSHIPS * VILLAGES) { // once per village and year
            jdbc.update("INSERT INTO ly_assessment (process_instance_id, village_code, village_name, township_code, county_code, "
                    + "assessment_year, secretary_name, total_score, rated_stars, confirmed_stars, star_action, stage, created_at) "
                    + "VALUES (?, ?, '村', ?, ?, ?, '书记', 80, ?, ?, 'IMPROVE', 'CLOSED', ?)", "bench-assessment-" + n, village,
                    village.substring(0, 9), village.substring(0, 6), year, 1 + random.nextInt(5), 1 + random.nextInt(5), now());
        }
        if (open && "JOINT_REVIEW".equals(stage) || "DISQUALIFIED".equals(outcome)) {
            List<Object[]> answers = new ArrayList<>();
            for (String department : DEPARTMENTS) {
                boolean answered = !open || random.nextInt(3) > 0;
                answers.add(new Object[] {id, department, department, today().plusDays(random.nextInt(10) - 5),
                        answered ? ("DISQUALIFIED".equals(outcome) && "review-police".equals(department) ? "HIT" : "NO_HIT") : null,
                        "DISQUALIFIED".equals(outcome) && "review-police".equals(department) ? "N01" : ""});
            }
            jdbc.batchUpdate("INSERT INTO ly_vetting_answer (vetting_id, review_round, department, department_name, due_date, result, clauses) "
                    + "VALUES (?, 1, ?, ?, ?, ?, ?)", answers);
        }
    }

    private void matter(String instance, String village, boolean open) {
        jdbc.update("INSERT INTO ly_matter (process_instance_id, business_key, village_code, village_name, township_code, county_code, kind, "
                + "title, description, amount, affected_households, source, complex, applies, resolving_body, merged, pre_consulted, stage, "
                + "outcome, created_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, '事项', '内容', 1000, 10, 'VILLAGER_SUGGESTION', FALSE, TRUE, ?, TRUE, FALSE, ?, ?, ?, ?)",
                instance, instance, village, "村" + village.substring(9), village.substring(0, 9), village.substring(0, 6),
                pick(KINDS), random.nextInt(4) == 0 ? "REPRESENTATIVES_ASSEMBLY" : "VILLAGERS_ASSEMBLY",
                open ? "RESOLUTION_DISCLOSURE" : "CLOSED", open ? null : "COMPLETED", now(), open ? null : now());
        long id = jdbc.queryForObject("SELECT id FROM ly_matter WHERE process_instance_id = ?", Long.class, instance);
        boolean quorum = random.nextInt(10) > 0;
        jdbc.update("INSERT INTO ly_matter_meeting (matter_id, step, body, notice_date, meeting_date, due_count, present_count, yes_count, "
                + "no_count, abstain_count, quorum_met, passed, minutes, recorded_at) VALUES (?, 'PARTY_MEMBERS', 'PARTY_MEMBERS', ?, ?, 40, ?, 25, 5, 0, ?, ?, '纪要', ?)",
                id, today().minusDays(20), today().minusDays(10), quorum ? 30 : 15, quorum, quorum && random.nextInt(10) > 0, now());
        LocalDate ends = today().plusDays(random.nextInt(14) - 7);
        jdbc.update("INSERT INTO ly_matter_disclosure (matter_id, kind, content, place, evidence, posted_on, posting_ends, review_outcome, recorded_at) "
                + "VALUES (?, 'RESOLUTION', '内容', '公开栏', '照片', ?, ?, ?, ?)", id, ends.minusDays(7), ends, open ? null : "CONFIRMED", now());
    }

    private void history(List<Object[]> tasks, String instance, String process, String[] steps, boolean open) {
        LocalDateTime start = now().minusDays(random.nextInt(360)).minusHours(random.nextInt(24));
        int done = open ? Math.max(1, steps.length / 2) : steps.length;
        for (int i = 0; i < steps.length && i <= done; i++) {
            long durationMs = (long) (3_600_000L * (1 + random.nextInt(24 * 10)));
            boolean ended = i < done;
            LocalDateTime end = start.plusNanos(durationMs * 1_000_000L);
            tasks.add(new Object[] {"bench-" + instance.substring(6) + "-" + i, steps[i], process, instance, steps[i],
                    engine(start), ended ? engine(end) : null, ended ? durationMs : null, ended ? "completed" : null});
            start = end;
        }
    }

    private void flushTasks(List<Object[]> tasks) {
        jdbc.batchUpdate("INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_INST_ID_, NAME_, START_TIME_, END_TIME_, "
                + "DURATION_, DELETE_REASON_, PRIORITY_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 50)", tasks);
        tasks.clear();
    }

    private String village(int n) {
        int v = n % (COUNTIES * TOWNSHIPS * VILLAGES);
        return String.format("88%02d%02d%03d%03d", 1, 1 + v / (TOWNSHIPS * VILLAGES), 1 + (v / VILLAGES) % TOWNSHIPS, 1 + v % VILLAGES);
    }

    @SafeVarargs
    private <E extends Enum<E>> String pick(E... options) {
        return options[random.nextInt(options.length)].name();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** A Beijing moment in an engine column: the engine writes {@link java.util.Date}s, stored in the JVM's zone. */
    private Timestamp engine(LocalDateTime beijing) {
        return Timestamp.from(beijing.atZone(clock.getZone()).toInstant());
    }
}
