package cn.lingyan.approval;

import cn.lingyan.org.Routing;
import cn.lingyan.engine.SystemAccess;
import cn.lingyan.system.PlainValues;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import cn.lingyan.refusal.OutOfScopeException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval operations officials expect (退回, 转办, 委派, 抄送, 催办, 撤回, 审批意见, 批量办理) on top of the engine
 * API. Each checks that the signed-in user may act on the task, changes the engine, and writes an audit record
 * (who, what, when, why) in the same transaction. Engine calls the user holds no permission for (history,
 * process modification) run with checks off, only after those checks.
 */
@Service
public class TaskOperations {

    /** A line of a task's approval history. */
    public record TimelineEntry(Date time, String kind, String actor, String actorName, String step, String text) {}

    public record Candidate(String id, String name) {}

    public record Withdrawable(String historicTaskId, String name, String caseTitle, Date completedAt) {}

    public record BatchResult(String taskId, boolean ok, String message) {}

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final RepositoryService repositoryService;
    private final SystemAccess systemAccess;
    private final ApprovalLog log;
    private final Clock clock;

    TaskOperations(TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
            IdentityService identityService, RepositoryService repositoryService, SystemAccess systemAccess, ApprovalLog log,
            Clock clock) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.repositoryService = repositoryService;
        this.systemAccess = systemAccess;
        this.log = log;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- 审批意见 and the timeline

    @Transactional
    public void comment(String taskId, String text) {
        Task task = visibleTask(taskId);
        String note = required(text, "审批意见", "提交意见");
        systemAccess.call(() -> taskService.createComment(task.getId(), task.getProcessInstanceId(), note));
        audit(task, "COMMENT", null, note);
    }

    /** Every earlier decision on the case: comments, completed steps and approval operations, oldest first. */
    public List<TimelineEntry> timeline(String taskId) {
        Task task = visibleTask(taskId);
        String instance = task.getProcessInstanceId();
        List<TimelineEntry> entries = new ArrayList<>();
        systemAccess.call(() -> {
            historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().list().stream()
                    .filter(t -> "completed".equals(t.getDeleteReason()))
                    .forEach(t -> entries.add(new TimelineEntry(t.getEndTime(), "COMPLETED", t.getAssignee(), name(t.getAssignee()),
                            t.getName(), "办理完成")));
            taskService.getProcessInstanceComments(instance).forEach(c -> entries.add(new TimelineEntry(c.getTime(), "COMMENT",
                    c.getUserId(), name(c.getUserId()), taskName(c.getTaskId()), c.getFullMessage())));
            return null;
        });
        for (AuditRow row : log.findAuditOfInstance(instance)) {
            if (!"COMMENT".equals(row.kind())) {
                entries.add(new TimelineEntry(Date.from(row.createdAt().atZone(clock.getZone()).toInstant()), row.kind(), row.actor(),
                        name(row.actor()), row.taskName(), (row.target() == null ? "" : row.target() + "：")
                                + Objects.toString(row.note(), "")));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::time));
        return entries;
    }

    // ---------------------------------------------------------------- 转办 and 委派

