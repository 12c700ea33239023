package cn.lingyan.policy;

import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.org.People;
import cn.lingyan.org.UnitScope;
import cn.lingyan.policy.PolicyDeployments.Upload;
import cn.lingyan.web.PluginResponses;
import cn.lingyan.webapp.SpringBeans;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;

/**
 * 规则与流程管理 over the Cockpit session: the same services and rights as /api/policy (a policy owner for its own
 * county, the administrator for any county or the shared default), refusals as the one refusal body. Times are
 * formatted here, in the deployment's zone (Asia/Shanghai by default), as officials read them.
 */
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource extends AbstractCockpitPluginResource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public PolicyResource(String engineName) {
        super(engineName);
    }

    public record Me(String user, String userName, String county, String countyName, boolean administrator) {}

    public record Definition(String kind, String key, String name, int version, String versionTag, boolean own, String scope,
            String definitionId, String resourceName, String deployedAt, String deployedBy, String reason) {}

    /** One entry of 变更记录: {@code kind} as the page shows it (部署, 回滚, …), {@code kindCode} as the log stores it. */
    public record Change(Long id, String kind, String scope, String actor, String actorName, String reason, String resources,
            String versionsBefore, String versionsAfter, String createdAt, String kindCode) {}

    public record TextFile(String name, String text) {}

    public record DeployBody(String county, String reason, List<TextFile> files) {}

    /** {@code county} only where a version is deployed for another tenant than its own (see PolicyDeployments#rollback). */
    public record RollbackBody(String definitionId, String reason, String county) {}

    /** Who the page is for; a user without the policy role is refused here, which hides the navigation entry. */
    @GET
    @Path("me")
    public Response me(@QueryParam("county") String county) {
        return PluginResponses.answer(() -> {
            String tenant = SpringBeans.get(PolicyAccess.class).tenantForReading(county);
            People people = SpringBeans.get(People.class);
            String user = people.requireCurrentUserId();
            String name = tenant == null ? "全省通用规则" : SpringBeans.get(OrgDirectory.class).find(tenant).map(OrgUnit::name).orElse(tenant);
            return new Me(user, people.displayName(user), tenant, name, SpringBeans.get(UnitScope.class).isAdministrator());
        });
    }

    @GET
    @Path("definitions")
    public Response definitions(@QueryParam("county") String county) {
        return PluginResponses.answer(() -> catalogue().inForce(county).stream().map(PolicyResource::definition).toList());
    }

    @GET
    @Path("versions")
    public Response versions(@QueryParam("kind") String kind, @QueryParam("key") String key, @QueryParam("county") String county) {
        return PluginResponses.answer(() -> catalogue().versions(kind, key, county).stream().map(PolicyResource::definition).toList());
    }

    @GET
    @Path("definitions/{id}/content")
    public Response content(@PathParam("id") String id) {
        return PluginResponses.answer(() -> catalogue().content(id));
    }

    @GET
    @Path("definitions/{id}/forms")
    public Response forms(@PathParam("id") String id) {
        return PluginResponses.answer(() -> SpringBeans.get(PolicyForms.class).of(id));
    }

    @GET
    @Path("changes")
    public Response changes(@QueryParam("county") String county) {
        return PluginResponses.answer(() -> catalogue().changes(county).stream().map(PolicyResource::change).toList());
    }

    /** Files as text, from the page's editors or a file chosen for upload: {reason, files: [{name, text}]}. */
    @POST
    @Path("deployments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response deploy(DeployBody body) {
        return PluginResponses.answer(() -> {
            List<Upload> uploads = body == null || body.files() == null ? List.of() : body.files().stream()
                    .map(f -> new Upload(f == null ? null : f.name(), f == null || f.text() == null ? null : f.text().getBytes(StandardCharsets.UTF_8)))
                    .toList();
            return deployments().deploy(body == null ? null : body.county(), uploads, body == null ? null : body.reason());
        });
    }

    @POST
    @Path("rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rollback(RollbackBody body) {
        return PluginResponses.answer(() -> deployments().rollback(body == null ? null : body.definitionId(), body == null ? null : body.reason(),
                body == null ? null : body.county()));
    }

    private static PolicyCatalogue catalogue() {
        return SpringBeans.get(PolicyCatalogue.class);
    }

    private static PolicyDeployments deployments() {
        return SpringBeans.get(PolicyDeployments.class);
    }

    private static Definition definition(PolicyCatalogue.Entry e) {
        return new Definition(e.kind(), e.key(), e.name(), e.version(), e.versionTag(), e.own(), scope(e.tenantId()), e.definitionId(),
                e.resourceName(), time(e.deployedAt()), e.deployedBy(), e.reason());
    }

    private static Change change(PolicyChangeRow row) {
        String actorName = PolicyShipment.ACTOR.equals(row.actor()) ? "系统" : SpringBeans.get(People.class).displayName(row.actor());
        return new Change(row.id(), kindLabel(row.kind()), scope(row.tenantId()), row.actor(), actorName, row.reason(), row.resources(),
                row.versionsBefore(), row.versionsAfter(), row.createdAt() == null ? null : TIME.format(row.createdAt()), row.kind());
    }

    /** The change log's kinds as the page names them. */
    static String kindLabel(String kind) {
        return switch (String.valueOf(kind)) {
            case "ROLLBACK" -> "回滚";
            case PolicyMigration.KIND -> "迁移";
            case PolicyShipment.SHIPPED -> "随应用发布";
            case PolicyShipment.SKIPPED -> "发布时未部署";
            default -> "部署";
        };
    }

    private static String scope(String tenantId) {
        return tenantId == null ? "全省通用" : "本县";
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(LocalDateTime.ofInstant(instant, SpringBeans.get(Clock.class).getZone()));
    }
}
