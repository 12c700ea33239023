package cn.lingyan.dashboard;

import cn.lingyan.LingyanApplication;
import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scale data and the dashboard benchmark from the command line (README, "Scale and benchmark"). It lives with the
 * tests, out of the product jar, and boots the product itself on the test classpath (Maven profile "bench"):
 * {@code --lingyan.tool=generate} writes the scale data ({@link ScaleData}; sizes lingyan.bench.finished and
 * lingyan.bench.running), {@code --lingyan.tool=benchmark} times every dashboard query on it ({@link QueryBenchmark};
 * lingyan.bench.rounds).
 */
public final class DashboardBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DashboardBenchmark.class);

    private DashboardBenchmark() {}

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(LingyanApplication.class);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("productOnly", new ProductOnly()));
        ConfigurableApplicationContext context = application.run(args);
        int status = run(context);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    private static int run(ConfigurableApplicationContext context) {
        Environment env = context.getEnvironment();
        String tool = env.getProperty("lingyan.tool", "");
        Clock clock = context.getBean(Clock.class);
        switch (tool) {
            case "generate" -> new ScaleData(context.getBean(JdbcTemplate.class), clock,
                    env.getProperty("lingyan.bench.finished", Integer.class, 200_000),
                    env.getProperty("lingyan.bench.running", Integer.class, 20_000)).generate();
            case "benchmark" -> new QueryBenchmark(context.getBean(DashboardQueries.class), clock,
                    env.getProperty("lingyan.bench.rounds", Integer.class, 20), System.out).run();
            default -> {
                log.error("Unknown lingyan.tool '{}': use generate or benchmark", tool);
                return 2;
            }
        }
        return 0;
    }

    /** The product as it ships: none of the test suite's components and configurations on this classpath. */
    static final class ProductOnly extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }
    }
}
