package cn.lingyan.approval;

import static cn.lingyan.deliberation.DeliberationForms.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lingyan.EngineTest;
import cn.lingyan.ProcessDriver;
import cn.lingyan.TestData;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import cn.lingyan.refusal.OutOfScopeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The approval operations on the real engine, as the demo users of a 四议两公开 matter (a linear process). */
@EngineTest
class TaskOperationsTest {

    static final String KEY = "four-deliberations-two-disclosures";
    static final String COMMITTEES = "dongpo-lw";
    static final String BRANCH = "dongpo-zb";
    static final String TOWNSHIP = "qingshan-dw";
    static final String SECOND_CLERK = "dongpo-lw2";

    @Autowired TaskOperations operations;
    @Autowired ProcessDriver driver;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.FormService formService;
    @Autowired IdentityService identityService;
    @Autowired ApprovalLog log;
    @Autowired TestData data;

    @BeforeEach
    void reset() {
        data.reset();
        if (identityService.createUserQuery().userId(SECOND_CLERK).count() == 0) {
            User user = identityService.newUser(SECOND_CLERK);
            user.setFirstName("东坡村");
            user.setLastName("村“两委”文书");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(SECOND_CLERK, "990101001001-committees");
        }
    }

    @AfterEach
    void signOut() {
        data.actAsSystem();
    }

