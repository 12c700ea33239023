package cn.lingyan.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The configuration each profile really resolves to, read from config/ exactly as the application reads it. */
class ProfilesTest {

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {}

    @Test
    void embeddedDefaultHasTheDemoCountyUsersAndAdminOnH2OnDisk() {
        try (ConfigurableApplicationContext context = environmentOf(null)) {
            Environment env = context.getEnvironment();
            assertThat(env.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:");
            assertThat(env.getProperty("lingyan.demo.enabled")).isEqualTo("true");
            assertThat(env.getProperty("camunda.bpm.admin-user.id")).isEqualTo("admin");
            assertThat(env.getProperty("lingyan.org.counties[0].code")).isEqualTo("990101");
            assertThat(env.getProperty("camunda.bpm.authorization.enabled")).isEqualTo("true");
        }
    }

    @Test
    void mysqlProfileCreatesNoDemoUsersAndNoAdministrator() {
        try (ConfigurableApplicationContext context = environmentOf("mysql",
                "--spring.datasource.url=jdbc:mysql://db:3306/lingyan", "--spring.datasource.username=lingyan")) {
            Environment env = context.getEnvironment();
            assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:mysql://db:3306/lingyan");
            // what the engine needs from Connector/J, whatever the deployment's URL carries
            assertThat(env.getProperty("spring.datasource.hikari.data-source-properties.sendFractionalSeconds")).isEqualTo("false");
            assertThat(env.getProperty("spring.datasource.hikari.data-source-properties.nullDatabaseMeansCurrent")).isEqualTo("true");
            assertThat(env.getProperty("spring.datasource.hikari.transaction-isolation")).isEqualTo("TRANSACTION_READ_COMMITTED");
            assertThat(env.getProperty("lingyan.demo.enabled")).isEqualTo("false");
            assertThat(env.getProperty("camunda.bpm.admin-user.id")).isNull();
            assertThat(env.getProperty("camunda.bpm.admin-user.password")).isNull();
            assertThat(env.getProperty("spring.flyway.placeholders.table_options")).contains("utf8mb4");
        }
    }

    /** {@code args} as on the command line, which outranks config/ as the deployment's environment does. */
    private static ConfigurableApplicationContext environmentOf(String profile, String... args) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(NoBeans.class).web(WebApplicationType.NONE)
                .properties("LINGYAN_ORG_FILE=classpath:config/org/demo-county.yaml", "spring.main.banner-mode=off");
        return (profile == null ? builder : builder.profiles(profile)).run(args);
    }
}
