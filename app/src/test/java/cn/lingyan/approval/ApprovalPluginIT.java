package cn.lingyan.approval;

import static cn.lingyan.deliberation.DeliberationForms.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.RestActor;
import cn.lingyan.TestData;
import cn.lingyan.WebappSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The approval plugin's endpoints through the Tasklist session, as the demo users: comments, copies and
 * notifications, return, and the refusals (anonymous, other units, nothing to return to). H2 and MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class ApprovalPluginIT {

    static final String PLUGIN = "/camunda/api/tasklist/plugin/lingyan-approval/default";

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired TestData data;

    @BeforeEach
    void reset() {
        data.reset();
    }

    @Test
    void villageAndTownshipWorkACaseThroughThePluginWithinTheirUnits() {
        RestActor branch = new RestActor(http, "dongpo-zb", "demo");
        RestActor committees = new RestActor(http, "dongpo-lw", "demo");
        String instance = (String) RestActor.mapOf(branch.post(
                "/engine-rest/process-definition/key/four-deliberations-two-disclosures/submit-form",
                Map.of("variables", RestActor.variables(register("PUBLIC_WORKS", false, true, false))))).get("id");
        String joint = (String) committees.tasks("?processInstanceId=" + instance).get(0).get("id");

        WebappSession lw = WebappSession.login(port, "dongpo-lw", "demo");
        // every module of the frontend is served, as a script the browser may import
        for (String asset : ApprovalPluginRootResource.ASSETS) {
            HttpResponse<String> served = lw.download("/camunda/api/tasklist/plugin/lingyan-approval/static/" + asset);
            assertThat(served.statusCode()).as(asset).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type")).as(asset)
                    .hasValueSatisfying(type -> assertThat(type).contains(asset.endsWith(".js") ? "javascript" : "css"));
        }
        HttpResponse<String> commented = lw.post(PLUGIN + "/tasks/" + joint + "/comments", Map.of("text", "下周二召开联席会议"));
        assertThat(commented.statusCode()).as(commented.headers().map() + " " + commented.body()).isEqualTo(204);
        HttpResponse<String> timeline = lw.get(PLUGIN + "/tasks/" + joint + "/timeline");
        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(timeline.body()).contains("下周二召开联席会议").contains("COMMENT");
        HttpResponse<String> nothingBefore = lw.post(PLUGIN + "/tasks/" + joint + "/return", Map.of("reason", "退回"));
        assertThat(nothingBefore.statusCode()).isEqualTo(400);
        assertThat(nothingBefore.body()).contains("LY-20017").contains("没有可退回的上一步");
        // a request without a body is refused in the one refusal shape, before anything happens
        HttpResponse<String> noBody = lw.postWithoutBody(PLUGIN + "/tasks/" + joint + "/urge");
        assertThat(noBody.statusCode()).as(noBody.body()).isEqualTo(400);
        assertThat(noBody.body()).contains("\"type\":\"OPERATION_REFUSED\"").contains("\"code\":20017").contains("不能催办");
        HttpResponse<String> nullBody = lw.post(PLUGIN + "/tasks/" + joint + "/comments", null);
        assertThat(nullBody.statusCode()).as(nullBody.body()).isEqualTo(400);
        assertThat(nullBody.body()).contains("LY-20017").contains("不能提交意见");
        assertThat(lw.post(PLUGIN + "/tasks/" + joint + "/cc", Map.of("userIds", List.of("qingshan-dw"), "note", "请乡镇知悉"))
                .statusCode()).isEqualTo(204);

        WebappSession township = WebappSession.login(port, "qingshan-dw", "demo");
        assertThat(township.get(PLUGIN + "/cc").body()).contains("村道硬化工程").contains("东坡村");
        assertThat(township.get(PLUGIN + "/notifications").body()).contains("抄送").contains("\"read\":false");

        WebappSession other = WebappSession.login(port, "baishui-dw", "demo");
        assertThat(other.get(PLUGIN + "/tasks/" + joint + "/timeline").statusCode()).isEqualTo(404);
        assertThat(other.get(PLUGIN + "/cc").body()).isEqualTo("[]");
        assertThat(WebappSession.login(port, null, null).get(PLUGIN + "/notifications").statusCode()).isEqualTo(401);

        // as in Tasklist: claim, then complete
        assertThat(committees.post("/engine-rest/task/" + joint + "/claim", Map.of("userId", "dongpo-lw")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(committees.submit(joint, joint(meeting(9, 8, 7, 1, 0))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String review = (String) branch.tasks("?processInstanceId=" + instance).get(0).get("id");
        WebappSession zb = WebappSession.login(port, "dongpo-zb", "demo");
        assertThat(zb.post(PLUGIN + "/tasks/" + review + "/return", Map.of("reason", "")).statusCode()).isEqualTo(400);
        assertThat(zb.post(PLUGIN + "/tasks/" + review + "/return", Map.of("reason", "纪要缺少表决情况")).statusCode()).isEqualTo(204);
        List<Map<String, Object>> back = committees.tasks("?processInstanceId=" + instance);
        assertThat(back).singleElement().satisfies(t -> assertThat(t).containsEntry("assignee", "dongpo-lw")
                .containsEntry("taskDefinitionKey", "Task_ProposeAndDeliberate"));
        assertThat(lw.get(PLUGIN + "/notifications").body()).contains("RETURN").contains("纪要缺少表决情况");
    }
}
