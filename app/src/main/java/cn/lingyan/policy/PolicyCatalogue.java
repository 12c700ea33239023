package cn.lingyan.policy;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.policy.ModelFile.Kind;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.springframework.stereotype.Service;

/**
 * What a policy owner reads in the workbench: every process and decision table in force for its county with its
 * version, version tag, whether it is the county's own or the shared default, who deployed it, why and when; every
 * version of one of them; a version's file; the change log. A county never reads another county's own versions.
 */
@Service
public class PolicyCatalogue {

    public record Entry(String kind, String key, String name, int version, String versionTag, String tenantId, boolean own,
            String definitionId, String deploymentId, String resourceName, Instant deployedAt, String deployedBy, String reason) {}

    public record Content(String definitionId, String kind, String key, String resourceName, String text) {}

    private final RepositoryService repositoryService;
    private final SystemAccess systemAccess;
    private final PolicyAccess access;
    private final PolicyVersions versions;
    private final PolicyLog log;
    private final cn.lingyan.org.People people;

    PolicyCatalogue(RepositoryService repositoryService, SystemAccess systemAccess, PolicyAccess access, PolicyVersions versions,
            PolicyLog log, cn.lingyan.org.People people) {
        this.repositoryService = repositoryService;
        this.systemAccess = systemAccess;
        this.access = access;
        this.versions = versions;
        this.log = log;
        this.people = people;
    }

    /** Every process and decision in force for the county (its own where it has one, else the shared default). */
    public List<Entry> inForce(String county) {
        String tenant = access.tenantForReading(county);
        List<Entry> entries = new ArrayList<>();
        for (Kind kind : List.of(Kind.PROCESS, Kind.DECISION)) {
            for (String key : keys(kind)) {
                versions.inForce(kind, key, tenant).ifPresent(d -> entries.add(entry(kind, d)));
            }
        }
        return entries;
    }

    /** Every version of one process or decision that the county may see (its own and the shared default's), newest first. */
    public List<Entry> versions(String kind, String key, String county) {
        String tenant = access.tenantForReading(county);
        Kind type = kind(kind);
        List<? extends ResourceDefinition> all = systemAccess.call(() -> type == Kind.PROCESS
                ? repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).list()
                : repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).list());
        return all.stream().filter(d -> d.getTenantId() == null || d.getTenantId().equals(tenant))
                .map(d -> entry(type, d)).sorted(Comparator.comparing(Entry::deployedAt).reversed()).toList();
    }

    /** The file of one version (BPMN or DMN XML), if the caller's county may read it. */
    public Content content(String definitionId) {
        access.tenantForReading(null);
        ResourceDefinition definition = definition(definitionId);
        if (definition.getTenantId() != null) {
            access.requireMayChange(definition.getTenantId());
        }
        Kind kind = definition instanceof org.camunda.bpm.engine.repository.ProcessDefinition ? Kind.PROCESS : Kind.DECISION;
        ModelFile file = versions.resource(definition.getDeploymentId(), definition.getResourceName());
        return new Content(definitionId, kind.name(), definition.getKey(), definition.getResourceName(), file.text());
    }

    public List<PolicyChangeRow> changes(String county) {
        return log.findChanges(access.tenantForReading(county), 200);
    }

    ResourceDefinition definition(String definitionId) {
        ResourceDefinition definition = systemAccess.call(() -> {
            ResourceDefinition process = repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
            return process != null ? process
                    : repositoryService.createDecisionDefinitionQuery().decisionDefinitionId(definitionId).singleResult();
        });
        if (definition == null) {
            throw new NotFoundException("版本 " + definitionId);
        }
        return definition;
    }

    private Set<String> keys(Kind kind) {
        List<? extends ResourceDefinition> latest = systemAccess.call(() -> kind == Kind.PROCESS
                ? repositoryService.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list()
                : repositoryService.createDecisionDefinitionQuery().latestVersion().orderByDecisionDefinitionKey().asc().list());
        Set<String> keys = new LinkedHashSet<>();
        latest.forEach(d -> keys.add(d.getKey()));
        return keys;
    }

    private Entry entry(Kind kind, ResourceDefinition d) {
        Deployment deployment = systemAccess.call(() -> repositoryService.createDeploymentQuery().deploymentId(d.getDeploymentId())
                .singleResult());
        PolicyChangeRow change = log.findByDeployment(d.getDeploymentId());
        String by = change == null || PolicyShipment.ACTOR.equals(change.actor()) ? "系统（随程序发布）" : people.displayName(change.actor());
        return new Entry(kind.name(), d.getKey(), Objects.toString(d.getName(), d.getKey()), d.getVersion(), PolicyVersions.versionTag(d),
                d.getTenantId(), d.getTenantId() != null, d.getId(), d.getDeploymentId(), d.getResourceName(),
                deployment.getDeploymentTime().toInstant(), by, change == null ? null : change.reason());
    }

    private static Kind kind(String kind) {
        try {
            Kind type = Kind.valueOf(String.valueOf(kind).toUpperCase(java.util.Locale.ROOT));
            if (type != Kind.FORM) {
                return type;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new cn.lingyan.refusal.InvalidInputException(ErrorCode.FORM_INVALID, "类型应为 PROCESS 或 DECISION");
    }
}
