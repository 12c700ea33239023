package cn.lingyan.rectification;

import static cn.lingyan.rectification.RectificationForms.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.lingyan.BatchDriver;
import cn.lingyan.EngineTest;
import cn.lingyan.TestData;
import cn.lingyan.policy.PolicyChangeRow;
import cn.lingyan.policy.PolicyDeployments;
import cn.lingyan.policy.PolicyDeployments.Upload;
import cn.lingyan.policy.PolicyLog;
import cn.lingyan.policy.PolicyMigration;
import cn.lingyan.policy.PolicyMigration.ActivityRow;
import cn.lingyan.policy.PolicyMigration.CaseRef;
import cn.lingyan.policy.PolicyMigration.Plan;
import cn.lingyan.policy.PolicyMigration.Result;
import cn.lingyan.policy.PolicyMigration.Started;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import cn.lingyan.refusal.OutOfScopeException;
import cn.lingyan.system.ProcessKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 雁鸣县's policy owner deploys a changed weak-branch-rectification and moves the county's running cases onto it: the
 * check before names, per step, how many cases wait there, where they go and which cannot move and why; the batch
 * moves exactly 雁鸣县's movable cases with their tasks, timers and ledger rows, and they go on along the new version;
 * 鹤山县's case stays on the shared version; the change log keeps the migration.
 */
@EngineTest
class PolicyMigrationOfCasesTest {

    static final String DONGPO = "990101001001";
    static final String LIUXI = "990101001002";
    static final String XINGHUA = "990101002001";
    static final String GAOQIAO = "990102001001";
    static final String POLICY = "yanming-zzb";
    static final String QINGSHAN = "qingshan-dw";

