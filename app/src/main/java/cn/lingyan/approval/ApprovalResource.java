package cn.lingyan.approval;

import cn.lingyan.web.PluginResponses;
import cn.lingyan.webapp.SpringBeans;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;

/**
 * The approval operations over the Tasklist session (the webapp authenticates the user and the engine checks their
 * authorizations); each call goes to the service of its operation. Each POST takes a body of its own with the JSON
 * names the plugin's frontend sends; a missing body is refused like any other bad input. Refusals answer 4xx with
 * the stable code and the Chinese message, like the rest of the project.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalResource extends AbstractTasklistPluginResource {

    public record CommentBody(String text) {}

    public record HandOverBody(String userId, String reason) {}

    public record CopyBody(List<String> userIds, List<String> groupIds, String note) {}

    public record UrgeBody(String note) {}

    public record ReturnBody(String reason) {}

    public record WithdrawBody(String reason) {}

    public record BatchBody(List<String> taskIds, String note) {}

    public record UploadBody(String name, String type, String contentBase64, String description) {}

    public ApprovalResource(String engineName) {
        super(engineName);
    }

    @GET
    @Path("tasks/{taskId}/timeline")
    public Response timeline(@PathParam("taskId") String taskId) {
        return answer(() -> bean(TaskTimeline.class).timeline(taskId));
    }

    @POST
    @Path("tasks/{taskId}/comments")
    public Response comment(@PathParam("taskId") String taskId, CommentBody body) {
        return done(() -> {
            String text = given(body, "提交意见").text();
            bean(TaskTimeline.class).comment(taskId, text);
        });
    }

    @GET
    @Path("tasks/{taskId}/candidates")
    public Response candidates(@PathParam("taskId") String taskId) {
        return answer(() -> bean(TaskAccess.class).candidates(taskId));
    }

    @POST
    @Path("tasks/{taskId}/transfer")
    public Response transfer(@PathParam("taskId") String taskId, HandOverBody body) {
        return done(() -> {
            HandOverBody handOver = given(body, "转办");
            bean(TaskHandOver.class).transfer(taskId, handOver.userId(), handOver.reason());
        });
    }

    @POST
    @Path("tasks/{taskId}/delegate")
    public Response delegate(@PathParam("taskId") String taskId, HandOverBody body) {
        return done(() -> {
            HandOverBody handOver = given(body, "委派");
            bean(TaskHandOver.class).delegate(taskId, handOver.userId(), handOver.reason());
        });
    }

    @POST
    @Path("tasks/{taskId}/cc")
    public Response cc(@PathParam("taskId") String taskId, CopyBody body) {
        return done(() -> {
            CopyBody copy = given(body, "抄送");
            bean(TaskNotices.class).cc(taskId, copy.userIds(), copy.groupIds(), copy.note());
        });
    }

    @POST
    @Path("tasks/{taskId}/urge")
    public Response urge(@PathParam("taskId") String taskId, UrgeBody body) {
        return done(() -> {
            String note = given(body, "催办").note();
            bean(TaskNotices.class).urge(taskId, note);
        });
    }

    @GET
    @Path("cc")
    public Response copies() {
        return answer(() -> bean(TaskNotices.class).copiesForMe());
    }

    @GET
    @Path("notifications")
    public Response notifications() {
        return answer(() -> bean(TaskNotices.class).notifications().stream().map(n -> Map.of("id", n.id(), "kind", n.kind(),
                "text", n.text(), "createdAt", n.createdAt(), "read", n.readAt() != null)).toList());
    }

    @POST
    @Path("notifications/{id}/read")
    public Response read(@PathParam("id") long id) {
        return done(() -> bean(TaskNotices.class).markRead(id));
    }

    @POST
    @Path("tasks/{taskId}/return")
    public Response returnTask(@PathParam("taskId") String taskId, ReturnBody body) {
        return done(() -> {
            String reason = given(body, "退回").reason();
            bean(TaskRewind.class).returnTask(taskId, reason);
        });
    }

    @GET
    @Path("withdrawable")
    public Response withdrawable() {
        return answer(() -> bean(TaskRewind.class).withdrawable());
    }

    @POST
    @Path("withdraw/{historicTaskId}")
    public Response withdraw(@PathParam("historicTaskId") String historicTaskId, WithdrawBody body) {
        return done(() -> {
            String reason = given(body, "撤回").reason();
            bean(TaskRewind.class).withdraw(historicTaskId, reason);
        });
    }

    @GET
    @Path("tasks/{taskId}/attachments")
    public Response attachments(@PathParam("taskId") String taskId) {
        return answer(() -> bean(TaskAttachments.class).list(taskId));
    }

    @POST
    @Path("tasks/{taskId}/attachments")
    public Response upload(@PathParam("taskId") String taskId, UploadBody body) {
        return answer(() -> {
            UploadBody file = given(body, "上传材料");
            return bean(TaskAttachments.class).upload(taskId, file.name(), file.type(), file.contentBase64(), file.description());
        });
    }

    /** The file itself, named for the browser's download (RFC 5987 for Chinese names). */
    @GET
    @Path("attachments/{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id) {
        TaskAttachments.Content content;
        try {
            content = bean(TaskAttachments.class).content(id);
        } catch (RuntimeException e) {
            return failure(e);
        }
        String encoded = java.net.URLEncoder.encode(content.name(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content.bytes(), content.type())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("batchable")
    public Response batchable() {
        return answer(() -> bean(TaskBatch.class).batchable());
    }

    @POST
    @Path("batch-complete")
    public Response batch(BatchBody body) {
        return answer(() -> {
            BatchBody batch = given(body, "批量办理");
            return bean(TaskBatch.class).batchConfirm(batch.taskIds(), batch.note());
        });
    }

    /** The body, or a refusal when the request came without one (JSON null or nothing at all). */
    private static <T> T given(T body, String operation) {
        if (body == null) {
            throw TaskAccess.refused(operation, "未收到提交的内容，请重试");
        }
        return body;
    }

    /** The resource is made by the webapp per request, not by Spring: services come from the context. */
    private static <T> T bean(Class<T> type) {
        return SpringBeans.get(type);
    }

    private static Response done(Runnable work) {
        return answer(() -> {
            work.run();
            return null;
        });
    }

    private static Response answer(java.util.function.Supplier<Object> work) {
        return PluginResponses.answer(work);
    }

    private static Response failure(RuntimeException e) {
        return PluginResponses.failure(e);
    }
}
