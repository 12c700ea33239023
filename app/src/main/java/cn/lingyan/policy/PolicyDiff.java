package cn.lingyan.policy;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.policy.DiffReport.Version;
import cn.lingyan.policy.ModelFile.Kind;
import cn.lingyan.policy.PolicyDeployments.Upload;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.springframework.stereotype.Service;

/**
 * What a change changes, before a policy owner deploys it or when it reads the history: two versions of a process or
 * decision table compared (a process with the forms deployed with it), or a version and the draft in the editor. Both
 * sides must be readable by the caller: the shared default or its own county's (see {@link PolicyCatalogue#content}).
 */
@Service
public class PolicyDiff {

    private final PolicyCatalogue catalogue;
    private final PolicyVersions versions;
    private final PolicyDeployments deployments;
    private final RepositoryService repositoryService;
    private final SystemAccess systemAccess;

    PolicyDiff(PolicyCatalogue catalogue, PolicyVersions versions, PolicyDeployments deployments, RepositoryService repositoryService,
            SystemAccess systemAccess) {
        this.catalogue = catalogue;
        this.versions = versions;
        this.deployments = deployments;
        this.repositoryService = repositoryService;
        this.systemAccess = systemAccess;
    }

    /** One side: the version, its file and, for a process, the forms it uses as deployed with it. */
    private record Side(Version version, ModelFile file, List<ModelFile> forms) {}

    public DiffReport diff(String fromDefinitionId, String toDefinitionId) {
        return compare(deployed(fromDefinitionId), deployed(toDefinitionId));
    }

    /**
     * The version {@code definitionId} against a draft (BPMN, DMN, or a form of that process version, compared with the
     * form of the same id). The draft is checked as an upload is, so nothing that could run code is even parsed.
     */
    public DiffReport diffDraft(String definitionId, String name, String draftText) {
        Side from = deployed(definitionId);
        ModelFile draft = deployments.check(new Upload(name, draftText == null ? null : draftText.getBytes(StandardCharsets.UTF_8)));
        Version version = new Version(null, draft.kind().name(), draft.definitions().isEmpty() ? null : draft.definitions().get(0).key(),
                null, null, null, draft.name());
        if (draft.kind() == Kind.FORM) {
            if (from.file().kind() != Kind.PROCESS) {
                throw refused("表单只能与使用它的流程版本比较");
            }
            String formId = version.key();
            List<ModelFile> deployed = from.forms().stream().filter(f -> f.definitions().get(0).key().equals(formId)).toList();
            return new DiffReport(from.version(), version, List.of(), List.of(), FormDiff.diff(deployed, List.of(draft)));
        }
        return compare(from, new Side(version, draft, from.forms()));
    }

    private static DiffReport compare(Side from, Side to) {
        if (from.file().kind() != to.file().kind()) {
            throw refused("流程只能与流程比较，决策表只能与决策表比较");
        }
        if (from.file().kind() == Kind.PROCESS) {
            return new DiffReport(from.version(), to.version(), List.of(), BpmnDiff.diff(from.file(), to.file()),
                    FormDiff.diff(from.forms(), to.forms()));
        }
        return new DiffReport(from.version(), to.version(), DecisionDiff.diff(from.file(), to.file()), List.of(), List.of());
    }

    private Side deployed(String definitionId) {
        if (definitionId == null || definitionId.isBlank()) {
            throw refused("请选择要比较的版本");
        }
        PolicyCatalogue.Content content = catalogue.content(definitionId);
        ResourceDefinition definition = catalogue.definition(definitionId);
        ModelFile file = ModelFile.read(content.resourceName(), content.text().getBytes(StandardCharsets.UTF_8));
        Version version = new Version(definitionId, content.kind(), definition.getKey(), definition.getVersion(),
                PolicyVersions.versionTag(definition), definition.getTenantId(), definition.getResourceName());
        return new Side(version, file, file.kind() == Kind.PROCESS ? formsUsed(definition.getDeploymentId(), file.formsUsed()) : List.of());
    }

    /** The forms of a deployment that the process uses (a deployment of the shipped models holds every form). */
    private List<ModelFile> formsUsed(String deploymentId, Set<String> formIds) {
        List<String> names = systemAccess.call(() -> repositoryService.getDeploymentResourceNames(deploymentId));
        return names.stream().filter(n -> ModelFile.kindOf(n) == Kind.FORM).map(n -> versions.resource(deploymentId, n))
                .filter(f -> formIds.contains(f.definitions().get(0).key())).toList();
    }

    private static InvalidInputException refused(String why) {
        return new InvalidInputException(ErrorCode.OPERATION_REFUSED, "比较", why);
    }
}
