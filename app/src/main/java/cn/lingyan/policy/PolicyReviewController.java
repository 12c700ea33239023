package cn.lingyan.policy;

import cn.lingyan.policy.PolicyDeployments.Upload;
import cn.lingyan.policy.PolicyLint.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 规则与流程管理's review before a deployment: what a version or a draft changes, and what the checks find in a draft
 * (the errors would refuse its deployment). For policy owners and the administrator, like the rest of /api/policy.
 */
@RestController
@RequestMapping("/api/policy")
class PolicyReviewController {

    private final PolicyDiff diff;
    private final PolicyDeployments deployments;
    private final PolicyAccess access;

    PolicyReviewController(PolicyDiff diff, PolicyDeployments deployments, PolicyAccess access) {
        this.diff = diff;
        this.deployments = deployments;
        this.access = access;
    }

    record DraftBody(String definitionId, String name, String text) {}

    @GetMapping("/diff")
    DiffReport diff(@RequestParam("from") String from, @RequestParam("to") String to) {
        return diff.diff(from, to);
    }

    @PostMapping("/diff-draft")
    DiffReport diffDraft(@RequestBody DraftBody body) {
        return diff.diffDraft(body == null ? null : body.definitionId(), body == null ? null : body.name(), body == null ? null : body.text());
    }

    /** The findings for one file as the editor holds it; a file that is unsafe or unreadable is refused as its upload would be. */
    @PostMapping("/lint")
    List<Finding> lint(@RequestBody PolicyController.TextFile body) {
        access.tenantForReading(null);
        byte[] content = body == null || body.text() == null ? null : body.text().getBytes(StandardCharsets.UTF_8);
        return PolicyLint.lint(deployments.check(new Upload(body == null ? null : body.name(), content)));
    }
}
