package cn.lingyan.policy;

import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgLevel;
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
import java.util.Map;
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

    /** {@code counties}: for the administrator, the counties whose rules the page can switch to; else empty. */
    public record Me(String user, String userName, String county, String countyName, boolean administrator, List<County> counties) {}

    public record County(String code, String name) {}

    public record Definition(String kind, String key, String name, int version, String versionTag, boolean own, String scope,
            String definitionId, String resourceName, String deployedAt, String deployedBy, String reason) {}

    /** One entry of 变更记录: {@code kind} as the page shows it (部署, 回滚, …), {@code kindCode} as the log stores it. */
    public record Change(Long id, String kind, String scope, String actor, String actorName, String reason, String resources,
            String versionsBefore, String versionsAfter, String createdAt, String kindCode) {}

    public record TextFile(String name, String text) {}

    public record DeployBody(String county, String reason, List<TextFile> files) {}

    /** {@code county} only where a version is deployed for another tenant than its own (see PolicyDeployments#rollback). */
    public record RollbackBody(String definitionId, String reason, String county) {}

    public record PreviewBody(String decisionKey, String text, Map<String, Object> inputs) {}

    public record ReplayBody(String decisionKey, String text, Integer months, String county) {}

    public record DraftBody(String definitionId, String name, String text) {}

    public record MigrationBody(String source, String target, String county, String reason) {}

    /** A replay as the page shows it: the report with its times as officials read them. */
    public record Replay(ReplayReport report, String since, List<String> evaluatedAt) {}

    /** Who the page is for; a user without the policy role is refused here, which hides the navigation entry. */
    @GET
    @Path("me")
    public Response me(@QueryParam("county") String county) {
        return PluginResponses.answer(() -> {
            String tenant = SpringBeans.get(PolicyAccess.class).tenantForReading(county);
            People people = SpringBeans.get(People.class);
            String user = people.requireCurrentUserId();
            String name = tenant == null ? "全省通用规则" : SpringBeans.get(OrgDirectory.class).find(tenant).map(OrgUnit::name).orElse(tenant);
            boolean administrator = SpringBeans.get(UnitScope.class).isAdministrator();
            List<County> counties = !administrator ? List.of() : SpringBeans.get(OrgDirectory.class).atLevel(OrgLevel.COUNTY)
                    .stream().map(unit -> new County(unit.code(), unit.name())).toList();
            return new Me(user, people.displayName(user), tenant, name, administrator, counties);
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

    /** 试算: the draft table on inputs typed in; nothing is deployed. */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response preview(PreviewBody body) {
        return PluginResponses.answer(() -> SpringBeans.get(PolicyPreview.class).evaluate(body == null ? null : body.text(),
                body == null ? null : body.decisionKey(), body == null ? null : body.inputs()));
    }

    /** 回放: the draft table on the real inputs of the caller's county's past evaluations. */
    @POST
    @Path("replay")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replay(ReplayBody body) {
        return PluginResponses.answer(() -> {
            ReplayReport report = SpringBeans.get(PolicyReplay.class).replay(body == null ? null : body.county(), body == null ? null : body.text(),
                    body == null ? null : body.decisionKey(), body == null || body.months() == null ? 0 : body.months());
            return new Replay(report, time(report.since()), report.changes().stream().map(c -> time(c.evaluatedAt())).toList());
        });
    }

    @GET
    @Path("diff")
    public Response diff(@QueryParam("from") String from, @QueryParam("to") String to) {
        return PluginResponses.answer(() -> SpringBeans.get(PolicyDiff.class).diff(from, to));
    }

    /** What a draft (an edited table or form, an uploaded file) changes against the version {@code definitionId}. */
    @POST
    @Path("diff-draft")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response diffDraft(DraftBody body) {
        return PluginResponses.answer(() -> SpringBeans.get(PolicyDiff.class).diffDraft(body == null ? null : body.definitionId(),
                body == null ? null : body.name(), body == null ? null : body.text()));
    }

    /** The checks a deployment of this file must pass; an unsafe or unreadable file is refused as its upload would be. */
    @POST
    @Path("lint")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lint(TextFile body) {
        return PluginResponses.answer(() -> {
            SpringBeans.get(PolicyAccess.class).tenantForReading(null);
            byte[] content = body == null || body.text() == null ? null : body.text().getBytes(StandardCharsets.UTF_8);
            return PolicyLint.lint(deployments().check(new Upload(body == null ? null : body.name(), content)));
        });
    }

    /** 迁移前检查: per step how many of the county's running cases wait there, where they go, which cannot move and why. */
    @POST
    @Path("migrations/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response migrationPlan(MigrationBody body) {
        return PluginResponses.answer(() -> SpringBeans.get(PolicyMigration.class).plan(body == null ? null : body.source(),
                body == null ? null : body.target(), body == null ? null : body.county()));
    }

    @POST
    @Path("migrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response migrate(MigrationBody body) {
        return PluginResponses.answer(() -> SpringBeans.get(PolicyMigration.class).execute(body == null ? null : body.source(),
                body == null ? null : body.target(), body == null ? null : body.county(), body == null ? null : body.reason()));
    }

    @GET
    @Path("migrations/{batchId}")
    public Response migrationResult(@PathParam("batchId") String batchId) {
        return PluginResponses.answer(() -> SpringBeans.get(PolicyMigration.class).result(batchId));
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
