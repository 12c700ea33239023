package cn.lingyan.approval;

import static cn.lingyan.approval.TestMatters.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lingyan.EngineTest;
import cn.lingyan.ProcessDriver;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 审批意见 and 审批记录 on the real engine, as the demo users of a 四议两公开 matter. */
@EngineTest
class TaskTimelineTest {

    @Autowired TaskTimeline timeline;
    @Autowired TestMatters matters;
    @Autowired ProcessDriver driver;

    @BeforeEach
    void reset() {
        matters.reset();
    }

    @AfterEach
    void signOut() {
        matters.signOut();
    }

    @Test
    void commentsAndCompletedStepsFormTheTimeline() {
        ProcessInstance matter = matters.registeredAndMet();
        Task review = driver.task(matter, "Task_PartyMembersReview");
        matters.act(BRANCH, () -> timeline.comment(review.getId(), "请补充预算明细"));
        List<TaskTimeline.TimelineEntry> entries = matters.as(BRANCH, () -> timeline.timeline(review.getId()));
        assertThat(entries).extracting(TaskTimeline.TimelineEntry::kind).containsExactly("COMPLETED", "COMMENT");
        assertThat(entries.get(0).step()).isEqualTo("村党组织提议并经“两委”商议");
        assertThat(entries.get(1).text()).isEqualTo("请补充预算明细");
        assertThat(entries.get(1).actorName()).isEqualTo("东坡村 村党组织");
        // another village sees nothing of it
        assertThatThrownBy(() -> matters.as("xinghua-zb", () -> timeline.timeline(review.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> matters.act(BRANCH, () -> timeline.comment(review.getId(), " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20017").hasMessageContaining("请填写审批意见");
    }
}
