package cn.lingyan.system;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops a production start (profile {@code mysql}) that lacks a setting only the deployment can give, before
 * anything connects or deploys: one line per start, naming every missing setting in Chinese and English. Runs after
 * the config files are read (registered in META-INF/spring.factories), so a setting given in any of Spring Boot's
 * ways counts.
 */
public class ProductionSettings implements EnvironmentPostProcessor, Ordered {

    /** A setting the deployment must give: the variable operators set, the property it becomes, what it is. */
    record Setting(String variable, String property, String zh, String en) {
        String describe() {
            return variable + "（" + zh + "）";
        }
    }

    static final Setting ORG_FILE = new Setting("LINGYAN_ORG_FILE", "LINGYAN_ORG_FILE", "组织机构文件", "the org-unit file");
    static final Setting DATASOURCE_URL = new Setting("SPRING_DATASOURCE_URL", "spring.datasource.url",
            "MySQL/MariaDB 连接地址 jdbc:mysql://…", "the MySQL/MariaDB JDBC URL jdbc:mysql://…");
    static final Setting DATASOURCE_USER = new Setting("SPRING_DATASOURCE_USERNAME", "spring.datasource.username",
            "数据库用户名", "the database user");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("mysql"))) {
            return;
        }
        List<Setting> missing = new ArrayList<>();
        if (blank(environment.getProperty(ORG_FILE.property()))) {
            missing.add(ORG_FILE);
        }
        String url = environment.getProperty(DATASOURCE_URL.property(), "");
        if (!url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")) {
            missing.add(DATASOURCE_URL);
        }
        if (blank(environment.getProperty(DATASOURCE_USER.property()))) {
            missing.add(DATASOURCE_USER);
        }
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** After ConfigDataEnvironmentPostProcessor (HIGHEST_PRECEDENCE + 10), which reads config/ and the profiles. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    /** The production start's refusal; {@link MissingSettingsFailureAnalyzer} prints it without a stack trace. */
    public static final class MissingSettingsException extends IllegalStateException {

        private final transient List<Setting> missing;

        MissingSettingsException(List<Setting> missing) {
            super(line(missing));
            this.missing = List.copyOf(missing);
        }

        List<Setting> missing() {
            return missing;
        }

        private static String line(List<Setting> missing) {
            return "生产配置缺少 " + String.join("、", missing.stream().map(Setting::describe).toList())
                    + " / Missing production setting" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing.stream().map(s -> s.variable() + " (" + s.en() + ")").toList())
                    + ": set " + (missing.size() > 1 ? "them" : "it") + " in the environment of the mysql profile";
        }
    }
}
