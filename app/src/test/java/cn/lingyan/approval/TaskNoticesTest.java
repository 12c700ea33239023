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

/** 抄送 and 催办 on the real engine, and the 消息 they leave for their recipients. */
@EngineTest
class TaskNoticesTest {

    @Autowired TaskNotices notices;
    @Autowired TestMatters matters;
    @Autowired ProcessDriver driver;
    @Autowired ApprovalLog log;

    @BeforeEach
    void reset() {
        matters.reset();
    }

    @AfterEach
    void signOut() {
        matters.signOut();
    }

    @Test
    void copiesGoOnlyToTheCasesOwnUnitsAndTheirRecipientsSeeThem() {
        ProcessInstance matter = matters.registered();
        Task joint = driver.task(matter, "Task_ProposeAndDeliberate");
        assertThatThrownBy(() -> matters.act(COMMITTEES, () -> notices.cc(joint.getId(), List.of("baishui-dw"), List.of(), "请阅")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不在本事项所属单位");
        assertThatThrownBy(() -> matters.act(COMMITTEES,
                () -> notices.cc(joint.getId(), List.of(), List.of("990101002-party-committee"), "请阅")))
                .isInstanceOf(InvalidInputException.class);

        matters.act(COMMITTEES, () -> notices.cc(joint.getId(), List.of(TOWNSHIP), List.of("990101001001-supervision"), "请乡镇和监委会知悉"));
        assertThat(matters.as(TOWNSHIP, () -> notices.copiesForMe())).singleElement().satisfies(cc -> {
            assertThat(cc.caseTitle()).isEqualTo("村道硬化工程");
            assertThat(cc.villageName()).isEqualTo("东坡村");
        });
        assertThat(matters.as("dongpo-jd", () -> notices.copiesForMe())).hasSize(1);
        assertThat(matters.as("baishui-dw", () -> notices.copiesForMe())).isEmpty();
        List<NotificationRow> notes = matters.as(TOWNSHIP, () -> notices.notifications());
        assertThat(notes).singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo("CC"));
        matters.act(TOWNSHIP, () -> notices.markRead(notes.get(0).id()));
        assertThat(matters.as(TOWNSHIP, () -> notices.notifications()).get(0).readAt()).isNotNull();
        assertThatThrownBy(() -> matters.act("baishui-dw", () -> notices.markRead(notes.get(0).id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void urgingReachesTheCandidatesOnceAnHour() {
        ProcessInstance matter = matters.registered();
        Task joint = driver.task(matter, "Task_ProposeAndDeliberate");
        // only those who can see the task may urge it: the branch does not see the committees' task
        assertThatThrownBy(() -> matters.act(BRANCH, () -> notices.urge(joint.getId(), "本周内召开"))).isInstanceOf(NotFoundException.class);
        matters.act(SECOND_CLERK, () -> notices.urge(joint.getId(), "本周内召开"));
        assertThat(log.findNotifications(COMMITTEES)).extracting(NotificationRow::kind).containsExactly("URGE");
        assertThat(log.findNotifications(SECOND_CLERK)).extracting(NotificationRow::kind).containsExactly("URGE");
        assertThatThrownBy(() -> matters.act(COMMITTEES, () -> notices.urge(joint.getId(), "再催")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("LY-20018");
    }
}
