package cn.lingyan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lingyan.system.PlainValues;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives any process through the Java API as the real role users, the way Tasklist submits forms, and plays
 * the job executor: asynchronous continuations run when asked, timers when a test says their time has come.
 */
@Component
public class ProcessDriver {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final TestData data;

    ProcessDriver(RuntimeService runtimeService, TaskService taskService, ManagementService managementService, TestData data) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.data = data;
    }

    public ProcessInstance start(String processKey, String asUser, Map<String, Object> values) {
        data.actAs(asUser);
        try {
            return runtimeService.startProcessInstanceByKey(processKey, asSubmitted(values));
        } finally {
            data.actAsSystem();
        }
    }

    public Task task(ProcessInstance instance, String taskKey) {
        List<Task> tasks = tasks(instance, taskKey);
        assertThat(tasks).as("open task %s", taskKey).hasSize(1);
        return tasks.get(0);
    }

    public List<Task> tasks(ProcessInstance instance, String taskKey) {
        data.actAsSystem();
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
    }

    public void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> values) {
        complete(task(instance, taskKey), user, values);
    }

    /** Completes as Tasklist would, then lets the job executor run what became due (asynchronous continuations). */
    public void complete(Task task, String user, Map<String, Object> values) {
        data.actAs(user);
        try {
            taskService.complete(task.getId(), asSubmitted(values));
        } finally {
            data.actAsSystem();
        }
        runDueJobs(task.getProcessInstanceId());
    }

    /** Runs every job of the instance that is due now (not future timers), until none is left. */
    public void runDueJobs(String processInstanceId) {
        for (int round = 0; round < 100; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("Jobs keep coming for " + processInstanceId);
    }

    public List<Job> timers(ProcessInstance instance, String activityId) {
        data.actAsSystem();
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).timers().list();
    }

    /** Fires every timer waiting in {@code activityId} now, as the job executor would when they fall due. */
    public void fireTimers(ProcessInstance instance, String activityId) {
        List<Job> timers = timers(instance, activityId);
        assertThat(timers).as("timers of %s", activityId).isNotEmpty();
        timers.forEach(job -> managementService.executeJob(job.getId()));
        runDueJobs(instance.getId());
    }

    /** Lists and objects travel as JSON, like Tasklist's dynamic lists and checklists. */
    public static Map<String, Object> asSubmitted(Map<String, Object> values) {
        Map<String, Object> submitted = new HashMap<>();
        values.forEach((key, value) -> submitted.put(key,
                value instanceof Collection<?> || value instanceof Map<?, ?> ? PlainValues.json(value) : value));
        return submitted;
    }
}
