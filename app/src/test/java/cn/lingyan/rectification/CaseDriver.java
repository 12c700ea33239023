package cn.lingyan.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.TestData;
import cn.lingyan.system.PlainValues;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Drives process instances through the Java API as the real role users, the way Tasklist submits forms. */
@Component
class CaseDriver {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final TestData data;

    CaseDriver(RuntimeService runtimeService, TaskService taskService, ManagementService managementService, TestData data) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.data = data;
    }

    ProcessInstance startCase(String villageCode, String asUser) {
        data.actAs(asUser);
        try {
            return runtimeService.startProcessInstanceByKey("weak-branch-rectification",
                    Variables.createVariables().putValue("villageCode", villageCode));
        } finally {
            data.actAsSystem();
        }
    }

    Task task(ProcessInstance instance, String taskKey) {
        data.actAsSystem();
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open task %s", taskKey).isNotNull();
        return task;
    }

    void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> values) {
        Task task = task(instance, taskKey);
        data.actAs(user);
        try {
            taskService.complete(task.getId(), asSubmitted(values));
        } finally {
            data.actAsSystem();
        }
    }

    /** Fires the timer waiting in {@code activityId} now, as the job executor would when it falls due. */
    Job fireTimer(ProcessInstance instance, String activityId) {
        data.actAsSystem();
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
        assertThat(job).as("timer of %s", activityId).isNotNull();
        managementService.executeJob(job.getId());
        return job;
    }

    /** Lists and objects travel as JSON, like Tasklist's dynamic lists and checklists. */
    static Map<String, Object> asSubmitted(Map<String, Object> values) {
        Map<String, Object> submitted = new HashMap<>();
        values.forEach((key, value) -> submitted.put(key,
                value instanceof Collection<?> || value instanceof Map<?, ?> ? PlainValues.json(value) : value));
        return submitted;
    }
}