    @Autowired PolicyMigration migration;
    @Autowired PolicyDeployments deployments;
    @Autowired PolicyLog log;
    @Autowired CaseDriver driver;
    @Autowired BatchDriver batches;
    @Autowired RectificationLedger ledger;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired RepositoryService repositoryService;
    @Autowired TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
    }

    @AfterEach
    void removeWorkbenchDeployments() {
        data.removeWorkbenchDeployments();
    }

    @Test
    void yanmingsCasesMoveToItsVersionWithARenamedAndANewStepAndGoOnThere() {
        ProcessInstance dongpo = driver.startCase(DONGPO, QINGSHAN);
        ProcessInstance liuxi = screened(LIUXI, QINGSHAN);
        ProcessInstance xinghua = rectifying(XINGHUA, "baishui-dw", "xinghua-sj");
        ProcessInstance gaoqiao = driver.startCase(GAOQIAO, "songlin-dw");
        List<String> yanming = List.of(dongpo.getId(), liuxi.getId(), xinghua.getId());
        String shared = dongpo.getProcessDefinitionId();
        Map<String, String> tasksBefore = openTasks(yanming);
        List<CaseRow> ledgerBefore = ledger.findCasesUnder("990101");
        Date deadline = dueDate(xinghua, "Event_DeadlineReached");
        Date visit = dueDate(xinghua, "Event_LeaderVisitDue");
        String target = deploy(POLICY, RectificationModels.renamedAndExtended(), "县委组织部文件：排查后增加乡镇复核，进展改为半月报送");

        Plan plan = data.as(POLICY, () -> migration.plan(shared, target));

        assertThat(plan.tenantId()).isEqualTo("990101");
        assertThat(plan.instances()).isEqualTo(3);
        assertThat(plan.blocked()).isZero();
        assertThat(plan.planProblems()).isEmpty();
        assertThat(plan.movable()).extracting(CaseRef::processInstanceId).containsExactlyInAnyOrderElementsOf(yanming);
        assertThat(plan.activities()).extracting(ActivityRow::activityId)
                .containsExactly("Task_ScreenVillage", "Task_ConfirmWeakBranch", "Task_RequestAcceptance", "Event_DeadlineReached");
        assertThat(plan.activities()).allSatisfy(row -> {
            assertThat(row.instances()).isEqualTo(1);
            assertThat(row.mapped()).isTrue();
            assertThat(row.targetActivityId()).isEqualTo(row.activityId());
            assertThat(row.blocked()).isEmpty();
        });
        assertThat(row(plan, "Task_ConfirmWeakBranch").name()).isEqualTo("县委组织部确认软弱涣散村党组织");
        assertThat(row(plan, "Task_ConfirmWeakBranch").targetName()).isEqualTo("县委组织部审定软弱涣散村党组织");
        assertThat(data.as("admin", () -> migration.plan(shared, target)).instances()).isEqualTo(3);

        Started started = data.as(POLICY, () -> migration.execute(shared, target, "县委组织部文件：在途案件改按本县流程办理"));
        assertThat(started.submitted()).extracting(CaseRef::processInstanceId).containsExactlyInAnyOrderElementsOf(yanming);
        assertThat(definitionOf(dongpo)).isEqualTo(shared);
        assertThat(data.as(POLICY, () -> migration.result(started.batchId())).done()).isFalse();
        batches.run(started.batchId());

        Result result = data.as(POLICY, () -> migration.result(started.batchId()));
        assertThat(result.done()).isTrue();
        assertThat(result.moved()).isEqualTo(3);
        assertThat(result.failed()).isZero();
        assertThat(yanming).allSatisfy(id -> assertThat(definitionOf(id)).isEqualTo(target));
        assertThat(definitionOf(gaoqiao)).isEqualTo(shared);
        assertThat(openTasks(yanming)).isEqualTo(tasksBefore);
        assertThat(taskService.createTaskQuery().processInstanceIdIn(yanming.toArray(String[]::new)).list())
                .allSatisfy(t -> assertThat(t.getProcessDefinitionId()).isEqualTo(target));
        assertThat(ledger.findCasesUnder("990101")).isEqualTo(ledgerBefore);
        // unchanged timers keep their dates; the report cycle the county changed starts anew
        assertThat(dueDate(xinghua, "Event_DeadlineReached")).isEqualTo(deadline);
        assertThat(dueDate(xinghua, "Event_LeaderVisitDue")).isEqualTo(visit);
        assertThat(Duration.between(Instant.now(), dueDate(xinghua, "Event_MonthlyReportDue").toInstant()).toDays())
                .isCloseTo(15, within(1L));

        driver.complete(dongpo, "Task_ScreenVillage", QINGSHAN, screening());
        assertThat(driver.task(dongpo, "Task_ReviewScreening").getProcessDefinitionId()).isEqualTo(target);
        // the engine moves an open task as it is: it keeps the name it was created with until it is done
        assertThat(driver.task(liuxi, "Task_ConfirmWeakBranch").getName()).isEqualTo("县委组织部确认软弱涣散村党组织");
        driver.complete(liuxi, "Task_ConfirmWeakBranch", POLICY, confirm("CONFIRM"));
        assertThat(driver.task(liuxi, "Task_AssignFourOnes").getProcessDefinitionId()).isEqualTo(target);
        driver.complete(xinghua, "Task_RequestAcceptance", "baishui-dw", requestAcceptance());
        assertThat(driver.task(xinghua, "Task_AcceptCase").getProcessDefinitionId()).isEqualTo(target);
        driver.complete(gaoqiao, "Task_ScreenVillage", "songlin-dw", screening());
        assertThat(driver.task(gaoqiao, "Task_ConfirmWeakBranch").getName()).isEqualTo("县委组织部确认软弱涣散村党组织");
        assertThat(definitionOf(gaoqiao)).isEqualTo(shared);

        PolicyChangeRow row = log.findByDeployment(started.batchId());
        assertThat(row.kind()).isEqualTo("MIGRATE");
        assertThat(row.actor()).isEqualTo(POLICY);
        assertThat(row.tenantId()).isEqualTo("990101");
        assertThat(row.reason()).isEqualTo("县委组织部文件：在途案件改按本县流程办理");
        assertThat(row.resources()).startsWith("weak-branch-rectification：3件").contains(ledgerBefore.get(0).businessKey());
        assertThat(row.versionsBefore()).contains("全省通用");
        assertThat(row.versionsAfter()).contains("1.1.0").contains("本县");
    }

    @Test
    void casesWaitingAtARemovedStepCannotMoveAndGoOnWhereTheyAre() {
        ProcessInstance dongpo = driver.startCase(DONGPO, QINGSHAN);
        ProcessInstance liuxi = screened(LIUXI, QINGSHAN);
        ProcessInstance gaoqiao = driver.startCase(GAOQIAO, "songlin-dw");
        String shared = dongpo.getProcessDefinitionId();
        String target = deploy(POLICY, RectificationModels.withoutTownshipScreening(), "县委组织部文件：排查结果由年度排查提供，取消逐村排查");

        Plan plan = data.as(POLICY, () -> migration.plan(shared, target));

        assertThat(plan.instances()).isEqualTo(2);
        assertThat(plan.blocked()).isEqualTo(1);
        assertThat(plan.movable()).extracting(CaseRef::processInstanceId).containsExactly(liuxi.getId());
        ActivityRow screening = row(plan, "Task_ScreenVillage");
        assertThat(screening.name()).isEqualTo("乡镇党委逐村排查");
        assertThat(screening.instances()).isEqualTo(1);
        assertThat(screening.mapped()).isFalse();
        assertThat(screening.targetActivityId()).isNull();
        assertThat(screening.blocked()).singleElement().satisfies(b -> {
            assertThat(b.processInstanceId()).isEqualTo(dongpo.getId());
            assertThat(b.businessKey()).startsWith(DONGPO);
            assertThat(b.reason()).contains("新版本中没有与此环节对应的环节");
            assertThat(b.engineMessage()).contains("There is no migration instruction for this instance's activity");
        });
        assertThat(row(plan, "Task_ConfirmWeakBranch").blocked()).isEmpty();

        Started started = data.as(POLICY, () -> migration.execute(shared, target, "把能迁的案件迁到本县流程"));
        assertThat(started.submitted()).extracting(CaseRef::processInstanceId).containsExactly(liuxi.getId());
        assertThat(started.blocked()).isEqualTo(1);
        batches.run(started.batchId());

        assertThat(definitionOf(liuxi)).isEqualTo(target);
        assertThat(definitionOf(dongpo)).isEqualTo(shared);
        assertThat(definitionOf(gaoqiao)).isEqualTo(shared);
        driver.complete(dongpo, "Task_ScreenVillage", QINGSHAN, screening());
        assertThat(driver.task(dongpo, "Task_ConfirmWeakBranch").getProcessDefinitionId()).isEqualTo(shared);
    }

    @Test
    void migrationsOutsideTheCallersRulesOrWithoutReasonOrCasesAreRefusedAndNothingIsLogged() {
        ProcessInstance dongpo = driver.startCase(DONGPO, QINGSHAN);
        String shared = dongpo.getProcessDefinitionId();
        String target = deploy(POLICY, RectificationModels.renamedAndExtended(), "雁鸣县增加复核环节");
        String heshan = deploy("heshan-zzb", RectificationModels.renamedAndExtended(), "鹤山县增加复核环节");
        String screening = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.WEAK_BRANCH_SCREENING)
                .withoutTenantId().latestVersion().singleResult().getId();

        assertThatThrownBy(() -> data.as(POLICY, () -> migration.plan(shared, screening)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20020").hasMessageContaining("同一流程");
        assertThatThrownBy(() -> data.as(POLICY, () -> migration.plan(shared, "weak-branch-rectification:99:none")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("LY-20010");
        assertThatThrownBy(() -> data.as(POLICY, () -> migration.plan(shared, heshan)))
                .isInstanceOf(OutOfScopeException.class).hasMessageContaining("990102");
        assertThatThrownBy(() -> data.as(QINGSHAN, () -> migration.plan(shared, target)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> data.as("admin", () -> migration.plan(shared, target, "990102")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不一致");
        assertThatThrownBy(() -> data.as(POLICY, () -> migration.execute(shared, target, "迁移")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20020").hasMessageContaining("迁移理由");
        assertThatThrownBy(() -> data.as(POLICY, () -> migration.execute(target, shared, "迁回全省通用版本")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("没有要迁移");

        assertThat(log.findChanges(null, 10)).extracting(PolicyChangeRow::kind).containsOnly("DEPLOY");
        assertThat(managementService.createBatchQuery().count()).isZero();
        assertThat(definitionOf(dongpo)).isEqualTo(shared);
    }

    private ProcessInstance screened(String village, String township) {
        ProcessInstance instance = driver.startCase(village, township);
        driver.complete(instance, "Task_ScreenVillage", township, screening());
        return instance;
    }

    private ProcessInstance rectifying(String village, String township, String firstSecretary) {
        ProcessInstance instance = screened(village, township);
        driver.complete(instance, "Task_ConfirmWeakBranch", POLICY, confirm("CONFIRM"));
        driver.complete(instance, "Task_AssignFourOnes", POLICY, fourOnes("yanming-ld", firstSecretary));
        driver.complete(instance, "Task_DraftPlan", firstSecretary, plan());
        driver.complete(instance, "Task_ApprovePlan", township, review("APPROVE"));
        return instance;
    }

    private String deploy(String user, String bpmn, String reason) {
        var change = data.as(user, () -> deployments.deploy(null,
                List.of(new Upload("weak-branch-rectification.bpmn", bpmn.getBytes(StandardCharsets.UTF_8))), reason));
        return repositoryService.createProcessDefinitionQuery().deploymentId(change.deploymentId())
                .processDefinitionKey(ProcessKeys.WEAK_BRANCH_RECTIFICATION).singleResult().getId();
    }

    private static ActivityRow row(Plan plan, String activityId) {
        return plan.activities().stream().filter(r -> r.activityId().equals(activityId)).findFirst().orElseThrow();
    }

    private Map<String, String> openTasks(List<String> instanceIds) {
        return taskService.createTaskQuery().processInstanceIdIn(instanceIds.toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(Task::getId, Task::getTaskDefinitionKey));
    }

    private Date dueDate(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers()
                .singleResult().getDuedate();
    }

    private String definitionOf(ProcessInstance instance) {
        return definitionOf(instance.getId());
    }

    private String definitionOf(String instanceId) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult().getProcessDefinitionId();
    }
}
