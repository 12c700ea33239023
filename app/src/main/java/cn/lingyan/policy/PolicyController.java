package cn.lingyan.policy;

import cn.lingyan.policy.PolicyDeployments.Change;
import cn.lingyan.policy.PolicyDeployments.Upload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 规则与流程管理 over HTTP Basic: what is in force, its versions and files, the change log; deploy (files from
 * Modeler or an editor) and roll back. A policy owner acts for its own county, the administrator for any county or
 * for the shared default.
 */
@RestController
@RequestMapping("/api/policy")
class PolicyController {

    private final PolicyCatalogue catalogue;
    private final PolicyDeployments deployments;

    PolicyController(PolicyCatalogue catalogue, PolicyDeployments deployments) {
        this.catalogue = catalogue;
        this.deployments = deployments;
    }

    record TextFile(String name, String text) {}

    record DeployBody(String county, String reason, List<TextFile> files) {}

    /** {@code county}: optional, the county a shared version is deployed for (the administrator; a policy owner's is its own). */
    record RollbackBody(String definitionId, String reason, String county) {}

    @GetMapping("/definitions")
    List<PolicyCatalogue.Entry> inForce(@RequestParam(name = "county", required = false) String county) {
        return catalogue.inForce(county);
    }

    @GetMapping("/versions")
    List<PolicyCatalogue.Entry> versions(@RequestParam("kind") String kind, @RequestParam("key") String key,
            @RequestParam(name = "county", required = false) String county) {
        return catalogue.versions(kind, key, county);
    }

    @GetMapping("/definitions/{id}/content")
    PolicyCatalogue.Content content(@PathVariable("id") String id) {
        return catalogue.content(id);
    }

    @GetMapping("/changes")
    List<PolicyChangeRow> changes(@RequestParam(name = "county", required = false) String county) {
        return catalogue.changes(county);
    }

    /** Files as multipart (Modeler, curl), each part named "files". */
    @PostMapping(path = "/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Change deployFiles(@RequestPart("files") List<MultipartFile> files, @RequestParam("reason") String reason,
            @RequestParam(name = "county", required = false) String county) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
        }
        return deployments.deploy(county, uploads, reason);
    }

    /** Files as text (the workbench's editors). */
    @PostMapping(path = "/deployments", consumes = MediaType.APPLICATION_JSON_VALUE)
    Change deployText(@RequestBody DeployBody body) {
        List<Upload> uploads = body == null || body.files() == null ? List.of() : body.files().stream()
                .map(f -> new Upload(f == null ? null : f.name(), f == null || f.text() == null ? null : f.text().getBytes(StandardCharsets.UTF_8)))
                .toList();
        return deployments.deploy(body == null ? null : body.county(), uploads, body == null ? null : body.reason());
    }

    @PostMapping("/rollback")
    Change rollback(@RequestBody RollbackBody body) {
        return deployments.rollback(body == null ? null : body.definitionId(), body == null ? null : body.reason(),
                body == null ? null : body.county());
    }
}
