package cn.lingyan.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.ProcessDriver;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The rectification tests' words for {@link ProcessDriver}: start a case for a village, one timer at a time. */
@Component
class CaseDriver {

    private final ProcessDriver driver;

    CaseDriver(ProcessDriver driver) {
        this.driver = driver;
    }

    ProcessInstance startCase(String villageCode, String asUser) {
        return driver.start("weak-branch-rectification", asUser, Map.of("villageCode", villageCode));
    }

    Task task(ProcessInstance instance, String taskKey) {
        return driver.task(instance, taskKey);
    }

    void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> values) {
        driver.complete(instance, taskKey, user, values);
    }

    /** Fires the one timer waiting in {@code activityId} now, as the job executor would when it falls due. */
    void fireTimer(ProcessInstance instance, String activityId) {
        assertThat(driver.timers(instance, activityId)).as("timer of %s", activityId).hasSize(1);
        driver.fireTimers(instance, activityId);
    }
}
