package cn.lingyan.approval;

import static cn.lingyan.approval.TestMatters.*;
import static cn.lingyan.deliberation.DeliberationForms.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.lingyan.EngineTest;
import cn.lingyan.ProcessDriver;
import cn.lingyan.refusal.InvalidInputException;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 批量办理 on the real engine: only at steps the model allows, each task completed and audited. */
@EngineTest
class TaskBatchTest {

    @Autowired TaskBatch batch;
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
    void theTownshipConfirmsSeveralPostingsAtOnceWhereTheProcessAllowsIt() {
        ProcessInstance first = matters.atResolutionReview("村道硬化工程");
        ProcessInstance second = matters.atResolutionReview("修建文化广场");
        List<String> reviews = List.of(driver.task(first, "Task_ReviewResolutionPosting").getId(),
                driver.task(second, "Task_ReviewResolutionPosting").getId());
        List<TaskBatch.BatchGroup> groups = matters.as(TOWNSHIP, () -> batch.batchable());
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("乡镇审核决议公开");
            assertThat(g.label()).contains("公示期满无投诉");
            assertThat(g.tasks()).extracting(TaskBatch.BatchTask::caseTitle).containsExactly("村道硬化工程", "修建文化广场");
        });
        assertThat(matters.as("baishui-dw", () -> batch.batchable())).isEmpty();
        assertThatThrownBy(() -> matters.as(TOWNSHIP, () -> batch.batchConfirm(reviews, " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("办理意见");
        List<TaskBatch.BatchResult> results = matters.as(TOWNSHIP, () -> batch.batchConfirm(reviews, "公开规范，期满无投诉"));
        assertThat(results).allMatch(TaskBatch.BatchResult::ok);
        assertThat(driver.tasks(first, "Task_SuperviseImplementation")).hasSize(1);
        assertThat(driver.tasks(second, "Task_SuperviseImplementation")).hasSize(1);
        assertThat(log.findAuditOfTask(reviews.get(0))).extracting(AuditRow::kind).containsExactly("BATCH");

        ProcessInstance third = driver.start(KEY, BRANCH, with(register("PUBLIC_WORKS", false, true, false), "matterTitle", "其他"));
        String joint = driver.task(third, "Task_ProposeAndDeliberate").getId();
        assertThatThrownBy(() -> matters.as(COMMITTEES, () -> batch.batchConfirm(List.of(joint), "一并办理")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("流程未允许批量办理");
    }
}
