package cn.lingyan.bench;

import cn.lingyan.LingyanApplication;
import cn.lingyan.org.OrgDirectory;
import cn.lingyan.policy.PolicyReplay;
import cn.lingyan.policy.ReplayReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The replay benchmark (README, "Scale and benchmark", "Replay"): boots the product on the test classpath (Maven
 * profile "bench", spring-boot:test-run), writes 50,000 historic evaluations of acceptance-decision for one county
 * straight into the engine's history ({@link ReplayData}; lingyan.bench.evaluations, lingyan.bench.county, plus
 * lingyan.bench.other-county-evaluations in the next county, so the queries must filter), then replays a draft raising
 * the pass score from 70 to 80 as that county's policy owner, lingyan.bench.rounds times, and prints each run and the
 * p50. Prints numbers; asserts nothing.
 */
public final class ReplayBenchmark {

    private ReplayBenchmark() {}

    public static void main(String[] args) throws IOException {
        SpringApplication application = new SpringApplication(LingyanApplication.class);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("productOnly", new ProductOnly()));
        ConfigurableApplicationContext context = application.run(args);
        run(context, System.out);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    static void run(ConfigurableApplicationContext context, PrintStream out) throws IOException {
        Environment env = context.getEnvironment();
        String county = env.getProperty("lingyan.bench.county", "990101");
        String other = env.getProperty("lingyan.bench.other-county", "990102");
        int evaluations = env.getProperty("lingyan.bench.evaluations", Integer.class, 50_000);
        int others = env.getProperty("lingyan.bench.other-county-evaluations", Integer.class, 10_000);
        int rounds = env.getProperty("lingyan.bench.rounds", Integer.class, 5);
        if (!env.getProperty("lingyan.bench.skip-generate", Boolean.class, false)) {
            new ReplayData(context.getBean(JdbcTemplate.class), context.getBean(OrgDirectory.class), context.getBean(Clock.class))
                    .generate(List.of(county, other), List.of(evaluations, others));
        }
        String draft = acceptanceTable().replace("<text>&gt;= 70</text>", "<text>&gt;= 80</text>");
        PolicyReplay replay = context.getBean(PolicyReplay.class);
        IdentityService identity = context.getBean(IdentityService.class);
        identity.setAuthentication("replay-bench", List.of(county + "-policy"));
        List<Long> times = new ArrayList<>();
        try {
            out.println();
            out.printf("Replay of acceptance-decision (pass score 70 → 80) for county %s, last 12 months:%n", county);
            for (int i = 1; i <= rounds; i++) {
                long start = System.nanoTime();
                ReplayReport report = replay.replay(county, draft, "acceptance-decision", 12);
                long millis = (System.nanoTime() - start) / 1_000_000;
                times.add(millis);
                out.printf("run %d: %,d ms — %,d evaluations, %,d replayed, %,d would change, %,d listed%n", i, millis,
                        report.evaluations(), report.replayed(), report.changed(), report.listed());
            }
        } finally {
            identity.clearAuthentication();
        }
        Collections.sort(times);
        out.printf("p50 of %d runs: %,d ms%n", rounds, times.get((times.size() - 1) / 2));
    }

    private static String acceptanceTable() throws IOException {
        try (InputStream in = ReplayBenchmark.class.getClassLoader().getResourceAsStream("processes/rectification/acceptance-decision.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The product as it ships: none of the test suite's components and configurations on this classpath. */
    static final class ProductOnly extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }
    }
}
