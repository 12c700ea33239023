package cn.lingyan.policy;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.policy.ModelFile.Definition;
import cn.lingyan.policy.ModelFile.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.springframework.stereotype.Component;

/**
 * The versions in force for a county: its own (deployed for its tenant) where it has one, else the shared default;
 * and the files of a deployed version. Forms belong to the deployment of the process that uses them
 * ({@code formRefBinding="deployment"}), so a changed form is deployed with its process and a process with its forms.
 */
@Component
class PolicyVersions {

    private final RepositoryService repositoryService;
    private final SystemAccess systemAccess;

    PolicyVersions(RepositoryService repositoryService, SystemAccess systemAccess) {
        this.repositoryService = repositoryService;
        this.systemAccess = systemAccess;
    }

    /** The latest version of a process or decision that applies to {@code tenant} (null: the shared default). */
    Optional<ResourceDefinition> inForce(Kind kind, String key, String tenant) {
        return systemAccess.call(() -> {
            ResourceDefinition own = tenant == null ? null : latest(kind, key, tenant);
            return Optional.ofNullable(own != null ? own : latest(kind, key, null));
        });
    }

    /** "acceptance-decision v3（2026.1，本县）", for the change log. */
    String describeInForce(Definition definition, String tenant) {
        return inForce(definition.kind(), definition.key(), tenant)
                .map(d -> d.getKey() + " v" + d.getVersion() + "（" + Objects.toString(versionTag(d), "无版本标签") + "，"
                        + (d.getTenantId() == null ? "全省通用" : "本县") + "）")
                .orElse(definition.key() + "（尚未部署）");
    }

    ModelFile resource(String deploymentId, String name) {
        byte[] content = systemAccess.call(() -> {
            try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("Resource " + name + " of deployment " + deploymentId + " unreadable", e);
            }
        });
        // a resource deployed from the classpath may carry its folders (or a whole path): a new deployment and the
        // change log name the file only
        return ModelFile.read(name.replaceAll(".*[/\\\\]", ""), content);
    }

    /** Adds to {@code files} the processes of uploaded forms and the forms of every process, from the versions in force. */
    void completeForms(String tenant, Map<String, ModelFile> files) {
        for (ModelFile form : List.copyOf(files.values())) {
            if (form.kind() == Kind.FORM && files.values().stream().noneMatch(f -> f.formsUsed().contains(form.definitions().get(0).key()))) {
                ModelFile process = processUsing(form.definitions().get(0).key(), tenant).orElseThrow(() -> PolicyDeployments.refused(
                        "表单“" + form.definitions().get(0).key() + "”没有流程使用，请与使用它的流程一起上传"));
                files.putIfAbsent(process.name(), process);
            }
        }
        for (ModelFile process : List.copyOf(files.values())) {
            if (process.kind() == Kind.PROCESS) {
                String key = process.definitions().get(0).key();
                String deploymentId = inForce(Kind.PROCESS, key, tenant).map(ResourceDefinition::getDeploymentId).orElse(null);
                addMissingForms(files, process, deploymentId);
            }
        }
    }

    /** Adds the forms the processes in {@code files} use and do not bring, from deployment {@code deploymentId}. */
    void completeForms(String tenant, Map<String, ModelFile> files, String deploymentId) {
        for (ModelFile process : List.copyOf(files.values())) {
            if (process.kind() == Kind.PROCESS) {
                addMissingForms(files, process, deploymentId);
            }
        }
    }

    private void addMissingForms(Map<String, ModelFile> files, ModelFile process, String deploymentId) {
        List<ModelFile> deployedForms = deploymentId == null ? List.of() : formsOf(deploymentId);
        for (String formId : process.formsUsed()) {
            boolean present = files.values().stream().anyMatch(f -> f.kind() == Kind.FORM && f.definitions().get(0).key().equals(formId));
            if (!present) {
                ModelFile form = deployedForms.stream().filter(f -> f.definitions().get(0).key().equals(formId)).findFirst()
                        .orElseThrow(() -> PolicyDeployments.refused("流程“" + process.name() + "”使用的表单“" + formId + "”不存在，请一并上传"));
                files.putIfAbsent(form.name(), form);
            }
        }
    }

    private Optional<ModelFile> processUsing(String formId, String tenant) {
        List<ResourceDefinition> candidates = new ArrayList<>();
        systemAccess.call(() -> {
            var query = repositoryService.createProcessDefinitionQuery().latestVersion();
            query.list().forEach(candidates::add);
            return null;
        });
        return candidates.stream().map(d -> d.getKey()).distinct()
                .map(key -> inForce(Kind.PROCESS, key, tenant)).flatMap(Optional::stream)
                .map(d -> resource(d.getDeploymentId(), d.getResourceName()))
                .filter(f -> f.formsUsed().contains(formId)).findFirst();
    }

    List<ModelFile> formsOf(String deploymentId) {
        List<String> names = systemAccess.call(() -> repositoryService.getDeploymentResourceNames(deploymentId));
        return names.stream().filter(n -> ModelFile.kindOf(n) == Kind.FORM).map(n -> resource(deploymentId, n)).toList();
    }

    private ResourceDefinition latest(Kind kind, String key, String tenant) {
        if (kind == Kind.PROCESS) {
            var query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion();
            return (tenant == null ? query.withoutTenantId() : query.tenantIdIn(tenant)).singleResult();
        }
        var query = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion();
        return (tenant == null ? query.withoutTenantId() : query.tenantIdIn(tenant)).singleResult();
    }

    static String versionTag(ResourceDefinition definition) {
        if (definition instanceof org.camunda.bpm.engine.repository.ProcessDefinition p) {
            return p.getVersionTag();
        }
        return definition instanceof org.camunda.bpm.engine.repository.DecisionDefinition d ? d.getVersionTag() : null;
    }
}