    @Test
    void commentsAndCompletedStepsFormTheTimeline() {
        ProcessInstance matter = registerAndMeet();
        Task review = driver.task(matter, "Task_PartyMembersReview");
        as(BRANCH, () -> {
            operations.comment(review.getId(), "请补充预算明细");
            return null;
        });
        List<TaskOperations.TimelineEntry> timeline = as(BRANCH, () -> operations.timeline(review.getId()));
        assertThat(timeline).extracting(TaskOperations.TimelineEntry::kind).containsExactly("COMPLETED", "COMMENT");
        assertThat(timeline.get(0).step()).isEqualTo("村党组织提议并经“两委”商议");
        assertThat(timeline.get(1).text()).isEqualTo("请补充预算明细");
        assertThat(timeline.get(1).actorName()).isEqualTo("东坡村 村党组织");
        // another village sees nothing of it
        assertThatThrownBy(() -> as("xinghua-zb", () -> operations.timeline(review.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(BRANCH, () -> {
            operations.comment(review.getId(), " ");
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20017").hasMessageContaining("请填写审批意见");
    }

    @Test
    void returnSendsTheCaseBackToWhoeverCompletedThePreviousStep() {
        ProcessInstance matter = registerAndMeet();
        Task review = driver.task(matter, "Task_PartyMembersReview");
        assertThatThrownBy(() -> as(BRANCH, () -> {
            operations.returnTask(review.getId(), "");
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("退回理由");
        as(BRANCH, () -> {
            operations.returnTask(review.getId(), "会议纪要缺少表决情况");
            return null;
        });

        Task back = driver.task(matter, "Task_ProposeAndDeliberate");
        assertThat(back.getAssignee()).isEqualTo(COMMITTEES);
        assertThat(taskService.getVariableLocal(back.getId(), "returnReason")).isEqualTo("会议纪要缺少表决情况");
        assertThat(driver.tasks(matter, "Task_PartyMembersReview")).isEmpty();
        assertThat(log.findNotifications(COMMITTEES)).extracting(NotificationRow::kind).contains("RETURN");
        assertThat(as(COMMITTEES, () -> operations.timeline(back.getId()))).extracting(TaskOperations.TimelineEntry::kind)
                .contains("RETURN", "COMMENT");
        // the first step has nothing to go back to
        assertThatThrownBy(() -> as(COMMITTEES, () -> {
            operations.returnTask(back.getId(), "再退");
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("没有可退回的上一步");
    }

    @Test
    void transferAndDelegateStayWithinTheTasksCandidates() {
        ProcessInstance matter = driver.start(KEY, BRANCH, register("PUBLIC_WORKS", false, true, false));
        Task joint = driver.task(matter, "Task_ProposeAndDeliberate");
        assertThat(as(COMMITTEES, () -> operations.candidates(joint.getId()))).extracting(TaskOperations.Candidate::id)
                .containsExactlyInAnyOrder(COMMITTEES, SECOND_CLERK);
        assertThatThrownBy(() -> as(COMMITTEES, () -> {
            operations.transfer(joint.getId(), "xinghua-lw", "请代办");
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("不是本任务的候选办理人");
        assertThatThrownBy(() -> as(BRANCH, () -> {
            operations.transfer(joint.getId(), SECOND_CLERK, "请代办");
            return null;
        })).isInstanceOf(NotFoundException.class);

        as(COMMITTEES, () -> {
            operations.transfer(joint.getId(), SECOND_CLERK, "本人外出学习，请代为组织会议");
            return null;
        });
        assertThat(driver.task(matter, "Task_ProposeAndDeliberate").getAssignee()).isEqualTo(SECOND_CLERK);
        // the former candidate no longer works the task
        assertThatThrownBy(() -> as(COMMITTEES, () -> {
            operations.delegate(joint.getId(), SECOND_CLERK, "x");
            return null;
        })).isInstanceOf(OutOfScopeException.class);

        as(SECOND_CLERK, () -> {
            operations.delegate(joint.getId(), COMMITTEES, "请先整理会议纪要，回来由我确认");
            return null;
        });
        Task delegated = driver.task(matter, "Task_ProposeAndDeliberate");
        assertThat(delegated.getDelegationState()).isEqualTo(DelegationState.PENDING);
        assertThat(delegated.getOwner()).isEqualTo(SECOND_CLERK);
        assertThat(delegated.getAssignee()).isEqualTo(COMMITTEES);
        assertThat(log.findAuditOfTask(joint.getId())).extracting(AuditRow::kind).containsExactly("TRANSFER", "DELEGATE");
        // the delegate submits the form as Tasklist does: the task comes back to its owner to confirm, the case waits
        data.actAs(COMMITTEES);
        try {
            formService.submitTaskForm(joint.getId(), ProcessDriver.asSubmitted(joint(meeting(9, 8, 7, 1, 0))));
        } finally {
            data.actAsSystem();
        }
        Task resolved = driver.task(matter, "Task_ProposeAndDeliberate");
        assertThat(resolved.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
        assertThat(resolved.getAssignee()).isEqualTo(SECOND_CLERK);
    }

    @Test
    void copiesGoOnlyToTheCasesOwnUnitsAndTheirRecipientsSeeThem() {
        ProcessInstance matter = driver.start(KEY, BRANCH, register("PUBLIC_WORKS", false, true, false));
        Task joint = driver.task(matter, "Task_ProposeAndDeliberate");
        assertThatThrownBy(() -> as(COMMITTEES, () -> {
            operations.cc(joint.getId(), List.of("baishui-dw"), List.of(), "请阅");
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("不在本事项所属单位");
        assertThatThrownBy(() -> as(COMMITTEES, () -> {
            operations.cc(joint.getId(), List.of(), List.of("990101002-party-committee"), "请阅");
            return null;
        })).isInstanceOf(InvalidInputException.class);

        as(COMMITTEES, () -> {
            operations.cc(joint.getId(), List.of(TOWNSHIP), List.of("990101001001-supervision"), "请乡镇和监委会知悉");
            return null;
        });
        assertThat(as(TOWNSHIP, () -> operations.copiesForMe())).singleElement().satisfies(cc -> {
            assertThat(cc.caseTitle()).isEqualTo("村道硬化工程");
            assertThat(cc.villageName()).isEqualTo("东坡村");
        });
        assertThat(as("dongpo-jd", () -> operations.copiesForMe())).hasSize(1);
        assertThat(as("baishui-dw", () -> operations.copiesForMe())).isEmpty();
        List<NotificationRow> notes = as(TOWNSHIP, () -> operations.notifications());
        assertThat(notes).singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo("CC"));
        as(TOWNSHIP, () -> {
            operations.markRead(notes.get(0).id());
            return null;
        });
        assertThat(as(TOWNSHIP, () -> operations.notifications()).get(0).readAt()).isNotNull();
        assertThatThrownBy(() -> as("baishui-dw", () -> {
            operations.markRead(notes.get(0).id());
            return null;
        })).isInstanceOf(NotFoundException.class);
    }

    @Test
    void urgingReachesTheCandidatesOnceAnHour() {
        ProcessInstance matter = driver.start(KEY, BRANCH, register("PUBLIC_WORKS", false, true, false));
        Task joint = driver.task(matter, "Task_ProposeAndDeliberate");
        // only those who can see the task may urge it: the branch does not see the committees' task
        assertThatThrownBy(() -> as(BRANCH, () -> {
            operations.urge(joint.getId(), "本周内召开");
            return null;
        })).isInstanceOf(NotFoundException.class);
        as(SECOND_CLERK, () -> {
            operations.urge(joint.getId(), "本周内召开");
            return null;
        });
        assertThat(log.findNotifications(COMMITTEES)).extracting(NotificationRow::kind).containsExactly("URGE");
        assertThat(log.findNotifications(SECOND_CLERK)).extracting(NotificationRow::kind).containsExactly("URGE");
        assertThatThrownBy(() -> as(COMMITTEES, () -> {
            operations.urge(joint.getId(), "再催");
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20018");
    }

    @Test
    void aCompletedStepCanBeTakenBackUntilTheNextStepIsTouched() {
        ProcessInstance matter = registerAndMeet();
        List<TaskOperations.Withdrawable> mine = as(COMMITTEES, () -> operations.withdrawable());
        assertThat(mine).singleElement().satisfies(w -> assertThat(w.name()).isEqualTo("村党组织提议并经“两委”商议"));
        as(COMMITTEES, () -> {
            operations.withdraw(mine.get(0).historicTaskId(), "表决人数填错");
            return null;
        });
        Task back = driver.task(matter, "Task_ProposeAndDeliberate");
        assertThat(back.getAssignee()).isEqualTo(COMMITTEES);
        assertThat(driver.tasks(matter, "Task_PartyMembersReview")).isEmpty();

        driver.complete(back, COMMITTEES, joint(meeting(9, 8, 7, 1, 0)));
        Task review = driver.task(matter, "Task_PartyMembersReview");
        taskService.claim(review.getId(), BRANCH);
        assertThat(as(COMMITTEES, () -> operations.withdrawable())).isEmpty();
        String historicId = back.getId();
        assertThatThrownBy(() -> as(COMMITTEES, () -> {
            operations.withdraw(historicId, "再撤");
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("下一步已有人办理");
        assertThatThrownBy(() -> as(BRANCH, () -> {
            operations.withdraw(historicId, "不是我的");
            return null;
        })).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theTownshipConfirmsSeveralPostingsAtOnceWhereTheProcessAllowsIt() {
        ProcessInstance first = toResolutionReview("村道硬化工程");
        ProcessInstance second = toResolutionReview("修建文化广场");
        List<String> reviews = List.of(driver.task(first, "Task_ReviewResolutionPosting").getId(),
                driver.task(second, "Task_ReviewResolutionPosting").getId());
        List<TaskOperations.BatchGroup> groups = as(TOWNSHIP, () -> operations.batchable());
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("乡镇审核决议公开");
            assertThat(g.label()).contains("公示期满无投诉");
            assertThat(g.tasks()).extracting(TaskOperations.BatchTask::caseTitle).containsExactly("村道硬化工程", "修建文化广场");
        });
        assertThat(as("baishui-dw", () -> operations.batchable())).isEmpty();
        assertThatThrownBy(() -> as(TOWNSHIP, () -> operations.batchConfirm(reviews, " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("办理意见");
        List<TaskOperations.BatchResult> results = as(TOWNSHIP, () -> operations.batchConfirm(reviews, "公开规范，期满无投诉"));
        assertThat(results).allMatch(TaskOperations.BatchResult::ok);
        assertThat(driver.tasks(first, "Task_SuperviseImplementation")).hasSize(1);
        assertThat(driver.tasks(second, "Task_SuperviseImplementation")).hasSize(1);
        assertThat(log.findAuditOfTask(reviews.get(0))).extracting(AuditRow::kind).containsExactly("BATCH");

        ProcessInstance third = driver.start(KEY, BRANCH, with(register("PUBLIC_WORKS", false, true, false), "matterTitle", "其他"));
        String joint = driver.task(third, "Task_ProposeAndDeliberate").getId();
        assertThatThrownBy(() -> as(COMMITTEES, () -> operations.batchConfirm(List.of(joint), "一并办理")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("流程未允许批量办理");
    }

    @Test
    void stepsOfAParallelReviewAreNeitherReturnedToNorWithdrawn() {
        ProcessInstance vetting = driver.start("secretary-candidate-vetting", BRANCH, cn.lingyan.vetting.VettingTestForms.nomination());
        driver.complete(vetting, "Task_VillageCheck", BRANCH, cn.lingyan.vetting.VettingTestForms.villageCheck());
        driver.complete(vetting, "Task_TownshipReview", TOWNSHIP, cn.lingyan.vetting.VettingTestForms.townshipReview());
        Task launch = driver.task(vetting, "Task_LaunchJointReview");
        taskService.claim(launch.getId(), "yanming-zzb");
        driver.complete(launch, "yanming-zzb", cn.lingyan.vetting.VettingTestForms.launchAll());
        // the launch fanned out to eight parallel department steps: not something to take back in one piece
        assertThat(as("yanming-zzb", () -> operations.withdrawable())).isEmpty();
        for (Task department : driver.tasks(vetting, "Task_DepartmentReview")) {
            data.actAsSystem();
            String member = identityService.createUserQuery().memberOfGroup(taskService.getIdentityLinksForTask(department.getId())
                    .stream().filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId()).list().get(0).getId();
            taskService.claim(department.getId(), member);
            driver.complete(department, member, cn.lingyan.vetting.VettingTestForms.noHit());
        }
        Task notice = driver.task(vetting, "Task_PublishNotice");
        assertThatThrownBy(() -> as(BRANCH, () -> {
            operations.returnTask(notice.getId(), "退回联审");
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20017");
        Task department = driver.tasks(vetting, "Task_DepartmentReview").stream().findFirst().orElse(null);
        assertThat(department).as("all departments answered").isNull();
    }

    // ---------------------------------------------------------------- helpers

    ProcessInstance registerAndMeet() {
        ProcessInstance matter = driver.start(KEY, BRANCH, register("PUBLIC_WORKS", false, true, false));
        Task joint = driver.task(matter, "Task_ProposeAndDeliberate");
        taskService.claim(joint.getId(), COMMITTEES);
        driver.complete(joint, COMMITTEES, joint(meeting(9, 8, 7, 1, 0)));
        return matter;
    }

    ProcessInstance toResolutionReview(String title) {
        ProcessInstance matter = driver.start(KEY, BRANCH, with(register("PUBLIC_WORKS", false, true, false), "matterTitle", title));
        driver.complete(matter, "Task_ProposeAndDeliberate", COMMITTEES, joint(meeting(9, 8, 7, 1, 0)));
        driver.complete(matter, "Task_PartyMembersReview", BRANCH, review(meeting(40, 30, 25, 5, 0)));
        driver.complete(matter, "Task_Resolution", COMMITTEES, resolution(meeting(600, 400, 300, 50, 50), "ADULTS"));
        driver.complete(matter, "Task_DiscloseResolution", COMMITTEES, disclosure(LocalDate.now().minusDays(7)));
        return matter;
    }

    <T> T as(String user, Supplier<T> work) {
        return data.as(user, work);
    }
}
