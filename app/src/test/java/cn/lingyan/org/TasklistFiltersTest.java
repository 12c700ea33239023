package cn.lingyan.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.EngineTest;
import cn.lingyan.TestData;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The saved filters each role sees in Tasklist and what they list, under the engine's authorization checks. */
@EngineTest
class TasklistFiltersTest {

    @Autowired FilterService filterService;
    @Autowired TaskService taskService;
    @Autowired TestData data;

    final List<String> tasks = new ArrayList<>();

    @BeforeEach
    void reset() {
        data.reset();
    }

    @AfterEach
    void removeTasks() {
        data.actAsSystem();
        tasks.forEach(id -> taskService.deleteTask(id, true));
    }

    @Test
    void eachUserSeesTheSharedFiltersAndOnlyTheirOwnUnitsFilter() {
        assertThat(visibleFilters("qingshan-dw")).containsExactlyInAnyOrder("我的待办", "本乡镇待办", "即将到期", "已超期");
        assertThat(visibleFilters("dongpo-zb")).containsExactlyInAnyOrder("我的待办", "本村待办", "即将到期", "已超期");
        assertThat(visibleFilters("yanming-ga")).containsExactlyInAnyOrder("我的待办", "本县待办", "即将到期", "已超期");
        data.actAs("qingshan-dw");
        Filter township = filterService.createFilterQuery().filterName("本乡镇待办").singleResult();
        assertThat(township.getProperties()).containsEntry("unit", "990101001");
        assertThat((List<?>) township.getProperties().get("variables")).hasSize(3);
    }

    @Test
    void unitDueSoonAndOverdueFiltersListTheRightTasks() {
        String soon = task("990101001-party-committee", Instant.now().plus(2, ChronoUnit.DAYS));
        String later = task("990101001-party-committee", Instant.now().plus(10, ChronoUnit.DAYS));
        String late = task("990101001-party-committee", Instant.now().minus(1, ChronoUnit.DAYS));
        String elsewhere = task("990101002-party-committee", Instant.now().plus(1, ChronoUnit.DAYS));

        assertThat(listed("qingshan-dw", "本乡镇待办")).containsExactlyInAnyOrder(soon, later, late);
        assertThat(listed("qingshan-dw", "即将到期")).containsExactly(soon);
        assertThat(listed("qingshan-dw", "已超期")).containsExactly(late);
        assertThat(listed("baishui-dw", "即将到期")).containsExactly(elsewhere);
        assertThat(listed("qingshan-dw", "我的待办")).isEmpty();
        data.actAsSystem();
        taskService.claim(soon, "qingshan-dw");
        assertThat(listed("qingshan-dw", "我的待办")).containsExactly(soon);
        assertThat(listed("qingshan-dw", "本乡镇待办")).contains(soon);
    }

    private List<String> visibleFilters(String user) {
        data.actAs(user);
        try {
            return filterService.createFilterQuery().list().stream().map(Filter::getName).collect(Collectors.toList());
        } finally {
            data.actAsSystem();
        }
    }

    private List<String> listed(String user, String filterName) {
        data.actAs(user);
        try {
            Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
            List<Task> list = filterService.list(filter.getId());
            return list.stream().map(Task::getId).filter(tasks::contains).toList();
        } finally {
            data.actAsSystem();
        }
    }

    private String task(String group, Instant due) {
        data.actAsSystem();
        Task task = taskService.newTask();
        task.setName("测试任务");
        task.setDueDate(Date.from(due));
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), group);
        tasks.add(task.getId());
        return task.getId();
    }
}
