package cn.lingyan.bench;

import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgLevel;
import cn.lingyan.org.OrgUnit;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decision history for the replay benchmark, written straight into the engine's history tables as the engine writes
 * it: per evaluation one case (ACT_HI_PROCINST with its caseTitle, villageName and villageCode in ACT_HI_VARINST) that
 * evaluated acceptance-decision once in the last eleven months (ACT_HI_DECINST; its three inputs typed double, boolean,
 * double in ACT_HI_DEC_IN; the matched rule's two outputs in ACT_HI_DEC_OUT, as the shipped table with pass score 70
 * decides). Scores have one decimal, ratios two, as the acceptance form takes them. Replaces what an earlier run
 * wrote (ids replay-bench-…); leaves everything else alone.
 */
final class ReplayData {

    private static final Logger log = LoggerFactory.getLogger(ReplayData.class);
    static final String PREFIX = "replay-bench-";
    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final OrgDirectory directory;
    private final Clock clock;
    private final Random random = new Random(20261129);

    ReplayData(JdbcTemplate jdbc, OrgDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /** Replaces the benchmark's history: {@code evaluations} per county in {@code counties}. */
    void generate(List<String> counties, List<Integer> evaluations) {
        long started = System.currentTimeMillis();
        for (String table : List.of("ACT_HI_DEC_OUT", "ACT_HI_DEC_IN", "ACT_HI_DECINST", "ACT_HI_VARINST", "ACT_HI_PROCINST")) {
            jdbc.update("DELETE FROM " + table + " WHERE ID_ LIKE ?", PREFIX + "%");
        }
        String definition = jdbc.queryForObject("SELECT MIN(ID_) FROM ACT_RE_DECISION_DEF WHERE KEY_ = 'acceptance-decision'"
                + " AND TENANT_ID_ IS NULL", String.class);
        for (int c = 0; c < counties.size(); c++) {
            generate(counties.get(c), evaluations.get(c), definition);
        }
        log.info("Replay benchmark history written in {} ms", System.currentTimeMillis() - started);
    }

    private void generate(String county, int count, String definition) {
        List<OrgUnit> villages = directory.villagesUnder(county);
        if (villages.isEmpty() || directory.find(county).map(OrgUnit::level).orElse(null) != OrgLevel.COUNTY) {
            throw new IllegalArgumentException("No villages under county " + county);
        }
        Instant now = clock.instant();
        List<Object[]> instances = new ArrayList<>();
        List<Object[]> variables = new ArrayList<>();
        List<Object[]> decisions = new ArrayList<>();
        List<Object[]> inputs = new ArrayList<>();
        List<Object[]> outputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = PREFIX + county + "-" + i;
            OrgUnit village = villages.get(i % villages.size());
            Timestamp evaluated = Timestamp.from(now.minus(Duration.ofMinutes(random.nextInt(11 * 30 * 24 * 60) + 60)));
            Timestamp started = Timestamp.from(evaluated.toInstant().minus(Duration.ofDays(200)));
            String title = village.name() + "软弱涣散村党组织整顿";
            instances.add(new Object[] {id, id, village.code() + "-" + i + "-rectification", "weak-branch-rectification",
                    "weak-branch-rectification:bench", started, county, "ACTIVE"});
            variables.add(variable(id, "caseTitle", title, county, started));
            variables.add(variable(id, "villageName", village.name(), county, started));
            variables.add(variable(id, "villageCode", village.code(), county, started));
            decisions.add(new Object[] {id, definition, "acceptance-decision", "整顿验收结论", "weak-branch-rectification",
                    id, id, "Task_DecideAcceptance", evaluated, id, county});
            double ratio = random.nextInt(61) / 100.0;
            boolean closed = random.nextInt(10) > 0;
            double score = (400 + random.nextInt(601)) / 10.0;
            inputs.add(new Object[] {id + "-in1", id, "input-unsatisfiedRatio", "群众测评不满意率（0–1）", "double", ratio, null, county, evaluated, id});
            inputs.add(new Object[] {id + "-in2", id, "input-allTasksClosed", "整改任务是否全部完成", "boolean", null, closed ? 1L : 0L, county, evaluated, id});
            inputs.add(new Object[] {id + "-in3", id, "input-score", "验收得分（0–100）", "double", score, null, county, evaluated, id});
            String[] decided = ratio > 0.5 ? new String[] {"rule-unsatisfied-over-half", "FAIL", "群众测评不满意率超过50%"}
                    : !closed ? new String[] {"rule-tasks-open", "FAIL", "整改任务未全部完成"}
                    : score >= 70 ? new String[] {"rule-pass", "PASS", "验收合格"}
                    : new String[] {"rule-score-below-70", "FAIL", "验收得分低于70分"};
            outputs.add(new Object[] {id + "-out1", id, "output-acceptanceResult", "验收结果（PASS/FAIL）", decided[0], "acceptanceResult", decided[1], county, evaluated, id});
            outputs.add(new Object[] {id + "-out2", id, "output-acceptanceReason", "验收结论说明", decided[0], "acceptanceReason", decided[2], county, evaluated, id});
        }
        insert("INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, TENANT_ID_, STATE_)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", instances);
        insert("INSERT INTO ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_INST_ID_, EXECUTION_ID_, ROOT_PROC_INST_ID_, NAME_, VAR_TYPE_,"
                + " TEXT_, REV_, TENANT_ID_, STATE_, CREATE_TIME_) VALUES (?, 'weak-branch-rectification', ?, ?, ?, ?, 'string', ?, 0, ?,"
                + " 'CREATED', ?)", variables);
        insert("INSERT INTO ACT_HI_DECINST (ID_, DEC_DEF_ID_, DEC_DEF_KEY_, DEC_DEF_NAME_, PROC_DEF_KEY_, PROC_INST_ID_, ACT_INST_ID_,"
                + " ACT_ID_, EVAL_TIME_, ROOT_PROC_INST_ID_, TENANT_ID_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", decisions);
        insert("INSERT INTO ACT_HI_DEC_IN (ID_, DEC_INST_ID_, CLAUSE_ID_, CLAUSE_NAME_, VAR_TYPE_, DOUBLE_, LONG_, TENANT_ID_,"
                + " CREATE_TIME_, ROOT_PROC_INST_ID_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inputs);
        insert("INSERT INTO ACT_HI_DEC_OUT (ID_, DEC_INST_ID_, CLAUSE_ID_, CLAUSE_NAME_, RULE_ID_, RULE_ORDER_, VAR_NAME_, VAR_TYPE_,"
                + " TEXT_, TENANT_ID_, CREATE_TIME_, ROOT_PROC_INST_ID_) VALUES (?, ?, ?, ?, ?, 1, ?, 'string', ?, ?, ?, ?)", outputs);
        log.info("{} acceptance evaluations written for county {}", count, county);
    }

    private static Object[] variable(String instance, String name, String text, String county, Timestamp created) {
        return new Object[] {instance + "-" + name, instance, instance, instance, name, text, county, created};
    }

    private void insert(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
