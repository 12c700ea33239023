package cn.lingyan.dashboard;

import static cn.lingyan.deliberation.DeliberationForms.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lingyan.RestActor;
import cn.lingyan.TestData;
import cn.lingyan.WebappSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The dashboard's endpoints through the Cockpit session on H2 and on MariaDB (the queries' SQL on both): county and
 * township supervisors see their units' figures, villages have no Cockpit, nobody reads another unit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class DashboardPluginIT {

    static final String API = "/camunda/api/cockpit/plugin/lingyan-dashboard/default";

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired TestData data;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @Test
    void supervisorsReadTheirUnitsFiguresAndNothingElse() {
        RestActor branch = new RestActor(http, "dongpo-zb", "demo");
        RestActor committees = new RestActor(http, "dongpo-lw", "demo");
        String instance = (String) RestActor.mapOf(branch.post(
                "/engine-rest/process-definition/key/four-deliberations-two-disclosures/submit-form",
                Map.of("variables", RestActor.variables(register("PUBLIC_WORKS", false, true, false))))).get("id");
        String joint = (String) committees.tasks("?processInstanceId=" + instance).get(0).get("id");
        assertThat(committees.submit(joint, joint(meeting(9, 4, 4, 0, 0))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        WebappSession county = WebappSession.login(port, "cockpit", "yanming-zzb", "demo");
        // the page may open the print dialog for the monthly report (allow-modals in the sandbox)
        assertThat(county.download("/camunda/app/cockpit/default/").headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("sandbox").contains("allow-modals").contains("allow-scripts");
        for (String view : new String[] {"units", "rectification", "vetting", "register", "sla", "ranking"}) {
            var response = county.get(API + "/" + view);
            assertThat(response.statusCode()).as(view + " " + response.body()).isEqualTo(200);
        }
        assertThat(county.get(API + "/register").body()).contains("\"quorumFailures\":1").contains("兴办公益事业");
        // the frontend keeps no vocabulary: the stages' words come with the figures
        assertThat(county.get(API + "/rectification").body()).contains("\"stageText\":\"销号·巩固期\"").contains("\"rectifying\":true");
        assertThat(county.get(API + "/sla").body()).contains("Task_ProposeAndDeliberate");
        assertThat(county.get(API + "/ranking").body()).contains("青山镇").contains("白水乡").contains("红岭镇");
        assertThat(county.get(API + "/units").body()).contains("雁鸣县").contains("东坡村");
        // the frontend's ES modules are served next to its entry
        for (String asset : DashboardRootResource.ASSETS) {
            var file = county.get("/camunda/api/cockpit/plugin/lingyan-dashboard/static/" + asset);
            assertThat(file.statusCode()).as(asset).isEqualTo(200);
        }
        var excel = county.download(API + "/export/register.xlsx");
        assertThat(excel.statusCode()).isEqualTo(200);
        assertThat(excel.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(excel.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
        assertThat(excel.body()).startsWith("PK");

        WebappSession township = WebappSession.login(port, "cockpit", "baishui-dw", "demo");
        assertThat(township.get(API + "/register").body()).contains("\"quorumFailures\":0");
        var foreign = township.get(API + "/register?unit=990101001");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("LY-20004");
        assertThat(township.get(API + "/sla?from=2026-13-01").statusCode()).isEqualTo(400);
        assertThat(WebappSession.login(port, "cockpit", null, null).get(API + "/register").statusCode()).isEqualTo(401);
        assertThatThrownBy(() -> WebappSession.login(port, "cockpit", "dongpo-zb", "demo"))
                .hasMessageContaining("Login of dongpo-zb failed");
    }
}
