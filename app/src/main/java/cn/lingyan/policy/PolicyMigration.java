package cn.lingyan.policy;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.org.People;
import cn.lingyan.policy.MigrationAssessment.Assessment;
import cn.lingyan.policy.MigrationAssessment.Scope;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves a county's running cases of a process to another version of it — typically from the shared default to the
 * version the county's policy owner just deployed (a case belongs to its county's tenant, and Camunda lets a case of
 * tenant X move to a version of X or to a shared one). {@link #plan} tells, activity by activity, how many of the
 * county's cases wait there, where they go and which cannot move and why; {@link #execute} moves the movable ones as a
 * Camunda batch (each case in its own job and transaction, retried, visible in Cockpit) and logs the change;
 * {@link #result} reports the batch. A policy owner holds no engine rights on cases: the engine work runs as the
 * system, after the caller's right to change the county's rules is checked.
 */
@Service
public class PolicyMigration {

    static final String KIND = "MIGRATE";

    public record Plan(String processKey, String sourceDefinitionId, String source, String targetDefinitionId, String target,
            String tenantId, int instances, List<CaseRef> movable, int blocked, List<PlanProblem> planProblems,
            List<ActivityRow> activities) {}

    public record CaseRef(String processInstanceId, String businessKey) {}

    /** An activity of the source where cases wait: how many, what it maps to, which cases cannot move and why. */
    public record ActivityRow(String activityId, String name, int instances, boolean mapped, String targetActivityId,
            String targetName, List<Blocked> blocked) {}

    public record Blocked(String processInstanceId, String businessKey, String reason, String engineMessage) {}

    /** An instruction of the plan the engine refused (then no case moves). */
    public record PlanProblem(String sourceActivityId, String targetActivityId, String reason, String engineMessage) {}

    public record Started(String batchId, String tenantId, String sourceDefinitionId, String targetDefinitionId,
            List<CaseRef> submitted, int blocked) {}

    /** A migration batch so far: one case per batch job (the engine's default invocationsPerBatchJob). */
    public record Result(String batchId, String tenantId, boolean done, int total, int moved, int failed, int pending,
            List<BatchFailure> failures) {}

    public record BatchFailure(String processInstanceId, List<String> reasons, String engineMessage, boolean willRetry) {}

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final HistoryService historyService;
    private final SystemAccess systemAccess;
    private final PolicyAccess access;
    private final MigrationAssessment assessment;
    private final PolicyLog log;
    private final People people;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PolicyMigration(RepositoryService repositoryService, RuntimeService runtimeService, ManagementService managementService,
            HistoryService historyService, SystemAccess systemAccess, PolicyAccess access, MigrationAssessment assessment,
            PolicyLog log, People people, Clock clock, PlatformTransactionManager transactionManager) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.historyService = historyService;
        this.systemAccess = systemAccess;
        this.access = access;
        this.assessment = assessment;
        this.log = log;
        this.people = people;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** {@link #plan(String, String, String)} for the caller's own county. */
    public Plan plan(String sourceDefinitionId, String targetDefinitionId) {
        return plan(sourceDefinitionId, targetDefinitionId, null);
    }

    /** {@link #execute(String, String, String, String)} for the caller's own county. */
    public Started execute(String sourceDefinitionId, String targetDefinitionId, String reason) {
        return execute(sourceDefinitionId, targetDefinitionId, null, reason);
    }

    /**
     * What moving the cases from {@code sourceDefinitionId} to {@code targetDefinitionId} would do, changing nothing.
     * The cases are the caller's county's; the administrator's are those of {@code county}, of the target's or
     * source's county, or else of every county.
     */
    public Plan plan(String sourceDefinitionId, String targetDefinitionId, String county) {
        Scope scope = scope(sourceDefinitionId, targetDefinitionId, county);
        return systemAccess.asSystem(() -> assessment.assess(scope)).report();
    }

    /** Starts moving every case the plan finds movable, as one batch, and logs it with {@code reason}. */
    public Started execute(String sourceDefinitionId, String targetDefinitionId, String county, String reason) {
        Scope scope = scope(sourceDefinitionId, targetDefinitionId, county);
        String why = reason(reason);
        String actor = people.requireCurrentUserId();
        Assessment assessed = systemAccess.asSystem(() -> assessment.assess(scope));
        Plan plan = assessed.report();
        if (!plan.planProblems().isEmpty()) {
            throw refused("迁移方案未通过引擎校验：" + plan.planProblems().stream().map(PlanProblem::reason).distinct()
                    .collect(Collectors.joining("；")));
        }
        if (assessed.movable().isEmpty()) {
            throw refused(plan.instances() == 0 ? "源版本上没有要迁移的进行中案件"
                    : "源版本上的" + plan.instances() + "件进行中案件都不能迁移，原因见迁移预检");
        }
        Batch batch = systemAccess.asSystem(() -> transaction.execute(status -> {
            Batch started = runtimeService.newMigration(assessed.plan()).processInstanceIds(assessed.movable()).executeAsync();
            log.insertChange(new PolicyChangeRow(null, started.getId(), scope.tenant(), KIND, actor, why, resources(plan),
                    plan.source(), plan.target(), OffsetDateTime.now(clock)));
            return started;
        }));
        return new Started(batch.getId(), scope.tenant(), plan.sourceDefinitionId(), plan.targetDefinitionId(), plan.movable(),
                plan.blocked());
    }

    /** How far the batch of a migration this caller may see has come, with the engine's reasons for failed cases. */
    public Result result(String batchId) {
        access.tenantForChange(null);
        PolicyChangeRow row = batchId == null ? null : log.findByDeployment(batchId);
        if (row == null || !KIND.equals(row.kind())) {
            throw new NotFoundException("迁移批次 " + batchId);
        }
        access.requireMayChange(row.tenantId());
        return systemAccess.call(() -> {
            BatchStatistics batch = managementService.createBatchStatisticsQuery().batchId(batchId).singleResult();
            if (batch == null) {
                HistoricBatch finished = historyService.createHistoricBatchQuery().batchId(batchId).singleResult();
                int total = finished == null ? 0 : finished.getTotalJobs();
                return new Result(batchId, row.tenantId(), true, total, total, 0, 0, List.of());
            }
            List<BatchFailure> failures = managementService.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId())
                    .withException().list().stream()
                    .map(job -> new BatchFailure(MigrationReasons.instanceIn(job.getExceptionMessage()),
                            MigrationReasons.chineseLines(job.getExceptionMessage()), job.getExceptionMessage(), job.getRetries() > 0))
                    .toList();
            return new Result(batchId, row.tenantId(), false, batch.getTotalJobs(), batch.getCompletedJobs(), batch.getFailedJobs(),
                    batch.getRemainingJobs() - batch.getFailedJobs(), failures);
        });
    }

    /**
     * Which cases a request is about. The caller must own the rules of its county (the administrator: of any), and of
     * the county of either version if it is a county's own; both versions are of one process.
     */
    private Scope scope(String sourceDefinitionId, String targetDefinitionId, String county) {
        String caller = access.tenantForChange(county);
        if (sourceDefinitionId == null || sourceDefinitionId.isBlank() || targetDefinitionId == null || targetDefinitionId.isBlank()) {
            throw refused("请选择要迁出的版本（source）和要迁入的版本（target）");
        }
        ProcessDefinition source = definition(sourceDefinitionId.trim());
        ProcessDefinition target = definition(targetDefinitionId.trim());
        if (!source.getKey().equals(target.getKey())) {
            throw refused("源版本属于流程“" + source.getKey() + "”，目标版本属于流程“" + target.getKey() + "”，只能在同一流程的版本之间迁移");
        }
        if (source.getId().equals(target.getId())) {
            throw refused("源版本和目标版本是同一个版本");
        }
        Stream.of(source.getTenantId(), target.getTenantId()).filter(Objects::nonNull).forEach(access::requireMayChange);
        List<String> counties = Stream.of(target.getTenantId(), source.getTenantId(), caller).filter(Objects::nonNull).distinct().toList();
        if (counties.size() > 1) {
            throw refused("源版本、目标版本和要迁移的县不一致（" + String.join("、", counties) + "）：案件只能迁到本县的版本或全省通用版本");
        }
        return new Scope(source, target, counties.isEmpty() ? null : counties.get(0));
    }

    private ProcessDefinition definition(String id) {
        ProcessDefinition definition = systemAccess.call(() -> repositoryService.createProcessDefinitionQuery().processDefinitionId(id)
                .singleResult());
        if (definition == null) {
            throw new NotFoundException("流程版本 " + id);
        }
        return definition;
    }

    /** "weak-branch-rectification：3件（990101001001-2026-rectification、…）", within the log's column. */
    private static String resources(Plan plan) {
        String text = plan.processKey() + "：" + plan.movable().size() + "件（"
                + plan.movable().stream().map(c -> Objects.toString(c.businessKey(), c.processInstanceId())).collect(Collectors.joining("、")) + "）";
        return text.length() > 2000 ? text.substring(0, 1998) + "…）" : text;
    }

    private static String reason(String reason) {
        String text = reason == null ? "" : reason.trim();
        if (text.length() < 4) {
            throw refused("请填写迁移理由（至少4个字），例如依据的文件和迁移的范围");
        }
        if (text.length() > 500) {
            throw refused("迁移理由不能超过500字");
        }
        return text;
    }

    private static InvalidInputException refused(String why) {
        return new InvalidInputException(ErrorCode.MIGRATION_REFUSED, why);
    }
}
