package cn.lingyan.policy;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.org.People;
import cn.lingyan.policy.ModelFile.Definition;
import cn.lingyan.policy.ModelFile.Kind;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deploys a policy owner's changed tables, forms and processes for its county (or, for the administrator, the
 * shared default), and rolls a table or process back to an earlier version by deploying that version again as the
 * newest. Every upload is checked first (no code, see {@link UploadSafety}), every change carries a reason and is
 * logged with the versions before and after. The engine right to deploy stays with the administrator: the workbench
 * deploys as the system, after its own checks.
 */
@Service
public class PolicyDeployments {

    /** The deployment source of every workbench deployment, as the engine records it. */
    public static final String SOURCE = "lingyan-workbench";

    public record Upload(String name, byte[] content) {}

    public record Change(String deploymentId, String tenantId, List<String> resources, List<String> versionsBefore,
            List<String> versionsAfter) {}

    private final RepositoryService repositoryService;
    private final SystemAccess systemAccess;
    private final PolicyAccess access;
    private final PolicyVersions versions;
    private final UploadSafety safety;
    private final PolicyProperties properties;
    private final PolicyLog log;
    private final People people;
    private final Clock clock;

    PolicyDeployments(RepositoryService repositoryService, SystemAccess systemAccess, PolicyAccess access, PolicyVersions versions,
            UploadSafety safety, PolicyProperties properties, PolicyLog log, People people, Clock clock) {
        this.repositoryService = repositoryService;
        this.systemAccess = systemAccess;
        this.access = access;
        this.versions = versions;
        this.safety = safety;
        this.properties = properties;
        this.log = log;
        this.people = people;
        this.clock = clock;
    }

    /** Deploys {@code uploads} for {@code county} (blank: the caller's own; the administrator: the shared default). */
    @Transactional
    public Change deploy(String county, List<Upload> uploads, String reason) {
        String tenant = access.tenantForChange(county);
        String why = reason(reason);
        if (uploads == null || uploads.isEmpty()) {
            throw refused("请选择要部署的文件");
        }
        Map<String, ModelFile> files = new LinkedHashMap<>();
        for (Upload upload : uploads) {
            ModelFile file = check(upload);
            PolicyLint.requireNoErrors(file);
            if (files.put(file.name(), file) != null) {
                throw refused("文件“" + file.name() + "”重复");
            }
        }
        versions.completeForms(tenant, files);
        return deploy(tenant, files, why, "DEPLOY");
    }

    /** Deploys the version {@code definitionId} (a process or decision) again as the newest of its county or of the default. */
    @Transactional
    public Change rollback(String definitionId, String reason) {
        return rollback(definitionId, reason, null);
    }

    /**
     * Deploys the version {@code definitionId} again as the newest: a county's own version for its county; a shared
     * version for the shared default (the administrator) or, when a county's policy owner rolls back to it or the
     * administrator names a {@code county}, as that county's newest own version. A county so returns to the shared
     * default's content and keeps resolving its own tenant: later changes of the shared default reach it only when it
     * adopts them in turn.
     */
    @Transactional
    public Change rollback(String definitionId, String reason, String county) {
        String why = reason(reason);
        Map<String, ModelFile> files = new LinkedHashMap<>();
        ProcessDefinition process = systemAccess.call(() -> repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(definitionId).singleResult());
        DecisionDefinition decision = process != null ? null : systemAccess.call(() -> repositoryService
                .createDecisionDefinitionQuery().decisionDefinitionId(definitionId).singleResult());
        if (process == null && decision == null) {
            throw new NotFoundException("版本 " + definitionId);
        }
        String tenant = target(process != null ? process.getTenantId() : decision.getTenantId(), county);
        String deploymentId = process != null ? process.getDeploymentId() : decision.getDeploymentId();
        String resource = process != null ? process.getResourceName() : decision.getResourceName();
        ModelFile version = versions.resource(deploymentId, resource);
        files.put(version.name(), version);
        if (process != null) {
            versions.completeForms(tenant, files, deploymentId);
        }
        return deploy(tenant, files, why, "ROLLBACK");
    }

    /** The tenant a version of {@code versionTenant} (null: shared) is deployed again for, once the caller may change it. */
    private String target(String versionTenant, String county) {
        if (versionTenant == null) {
            return access.tenantForChange(county);
        }
        access.requireMayChange(versionTenant);
        if (county != null && !county.isBlank() && !versionTenant.equals(county.trim())) {
            throw refused("县级版本只能在本县回滚，不能部署到其他县");
        }
        return versionTenant;
    }

    private Change deploy(String tenant, Map<String, ModelFile> files, String reason, String kind) {
        List<Definition> definitions = files.values().stream().flatMap(f -> f.definitions().stream())
                .filter(d -> d.kind() != Kind.FORM).toList();
        List<String> before = definitions.stream().map(d -> versions.describeInForce(d, tenant)).toList();
        DeploymentBuilder builder = repositoryService.createDeployment().name("规则与流程管理：" + abbreviate(reason)).source(SOURCE);
        if (tenant != null) {
            builder = builder.tenantId(tenant);
        }
        for (ModelFile file : files.values()) {
            builder = builder.addInputStream(file.name(), new ByteArrayInputStream(file.content()));
        }
        DeploymentBuilder ready = builder;
        Deployment deployment;
        try {
            deployment = systemAccess.asSystem(ready::deploy);
        } catch (ProcessEngineException e) {
            throw refused("引擎无法解析上传的文件：" + firstLine(e.getMessage()));
        }
        List<String> after = definitions.stream().map(d -> versions.describeInForce(d, tenant)).toList();
        log.insertChange(new PolicyChangeRow(null, deployment.getId(), tenant, kind, people.requireCurrentUserId(), reason,
                String.join("、", files.keySet()), String.join("；", before), String.join("；", after), OffsetDateTime.now(clock)));
        return new Change(deployment.getId(), tenant, List.copyOf(files.keySet()), before, after);
    }

    /** An upload's file, refused unless it is a safe, readable model within the size limit. */
    ModelFile check(Upload upload) {
        if (upload == null || upload.name() == null || upload.name().isBlank() || upload.content() == null) {
            throw refused("上传的文件缺少名称或内容");
        }
        String name = upload.name().replaceAll(".*[/\\\\]", "").trim();
        if (upload.content().length > properties.maxUploadBytes()) {
            throw refused("“" + name + "”超过" + properties.maxUploadBytes() / 1024 + "KB");
        }
        List<String> problems = safety.check(name, upload.content());
        if (!problems.isEmpty()) {
            throw refused(String.join("；", problems));
        }
        try {
            return ModelFile.read(name, upload.content());
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage());
        }
    }

    private static String reason(String reason) {
        String text = reason == null ? "" : reason.trim();
        if (text.length() < 4) {
            throw refused("请填写变更理由（至少4个字），例如依据的文件和调整的内容");
        }
        if (text.length() > 500) {
            throw refused("变更理由不能超过500字");
        }
        return text;
    }

    static InvalidInputException refused(String why) {
        return new InvalidInputException(ErrorCode.UPLOAD_REFUSED, why);
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return abbreviate(newline > 0 ? text.substring(0, newline) : text, 300);
    }

    private static String abbreviate(String text) {
        return abbreviate(text, 40);
    }

    private static String abbreviate(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }
}
