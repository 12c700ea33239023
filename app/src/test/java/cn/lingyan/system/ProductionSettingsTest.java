package cn.lingyan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

/** A production start (profile mysql) without a setting only the deployment can give stops with one line naming it. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionSettingsTest {

    private static final String URL = "jdbc:mysql://db:3306/lingyan";

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {}

    @Test
    void mysqlProfileWithoutOrgFileStopsNamingIt() {
        MockEnvironment env = mysql().withProperty("spring.datasource.url", URL).withProperty("spring.datasource.username", "lingyan");

        assertThatThrownBy(() -> check(env)).hasMessage("生产配置缺少 LINGYAN_ORG_FILE（组织机构文件） / Missing production setting "
                + "LINGYAN_ORG_FILE (the org-unit file): set it in the environment of the mysql profile");
    }

    @Test
    void mysqlProfileWithoutDatasourceNamesUrlAndUserInOneLine() {
        MockEnvironment env = mysql().withProperty("LINGYAN_ORG_FILE", "file:/etc/lingyan/org.yaml")
                .withProperty("spring.datasource.url", "").withProperty("spring.datasource.username", " ");

        assertThatThrownBy(() -> check(env)).hasMessage("生产配置缺少 SPRING_DATASOURCE_URL（MySQL/MariaDB 连接地址 jdbc:mysql://…）、"
                + "SPRING_DATASOURCE_USERNAME（数据库用户名） / Missing production settings SPRING_DATASOURCE_URL (the MySQL/MariaDB "
                + "JDBC URL jdbc:mysql://…), SPRING_DATASOURCE_USERNAME (the database user): set them in the environment of the "
                + "mysql profile").message().doesNotContain("\n");
    }

    @Test
    void anH2UrlIsNoProductionDatasource() {
        MockEnvironment env = mysql().withProperty("LINGYAN_ORG_FILE", "file:/etc/lingyan/org.yaml")
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/lingyan").withProperty("spring.datasource.username", "sa");

        assertThatThrownBy(() -> check(env)).hasMessageContaining("SPRING_DATASOURCE_URL").hasMessageNotContaining("USERNAME");
    }

    @Test
    void mysqlProfileWithEverySettingStarts() {
        MockEnvironment env = mysql().withProperty("LINGYAN_ORG_FILE", "file:/etc/lingyan/org.yaml")
                .withProperty("spring.datasource.url", "jdbc:mariadb://db/lingyan").withProperty("spring.datasource.username", "lingyan");

        assertThatNoException().isThrownBy(() -> check(env));
    }

    @Test
    void embeddedDefaultNeedsNoneOfThem() {
        assertThatNoException().isThrownBy(() -> check(new MockEnvironment()));
    }

    @Test
    void productionStartWithoutSettingsPrintsTheLineAndNoStackTrace(CapturedOutput output) {
        // the real config/ files; the machine's own environment left out, so that nothing of the developer's counts
        StandardEnvironment bare = new StandardEnvironment();
        bare.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        SpringApplicationBuilder start = new SpringApplicationBuilder(NoBeans.class).web(WebApplicationType.NONE)
                .environment(bare).profiles("mysql").properties("spring.main.banner-mode=off");

        assertThatThrownBy(start::run).isInstanceOf(ProductionSettings.MissingSettingsException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("生产配置缺少 LINGYAN_ORG_FILE（组织机构文件）、SPRING_DATASOURCE_URL")
                .contains("Missing production settings LINGYAN_ORG_FILE (the org-unit file), SPRING_DATASOURCE_URL")
                .doesNotContain("PropertySourceLoader").doesNotContain("\tat cn.lingyan");
    }

    private static MockEnvironment mysql() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("mysql");
        return env;
    }

    private static void check(MockEnvironment env) {
        new ProductionSettings().postProcessEnvironment(env, new SpringApplication());
    }
}
