package cn.lingyan.policy;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 规则与流程管理 · 迁移进行中的案件, over HTTP Basic: the check before (what would move, what cannot and why), the
 * migration itself, and its progress. {@code county} is for the administrator; a policy owner acts for its own.
 */
@RestController
@RequestMapping("/api/policy/migrations")
class PolicyMigrationController {

    private final PolicyMigration migration;

    PolicyMigrationController(PolicyMigration migration) {
        this.migration = migration;
    }

    record PlanBody(String source, String target, String county) {}

    record MigrateBody(String source, String target, String county, String reason) {}

    @PostMapping("/plan")
    PolicyMigration.Plan plan(@RequestBody PlanBody body) {
        return migration.plan(body.source(), body.target(), body.county());
    }

    @PostMapping
    PolicyMigration.Started migrate(@RequestBody MigrateBody body) {
        return migration.execute(body.source(), body.target(), body.county(), body.reason());
    }

    @GetMapping("/{batchId}")
    PolicyMigration.Result result(@PathVariable("batchId") String batchId) {
        return migration.result(batchId);
    }
}
