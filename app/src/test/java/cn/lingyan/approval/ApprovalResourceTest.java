package cn.lingyan.approval;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.refusal.RefusalBody;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every operation of the plugin's resource refuses a request without a body (JSON null or nothing) before any work. */
class ApprovalResourceTest {

    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of("提交意见", (Function<ApprovalResource, Response>) r -> r.comment("task", null)),
                Arguments.of("转办", (Function<ApprovalResource, Response>) r -> r.transfer("task", null)),
                Arguments.of("委派", (Function<ApprovalResource, Response>) r -> r.delegate("task", null)),
                Arguments.of("抄送", (Function<ApprovalResource, Response>) r -> r.cc("task", null)),
                Arguments.of("催办", (Function<ApprovalResource, Response>) r -> r.urge("task", null)),
                Arguments.of("退回", (Function<ApprovalResource, Response>) r -> r.returnTask("task", null)),
                Arguments.of("撤回", (Function<ApprovalResource, Response>) r -> r.withdraw("task", null)),
                Arguments.of("上传材料", (Function<ApprovalResource, Response>) r -> r.upload("task", null)),
                Arguments.of("批量办理", (Function<ApprovalResource, Response>) r -> r.batch(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void aMissingBodyIsRefusedWithTheOperationsName(String operation, Function<ApprovalResource, Response> call) {
        Response response = call.apply(new ApprovalResource("default"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getEntity()).isEqualTo(new RefusalBody("OPERATION_REFUSED", 20017,
                "【LY-20017】不能" + operation + "：未收到提交的内容，请重试"));
    }
}
