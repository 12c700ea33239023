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
import cn.lingyan.refusal.OutOfScopeException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 转办 and 委派 on the real engine: only among the task's candidates, only by whoever works the task. */
@EngineTest
class TaskHandOverTest {

    @Autowired TaskHandOver handOver;
    @Autowired TaskAccess access;
    @Autowired TestMatters matters;
    @Autowired ProcessDriver driver;
    @Autowired FormService formService;
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
    void transferAndDelegateStayWithinTheTasksCandidates() {
        ProcessInstance matter = matters.registered();
        Task joint = driver.task(matter, "Task_ProposeAndDeliberate");
        assertThat(matters.as(COMMITTEES, () -> access.candidates(joint.getId()))).extracting(Candidate::id)
                .containsExactlyInAnyOrder(COMMITTEES, SECOND_CLERK);
        assertThatThrownBy(() -> matters.act(COMMITTEES, () -> handOver.transfer(joint.getId(), "xinghua-lw", "请代办")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不是本任务的候选办理人");
        assertThatThrownBy(() -> matters.act(BRANCH, () -> handOver.transfer(joint.getId(), SECOND_CLERK, "请代办")))
                .isInstanceOf(NotFoundException.class);

        matters.act(COMMITTEES, () -> handOver.transfer(joint.getId(), SECOND_CLERK, "本人外出学习，请代为组织会议"));
        assertThat(driver.task(matter, "Task_ProposeAndDeliberate").getAssignee()).isEqualTo(SECOND_CLERK);
        // the former candidate no longer works the task
        assertThatThrownBy(() -> matters.act(COMMITTEES, () -> handOver.delegate(joint.getId(), SECOND_CLERK, "x")))
                .isInstanceOf(OutOfScopeException.class);

        matters.act(SECOND_CLERK, () -> handOver.delegate(joint.getId(), COMMITTEES, "请先整理会议纪要，回来由我确认"));
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
}
