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
 * authorizations); each call goes to {@link TaskOperations}. Refusals answer 4xx with the stable code and the
 * Chinese message, like the rest of the project.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalResource extends AbstractTasklistPluginResource {

    public record Text(String text, String reason, String note, String userId, List<String> userIds, List<String> groupIds) {}

    public record Batch(List<String> taskIds, String note) {}

    public ApprovalResource(String engineName) {
        super(engineName);
    }

    private static TaskOperations operations() {
        return SpringBeans.get(TaskOperations.class);
    }

    @GET
    @Path("tasks/{taskId}/timeline")
    public Response timeline(@PathParam("taskId") String taskId) {
        return answer(() -> operations().timeline(taskId));
    }

    @GET
    @Path("tasks/{taskId}/candidates")
    public Response candidates(@PathParam("taskId") String taskId) {
        return answer(() -> operations().candidates(taskId));
    }

    @POST
    @Path("tasks/{taskId}/comments")
    public Response comment(@PathParam("taskId") String taskId, Text body) {
        return done(() -> operations().comment(taskId, body == null ? null : body.text()));
    }

    @POST
    @Path("tasks/{taskId}/return")
    public Response returnTask(@PathParam("taskId") String taskId, Text body) {
        return done(() -> operations().returnTask(taskId, body == null ? null : body.reason()));
    }

    @POST
    @Path("tasks/{taskId}/transfer")
    public Response transfer(@PathParam("taskId") String taskId, Text body) {
        return done(() -> operations().transfer(taskId, body == null ? null : body.userId(), body == null ? null : body.reason()));
    }

    @POST
    @Path("tasks/{taskId}/delegate")
    public Response delegate(@PathParam("taskId") String taskId, Text body) {
        return done(() -> operations().delegate(taskId, body == null ? null : body.userId(), body == null ? null : body.reason()));
    }

    @POST
    @Path("tasks/{taskId}/cc")
    public Response cc(@PathParam("taskId") String taskId, Text body) {
        return done(() -> operations().cc(taskId, body == null ? null : body.userIds(), body == null ? null : body.groupIds(),
                body == null ? null : body.note()));
    }

    @POST
    @Path("tasks/{taskId}/urge")
    public Response urge(@PathParam("taskId") String taskId, Text body) {
        return done(() -> operations().urge(taskId, body == null ? null : body.note()));
    }

    @GET
    @Path("cc")
    public Response copies() {
        return answer(() -> operations().copiesForMe());
    }

    @GET
    @Path("notifications")
    public Response notifications() {
        return answer(() -> operations().notifications().stream().map(n -> Map.of("id", n.id(), "kind", n.kind(), "text", n.text(),
                "createdAt", n.createdAt().toString(), "read", n.readAt() != null)).toList());
    }

    @POST
    @Path("notifications/{id}/read")
    public Response read(@PathParam("id") long id) {
        return done(() -> operations().markRead(id));
    }

    @GET
    @Path("withdrawable")
    public Response withdrawable() {
        return answer(() -> operations().withdrawable());
    }

    @POST
    @Path("withdraw/{historicTaskId}")
    public Response withdraw(@PathParam("historicTaskId") String historicTaskId, Text body) {
        return done(() -> operations().withdraw(historicTaskId, body == null ? null : body.reason()));
    }

    public record Upload(String name, String type, String contentBase64, String description) {}

    private static TaskAttachments attachments() {
        return SpringBeans.get(TaskAttachments.class);
    }

    @GET
    @Path("tasks/{taskId}/attachments")
    public Response attachments(@PathParam("taskId") String taskId) {
        return answer(() -> attachments().list(taskId));
    }

    @POST
    @Path("tasks/{taskId}/attachments")
    public Response upload(@PathParam("taskId") String taskId, Upload body) {
        return answer(() -> attachments().upload(taskId, body == null ? null : body.name(), body == null ? null : body.type(),
                body == null ? null : body.contentBase64(), body == null ? null : body.description()));
    }

    /** The file itself, named for the browser's download (RFC 5987 for Chinese names). */
    @GET
    @Path("attachments/{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id) {
        TaskAttachments.Content content;
        try {
            content = attachments().content(id);
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
        return answer(() -> operations().batchable());
    }

    @POST
    @Path("batch-complete")
    public Response batch(Batch body) {
        return answer(() -> operations().batchConfirm(body == null ? null : body.taskIds(), body == null ? null : body.note()));
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
