package cn.lingyan.approval;

import static cn.lingyan.approval.TestMatters.*;
import static cn.lingyan.deliberation.DeliberationForms.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lingyan.EngineTest;
import cn.lingyan.ProcessDriver;
import cn.lingyan.TestData;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import cn.lingyan.vetting.VettingTestForms;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 退回 and 撤回 on the real engine: back one step to whoever did it, never a piece of a parallel review. */
@EngineTest
class TaskRewindTest {

    @Autowired TaskRewind rewind;
    @Autowired TaskTimeline timeline;
    @Autowired TestMatters matters;
    @Autowired ProcessDriver driver;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ApprovalLog log;
    @Autowired TestData data;

    @BeforeEach
    void reset() {
        matters.reset();
    }

    @AfterEach
    void signOut() {
        matters.signOut();
    }

    @Test
    void returnSendsTheCaseBackToWhoeverCompletedThePreviousStep() {
        ProcessInstance matter = matters.registeredAndMet();
        Task review = driver.task(matter, "Task_PartyMembersReview");
        assertThatThrownBy(() -> matters.act(BRANCH, () -> rewind.returnTask(review.getId(), "")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("退回理由");
        matters.act(BRANCH, () -> rewind.returnTask(review.getId(), "会议纪要缺少表决情况"));

        Task back = driver.task(matter, "Task_ProposeAndDeliberate");
        assertThat(back.getAssignee()).isEqualTo(COMMITTEES);
        assertThat(taskService.getVariableLocal(back.getId(), "returnReason")).isEqualTo("会议纪要缺少表决情况");
        assertThat(driver.tasks(matter, "Task_PartyMembersReview")).isEmpty();
        assertThat(log.findNotifications(COMMITTEES)).extracting(NotificationRow::kind).contains("RETURN");
        assertThat(matters.as(COMMITTEES, () -> timeline.timeline(back.getId()))).extracting(TaskTimeline.TimelineEntry::kind)
                .contains("RETURN", "COMMENT");
        // the first step has nothing to go back to
        assertThatThrownBy(() -> matters.act(COMMITTEES, () -> rewind.returnTask(back.getId(), "再退")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("没有可退回的上一步");
    }

    @Test
    void aCompletedStepCanBeTakenBackUntilTheNextStepIsTouched() {
        ProcessInstance matter = matters.registeredAndMet();
        List<TaskRewind.Withdrawable> mine = matters.as(COMMITTEES, () -> rewind.withdrawable());
        assertThat(mine).singleElement().satisfies(w -> assertThat(w.name()).isEqualTo("村党组织提议并经“两委”商议"));
        matters.act(COMMITTEES, () -> rewind.withdraw(mine.get(0).historicTaskId(), "表决人数填错"));
        Task back = driver.task(matter, "Task_ProposeAndDeliberate");
        assertThat(back.getAssignee()).isEqualTo(COMMITTEES);
        assertThat(driver.tasks(matter, "Task_PartyMembersReview")).isEmpty();

        driver.complete(back, COMMITTEES, joint(meeting(9, 8, 7, 1, 0)));
        Task review = driver.task(matter, "Task_PartyMembersReview");
        taskService.claim(review.getId(), BRANCH);
        assertThat(matters.as(COMMITTEES, () -> rewind.withdrawable())).isEmpty();
        String historicId = back.getId();
        assertThatThrownBy(() -> matters.act(COMMITTEES, () -> rewind.withdraw(historicId, "再撤")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("下一步已有人办理");
        assertThatThrownBy(() -> matters.act(BRANCH, () -> rewind.withdraw(historicId, "不是我的")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void stepsOfAParallelReviewAreNeitherReturnedToNorWithdrawn() {
        ProcessInstance vetting = driver.start("secretary-candidate-vetting", BRANCH, VettingTestForms.nomination());
        driver.complete(vetting, "Task_VillageCheck", BRANCH, VettingTestForms.villageCheck());
        driver.complete(vetting, "Task_TownshipReview", TOWNSHIP, VettingTestForms.townshipReview());
        Task launch = driver.task(vetting, "Task_LaunchJointReview");
        taskService.claim(launch.getId(), "yanming-zzb");
        driver.complete(launch, "yanming-zzb", VettingTestForms.launchAll());
        // the launch fanned out to eight parallel department steps: not something to take back in one piece
        assertThat(matters.as("yanming-zzb", () -> rewind.withdrawable())).isEmpty();
        for (Task department : driver.tasks(vetting, "Task_DepartmentReview")) {
            data.actAsSystem();
            String member = identityService.createUserQuery().memberOfGroup(taskService.getIdentityLinksForTask(department.getId())
                    .stream().filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId()).list().get(0).getId();
            taskService.claim(department.getId(), member);
            driver.complete(department, member, VettingTestForms.noHit());
        }
        Task notice = driver.task(vetting, "Task_PublishNotice");
        assertThatThrownBy(() -> matters.act(BRANCH, () -> rewind.returnTask(notice.getId(), "退回联审")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20017");
        Task department = driver.tasks(vetting, "Task_DepartmentReview").stream().findFirst().orElse(null);
        assertThat(department).as("all departments answered").isNull();
    }
}