    /** Users who may take the task: the members of its candidate groups and its candidate users. */
    public List<Candidate> candidates(String taskId) {
        Task task = visibleTask(taskId);
        return systemAccess.call(() -> {
            Map<String, Candidate> users = new LinkedHashMap<>();
            for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                List<User> members = link.getGroupId() != null
                        ? identityService.createUserQuery().memberOfGroup(link.getGroupId()).list()
                        : identityService.createUserQuery().userId(link.getUserId()).list();
                members.forEach(u -> users.putIfAbsent(u.getId(), new Candidate(u.getId(), displayName(u))));
            }
            return new ArrayList<>(users.values());
        });
    }

    @Transactional
    public void transfer(String taskId, String userId, String reason) {
        Task task = workableTask(taskId, "转办");
        String note = required(reason, "转办理由", "转办");
        requireCandidate(task, userId, "转办");
        systemAccess.call(() -> {
            taskService.setAssignee(task.getId(), userId);
            taskService.createComment(task.getId(), task.getProcessInstanceId(), "转办给" + name(userId) + "：" + note);
            return null;
        });
        audit(task, "TRANSFER", name(userId), note);
        notify(userId, "TRANSFER", task, name(currentUser()) + "将任务“" + task.getName() + "”转办给您：" + note);
    }

    @Transactional
    public void delegate(String taskId, String userId, String reason) {
        Task task = workableTask(taskId, "委派");
        String note = required(reason, "委派说明", "委派");
        requireCandidate(task, userId, "委派");
        String me = currentUser();
        systemAccess.call(() -> {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), me);
            }
            taskService.delegateTask(task.getId(), userId);
            taskService.createComment(task.getId(), task.getProcessInstanceId(), "委派给" + name(userId) + "：" + note);
            return null;
        });
        audit(task, "DELEGATE", name(userId), note);
        notify(userId, "DELEGATE", task, name(me) + "将任务“" + task.getName() + "”委派给您，办理后交回确认：" + note);
    }

    // ---------------------------------------------------------------- 抄送 and 催办

    /** Sends a read-only copy to users or groups of a unit that contains the case's village. */
    @Transactional
    public void cc(String taskId, List<String> userIds, List<String> groupIds, String note) {
        Task task = visibleTask(taskId);
        List<String> users = userIds == null ? List.of() : userIds.stream().filter(Objects::nonNull).map(String::trim).distinct().toList();
        List<String> groups = groupIds == null ? List.of() : groupIds.stream().filter(Objects::nonNull).map(String::trim).distinct().toList();
        if (users.isEmpty() && groups.isEmpty()) {
            throw refused("抄送", "请至少选择一个抄送对象");
        }
        String code = unitOfCase(task);
        for (String user : users) {
            List<String> units = systemAccess.call(() -> identityService.createGroupQuery().groupMember(user).list()).stream()
                    .map(Group::getId).map(Routing::unitOf).filter(Objects::nonNull).toList();
            if (units.isEmpty() || units.stream().noneMatch(u -> code != null && code.startsWith(u))) {
                throw refused("抄送", "“" + user + "”不在本事项所属单位（含上级单位）内");
            }
        }
        for (String group : groups) {
            String unit = Routing.unitOf(group);
            if (unit == null || code == null || !code.startsWith(unit)) {
                throw refused("抄送", "用户组“" + group + "”不在本事项所属单位（含上级单位）内");
            }
        }
        Map<String, Object> labels = labelsOf(task);
        String from = currentUser();
        String text = name(from) + "抄送：“" + task.getName() + "”（" + Objects.toString(labels.get("caseTitle"), "") + "）"
                + (note == null || note.isBlank() ? "" : "，" + note.trim());
        for (String user : users) {
            log.insertCc(new CcRow(null, task.getId(), task.getProcessInstanceId(), task.getName(), (String) labels.get("caseTitle"),
                    (String) labels.get("villageName"), from, user, null, note, LocalDateTime.now(clock)));
            notify(user, "CC", task, text);
        }
        for (String group : groups) {
            log.insertCc(new CcRow(null, task.getId(), task.getProcessInstanceId(), task.getName(), (String) labels.get("caseTitle"),
                    (String) labels.get("villageName"), from, null, group, note, LocalDateTime.now(clock)));
            systemAccess.call(() -> identityService.createUserQuery().memberOfGroup(group).list())
                    .forEach(u -> notify(u.getId(), "CC", task, text));
        }
        audit(task, "CC", String.join("、", concat(users, groups)), note);
    }

    public List<CcRow> copiesForMe() {
        String me = currentUser();
        List<String> groups = systemAccess.call(() -> identityService.createGroupQuery().groupMember(me).list()).stream()
                .map(Group::getId).toList();
        return log.findCcFor(me, groups);
    }

    /** Urges the assignee, or every candidate while nobody has claimed the task; once per task per hour. */
    @Transactional
    public void urge(String taskId, String note) {
        Task task = visibleTask(taskId);
        LocalDateTime now = LocalDateTime.now(clock);
        AuditRow last = log.findLatestAudit(task.getId(), "URGE", now.minusHours(1));
        if (last != null) {
            throw new InvalidInputException(ErrorCode.TOO_FREQUENT, last.createdAt().plusHours(1).withNano(0).toString().replace('T', ' '));
        }
        List<String> recipients = task.getAssignee() != null ? List.of(task.getAssignee())
                : candidates(taskId).stream().map(Candidate::id).toList();
        String text = name(currentUser()) + "催办：请尽快办理“" + task.getName() + "”" + (note == null || note.isBlank() ? "" : "（" + note.trim() + "）");
        recipients.forEach(user -> notify(user, "URGE", task, text));
        audit(task, "URGE", String.join("、", recipients), note);
    }

    public List<NotificationRow> notifications() {
        return log.findNotifications(currentUser());
    }

    public void markRead(long id) {
        if (log.markRead(id, currentUser()) == 0 && log.findNotifications(currentUser()).stream().noneMatch(n -> n.id() == id)) {
            throw new NotFoundException("消息 " + id);
        }
    }

    // ---------------------------------------------------------------- 退回 and 撤回

    /**
     * Sends the case back to the last other step completed before this one, to the person who completed it (a
     * step repeated in a loop, e.g. a meeting held again, does not count as its own previous step).
     */
    @Transactional
    public void returnTask(String taskId, String reason) {
        Task task = workableTask(taskId, "退回");
        String note = required(reason, "退回理由", "退回");
        requireSingleInstance(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), "退回");
        HistoricTaskInstance previous = systemAccess.call(() -> historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).finished().orderByHistoricTaskInstanceEndTime().desc().list())
                .stream().filter(t -> "completed".equals(t.getDeleteReason()) && !t.getEndTime().after(task.getCreateTime())
                        && !t.getTaskDefinitionKey().equals(task.getTaskDefinitionKey()))
                .findFirst().orElseThrow(() -> refused("退回", "这是本事项的第一步，没有可退回的上一步"));
        requireSingleInstance(task.getProcessDefinitionId(), previous.getTaskDefinitionKey(), "退回");
        requireSameScope(task.getProcessDefinitionId(), previous.getTaskDefinitionKey(), List.of(task.getTaskDefinitionKey()), "退回");
        Task back = moveTo(task.getProcessInstanceId(), List.of(task.getTaskDefinitionKey()), previous.getTaskDefinitionKey(),
                previous.getAssignee());
        systemAccess.call(() -> {
            taskService.setVariableLocal(back.getId(), "returnReason", note);
            taskService.createComment(back.getId(), back.getProcessInstanceId(), "退回：" + note);
            return null;
        });
        audit(task, "RETURN", previous.getName(), note);
        if (previous.getAssignee() != null) {
            notify(previous.getAssignee(), "RETURN", back, name(currentUser()) + "退回了“" + previous.getName() + "”：" + note);
        }
    }

    /** Steps the user completed whose following steps nobody has touched yet. */
    public List<Withdrawable> withdrawable() {
        String me = currentUser();
        return systemAccess.call(() -> historyService.createHistoricTaskInstanceQuery().taskAssignee(me).finished()
                .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 20)).stream()
                .filter(t -> "completed".equals(t.getDeleteReason()) && canTakeBack(t))
                .map(t -> new Withdrawable(t.getId(), t.getName(), Objects.toString(labelsOfInstance(t.getProcessInstanceId())
                        .get("caseTitle"), ""), t.getEndTime()))
                .toList();
    }

    private boolean canTakeBack(HistoricTaskInstance done) {
        List<Task> next = untouchedSince(done);
        if (next == null) {
            return false;
        }
        try {
            requireSingleInstance(done.getProcessDefinitionId(), done.getTaskDefinitionKey(), "撤回");
            requireSameScope(done.getProcessDefinitionId(), done.getTaskDefinitionKey(),
                    next.stream().map(Task::getTaskDefinitionKey).distinct().toList(), "撤回");
            return true;
        } catch (InvalidInputException notHere) {
            return false;
        }
    }

    @Transactional
    public void withdraw(String historicTaskId, String reason) {
        String me = currentUser();
        HistoricTaskInstance mine = systemAccess.call(() -> historyService.createHistoricTaskInstanceQuery()
                .taskId(historicTaskId).singleResult());
        if (mine == null || !me.equals(mine.getAssignee()) || !"completed".equals(mine.getDeleteReason())) {
            throw new NotFoundException("本人办理的任务 " + historicTaskId);
        }
        List<Task> next = untouchedSince(mine);
        if (next == null) {
            throw refused("撤回", "下一步已有人办理或认领，或事项已办结");
        }
        String note = required(reason, "撤回理由", "撤回");
        requireSingleInstance(mine.getProcessDefinitionId(), mine.getTaskDefinitionKey(), "撤回");
        requireSameScope(mine.getProcessDefinitionId(), mine.getTaskDefinitionKey(),
                next.stream().map(Task::getTaskDefinitionKey).distinct().toList(), "撤回");
        Task back = moveTo(mine.getProcessInstanceId(), next.stream().map(Task::getTaskDefinitionKey).distinct().toList(),
                mine.getTaskDefinitionKey(), me);
        systemAccess.call(() -> {
            taskService.createComment(back.getId(), back.getProcessInstanceId(), "撤回：" + note);
            return null;
        });
        audit(back, "WITHDRAW", mine.getName(), note);
    }

    // ---------------------------------------------------------------- 批量办理

    /** Completes several tasks of one kind with the same answer, where the model marks the step batchApproval=true. */
    public List<BatchResult> batchComplete(List<String> taskIds, Map<String, Object> variables) {
        if (taskIds == null || taskIds.isEmpty()) {
            throw refused("批量办理", "请选择任务");
        }
        List<Task> tasks = taskIds.stream().distinct().map(this::visibleTask).toList();
        Task first = tasks.get(0);
        if (tasks.stream().anyMatch(t -> !t.getTaskDefinitionKey().equals(first.getTaskDefinitionKey())
                || !t.getProcessDefinitionId().equals(first.getProcessDefinitionId()))) {
            throw refused("批量办理", "只能批量办理同一流程的同一环节");
        }
        if (batchSpec(first.getProcessDefinitionId(), first.getTaskDefinitionKey()) == null) {
            throw refused("批量办理", "“" + first.getName() + "”需逐项办理，流程未允许批量办理");
        }
        List<BatchResult> results = new ArrayList<>();
        for (Task task : tasks) {
            try {
                requireWorker(task, "批量办理");
                taskService.complete(task.getId(), variables);
                audit(task, "BATCH", null, "批量办理");
                results.add(new BatchResult(task.getId(), true, "已办理"));
            } catch (RuntimeException e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                results.add(new BatchResult(task.getId(), false, root.getMessage()));
            }
        }
        return results;
    }

    public record BatchTask(String id, String caseTitle, String villageName, Date due) {}

    public record BatchGroup(String group, String name, String label, String noteLabel, List<BatchTask> tasks) {}

    /** The user's open tasks at steps the model allows to be done in a batch, by process version and step. */
    public List<BatchGroup> batchable() {
        String me = currentUser();
        Map<String, List<Task>> byStep = new LinkedHashMap<>();
        taskService.createTaskQuery().or().taskAssignee(me).taskCandidateUser(me).endOr().orderByTaskCreateTime().asc()
                .listPage(0, 500).forEach(t -> byStep.computeIfAbsent(t.getProcessDefinitionId() + "|" + t.getTaskDefinitionKey(),
                        k -> new ArrayList<>()).add(t));
        List<BatchGroup> groups = new ArrayList<>();
        byStep.forEach((group, tasks) -> {
            Task first = tasks.get(0);
            Map<String, String> spec = batchSpec(first.getProcessDefinitionId(), first.getTaskDefinitionKey());
            if (spec != null) {
                groups.add(new BatchGroup(group, first.getName(), spec.getOrDefault("batchLabel", "批量办理"), "办理意见",
                        tasks.stream().map(t -> {
                            Map<String, Object> labels = labelsOf(t);
                            return new BatchTask(t.getId(), (String) labels.get("caseTitle"), (String) labels.get("villageName"),
                                    t.getDueDate());
                        }).toList()));
            }
        });
        return groups;
    }

    /** Completes the chosen tasks with the answer the model defines for the step and the user's note. */
    public List<BatchResult> batchConfirm(List<String> taskIds, String note) {
        String text = required(note, "办理意见", "批量办理");
        if (taskIds == null || taskIds.isEmpty()) {
            throw refused("批量办理", "请选择任务");
        }
        Task first = visibleTask(taskIds.get(0));
        Map<String, String> spec = batchSpec(first.getProcessDefinitionId(), first.getTaskDefinitionKey());
        if (spec == null) {
            throw refused("批量办理", "“" + first.getName() + "”需逐项办理，流程未允许批量办理");
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        try {
            if (spec.get("batchVariables") != null) {
                variables.putAll(new com.fasterxml.jackson.databind.ObjectMapper().readValue(spec.get("batchVariables"),
                        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {}));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("batchVariables of " + first.getTaskDefinitionKey() + " is not JSON", e);
        }
        if (spec.get("batchNote") != null) {
            variables.put(spec.get("batchNote"), text);
        }
        return batchComplete(taskIds, variables);
    }

    // ---------------------------------------------------------------- helpers

    /** The task, if the signed-in user may see it (the engine's authorization checks decide). */
    Task visibleTask(String taskId) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("任务 " + taskId);
        }
        return task;
    }

    private Task workableTask(String taskId, String operation) {
        Task task = visibleTask(taskId);
        requireWorker(task, operation);
        return task;
    }

    /** The assignee, the owner of a delegated task, or — while nobody has claimed it — one of its candidates. */
    private void requireWorker(Task task, String operation) {
        String me = currentUser();
        boolean works = me.equals(task.getAssignee()) || me.equals(task.getOwner())
                || task.getAssignee() == null && candidates(task.getId()).stream().anyMatch(c -> c.id().equals(me));
        if (!works) {
            throw new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, me, task.getName());
        }
    }

    private void requireCandidate(Task task, String userId, String operation) {
        if (userId == null || userId.equals(currentUser())) {
            throw refused(operation, "请选择本人以外的办理人");
        }
        if (candidates(task.getId()).stream().noneMatch(c -> c.id().equals(userId))) {
            throw refused(operation, "“" + userId + "”不是本任务的候选办理人（同一岗位的人员）");
        }
    }

    /** A step inside a multi-instance (e.g. one department of the joint review) cannot be moved on its own. */
    private void requireSingleInstance(String processDefinitionId, String activityId, String operation) {
        FlowElement element = systemAccess.call(() -> repositoryService.getBpmnModelInstance(processDefinitionId))
                .getModelElementById(activityId);
        for (var parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent instanceof SubProcess sub && sub.getLoopCharacteristics() != null) {
                throw refused(operation, "“" + element.getName() + "”是并行办理的环节之一，不能单独退回或撤回");
            }
        }
    }

    /**
     * The batch settings the model gives the step (camunda:properties batchApproval=true, batchVariables = the
     * answer as JSON, batchNote = the variable the user's note goes to, batchLabel = what the batch does), or null.
     */
    private Map<String, String> batchSpec(String processDefinitionId, String taskDefinitionKey) {
        UserTask model = systemAccess.call(() -> repositoryService.getBpmnModelInstance(processDefinitionId))
                .getModelElementById(taskDefinitionKey);
        if (model == null || model.getExtensionElements() == null) {
            return null;
        }
        Map<String, String> spec = new LinkedHashMap<>();
        model.getExtensionElements().getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
                .list().stream().flatMap(p -> p.getCamundaProperties().stream())
                .forEach((CamundaProperty p) -> spec.put(p.getCamundaName(), p.getCamundaValue()));
        return "true".equals(spec.get("batchApproval")) ? spec : null;
    }

    /**
     * Moving a case back only within one level of the diagram: a step inside a sub-process (the monthly report, a
     * department's review) and a step outside it are not each other's previous step.
     */
    private void requireSameScope(String processDefinitionId, String target, List<String> current, String operation) {
        var model = systemAccess.call(() -> repositoryService.getBpmnModelInstance(processDefinitionId));
        var scope = ((FlowElement) model.getModelElementById(target)).getParentElement();
        for (String activity : current) {
            if (((FlowElement) model.getModelElementById(activity)).getParentElement() != scope) {
                throw refused(operation, "上一步与当前环节不在同一流程层级（如并行审查、月度报送），请通过流程办理");
            }
        }
    }

    /** The open tasks that followed {@code done}, if nobody has claimed or commented on them; null otherwise. */
    private List<Task> untouchedSince(HistoricTaskInstance done) {
        return systemAccess.call(() -> {
            List<Task> open = taskService.createTaskQuery().processInstanceId(done.getProcessInstanceId()).list();
            boolean laterCompleted = historyService.createHistoricTaskInstanceQuery().processInstanceId(done.getProcessInstanceId())
                    .finished().list().stream().anyMatch(t -> !t.getId().equals(done.getId()) && t.getEndTime().after(done.getEndTime()));
            boolean untouched = !open.isEmpty() && !laterCompleted && open.stream().allMatch(t -> !t.getCreateTime().before(done.getEndTime())
                    && t.getAssignee() == null && taskService.getTaskComments(t.getId()).isEmpty());
            return untouched ? open : null;
        });
    }

    /** Cancels the given steps and starts {@code activityId} again, for {@code assignee}. */
    private Task moveTo(String processInstanceId, List<String> cancel, String activityId, String assignee) {
        // the modification runs as its own engine command (flushed before the query below), as the system
        systemAccess.asSystem(() -> {
            var modification = runtimeService.createProcessInstanceModification(processInstanceId);
            for (String activity : cancel) {
                modification = modification.cancelAllForActivity(activity);
            }
            modification.startBeforeActivity(activityId).execute();
            return null;
        });
        return systemAccess.call(() -> {
            Task back = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId).singleResult();
            if (assignee != null && identityService.createUserQuery().userId(assignee).count() > 0) {
                taskService.setAssignee(back.getId(), assignee);
            }
            return back;
        });
    }

    private String unitOfCase(Task task) {
        return PlainValues.text(systemAccess.call(() -> runtimeService.getVariable(task.getExecutionId(), "villageCode")));
    }

    private Map<String, Object> labelsOf(Task task) {
        return labelsOfInstance(task.getProcessInstanceId());
    }

    private Map<String, Object> labelsOfInstance(String processInstanceId) {
        return systemAccess.call(() -> {
            Map<String, Object> labels = new LinkedHashMap<>();
            if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
                labels.put("caseTitle", runtimeService.getVariable(processInstanceId, "caseTitle"));
                labels.put("villageName", runtimeService.getVariable(processInstanceId, "villageName"));
            }
            return labels;
        });
    }

    private void audit(Task task, String kind, String target, String note) {
        // the application's clock (Asia/Shanghai), not the database's, so "once an hour" holds whatever the server zone
        log.insertAudit(new AuditRow(null, task.getId(), task.getProcessInstanceId(), task.getName(), kind, currentUser(), target,
                note, LocalDateTime.now(clock)));
    }

    private void notify(String userId, String kind, Task task, String text) {
        log.insertNotification(userId, kind, task.getId(), task.getProcessInstanceId(), text, LocalDateTime.now(clock));
    }

    private String taskName(String taskId) {
        if (taskId == null) {
            return null;
        }
        HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        return task == null ? null : task.getName();
    }

    /** The user's display name (e.g. "东坡村 村党组织"), or the id when there is no such user. */
    String name(String userId) {
        if (userId == null) {
            return null;
        }
        User user = systemAccess.call(() -> identityService.createUserQuery().userId(userId).singleResult());
        return user == null ? userId : displayName(user);
    }

    private static String displayName(User user) {
        String name = (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).trim();
        return name.isEmpty() ? user.getId() : name;
    }

    private String currentUser() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            throw new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, "匿名用户", "-");
        }
        return authentication.getUserId();
    }

    private static String required(String text, String what, String operation) {
        if (text == null || text.isBlank()) {
            throw refused(operation, "请填写" + what);
        }
        if (text.length() > 2000) {
            throw refused(operation, what + "不能超过2000字");
        }
        return text.trim();
    }

    private static InvalidInputException refused(String operation, String why) {
        return new InvalidInputException(ErrorCode.OPERATION_REFUSED, operation, why);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
