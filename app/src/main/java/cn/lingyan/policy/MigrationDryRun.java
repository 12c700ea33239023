package cn.lingyan.policy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether one case can move, found by moving it and rolling back. The engine decides most of it only per instance
 * (no instruction for the activity it waits in, a variable that a new scope would overwrite, an asynchronous step in
 * flight, a multi-instance or parallel scope that changed, a listener of a new scope that fails), and the same
 * validators and listeners run again in the batch. Looking only for unmapped active activities would miss the rest and
 * would repeat the engine's rules in our code; the dry run answers with the engine's own report and cannot disagree
 * with the batch. It runs in a transaction of its own that always rolls back: everything a migration writes — the
 * engine's rows and a listener's ledger rows — goes through the one data source, so nothing stays. It costs one
 * migration per case, fine for a county's running cases of a process (tens, not thousands). Must run as the system.
 */
@Component
class MigrationDryRun {

    /** A reason a case cannot move: the activity it concerns (null: the whole case) and the engine's words. */
    record Failure(String activityId, String engineMessage) {}

    /** Set while a dry run runs on this thread: its refusals are answers, not errors to log (see {@link DryRunLogFilter}). */
    private static final ThreadLocal<Boolean> RUNNING = ThreadLocal.withInitial(() -> false);

    private final RuntimeService runtimeService;
    private final TransactionTemplate rolledBack;

    MigrationDryRun(RuntimeService runtimeService, PlatformTransactionManager transactionManager) {
        this.runtimeService = runtimeService;
        this.rolledBack = new TransactionTemplate(transactionManager);
        this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Why {@code processInstanceId} cannot move by {@code plan}; empty when it can. Changes nothing. */
    List<Failure> failures(MigrationPlan plan, String processInstanceId) {
        RUNNING.set(true);
        try {
            rolledBack.executeWithoutResult(status -> {
                status.setRollbackOnly();
                runtimeService.newMigration(plan).processInstanceIds(processInstanceId).execute();
            });
            return List.of();
        } catch (MigratingProcessInstanceValidationException e) {
            return failures(e.getValidationReport());
        } catch (ProcessEngineException e) {
            return List.of(new Failure(null, e.getMessage()));
        } finally {
            RUNNING.remove();
        }
    }

    static boolean running() {
        return RUNNING.get();
    }

    private static List<Failure> failures(MigratingProcessInstanceValidationReport report) {
        List<Failure> failures = new ArrayList<>();
        report.getFailures().forEach(f -> failures.add(new Failure(null, f)));
        for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
            activity.getFailures().forEach(f -> failures.add(new Failure(activity.getSourceScopeId(), f)));
        }
        for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
            transition.getFailures().forEach(f -> failures.add(new Failure(transition.getSourceScopeId(), f)));
        }
        return failures;
    }
}
