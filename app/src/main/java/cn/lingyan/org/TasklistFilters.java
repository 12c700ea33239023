package cn.lingyan.org;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * The saved Tasklist filters: 我的待办, one 本村 / 本乡镇 / 本县待办 per unit (readable by that unit's groups only),
 * 即将到期 and 已超期 — each with the 村, 乡镇 and 事项 columns. What a filter lists is still cut down by the
 * task authorizations, so a shared filter never shows another unit's tasks.
 */
@Component
class TasklistFilters {

    /** How many days ahead 即将到期 looks. */
    @ConfigurationProperties("lingyan.tasklist")
    record Properties(@DefaultValue("3") int dueSoonDays) {}

    static final String MINE = "我的待办";
    static final String DUE_SOON = "即将到期";
    static final String OVERDUE = "已超期";
    static final Map<OrgLevel, String> UNIT_FILTER = Map.of(OrgLevel.VILLAGE, "本村待办", OrgLevel.TOWNSHIP, "本乡镇待办",
            OrgLevel.COUNTY, "本县待办");
    /** Filters of earlier versions, replaced by the ones above. */
    static final List<String> RETIRED = List.of("待办任务", "我的任务");

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final Properties properties;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
            Properties properties) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.properties = properties;
    }

    void ensureShared() {
        RETIRED.forEach(name -> filterService.createFilterQuery().filterName(name).list()
                .forEach(filter -> filterService.deleteFilter(filter.getId())));
        grantEveryone(ensure(MINE, null, -20, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
                "已由本人认领、正在办理的任务"));
        grantEveryone(ensure(DUE_SOON, null, -5, taskService.createTaskQuery().dueAfterExpression("${now()}")
                .dueBeforeExpression("${dateTime().plusDays(" + properties.dueSoonDays() + ").toDate()}").orderByDueDate().asc(),
                properties.dueSoonDays() + "天内到期、尚未办结的任务"));
        grantEveryone(ensure(OVERDUE, null, -4, taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(),
                "已超过办理期限的任务"));
    }

    /** The unit's own filter: tasks offered to any of its groups, claimed or not. */
    void ensureUnit(OrgUnit unit, List<String> groupIds) {
        TaskQuery query = taskService.createTaskQuery().taskCandidateGroupIn(groupIds).includeAssignedTasks();
        Filter filter = ensure(UNIT_FILTER.get(unit.level()), unit.code(), -10, query, unit.name() + "各岗位的待办任务（含已认领）");
        for (String groupId : groupIds) {
            if (authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
                    .groupIdIn(groupId).count() == 0) {
                Authorization grant = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                grant.setGroupId(groupId);
                grant.setResource(Resources.FILTER);
                grant.setResourceId(filter.getId());
                grant.addPermission(Permissions.READ);
                authorizationService.saveAuthorization(grant);
            }
        }
    }

    private Filter ensure(String name, String unitCode, int priority, TaskQuery query, String description) {
        Filter filter = filterService.createFilterQuery().filterName(name).list().stream()
                .filter(f -> Objects.equals(unitCode, f.getProperties() == null ? null : f.getProperties().get("unit")))
                .findFirst().orElseGet(() -> filterService.newTaskFilter(name));
        filter.setQuery(query);
        Map<String, Object> properties = new java.util.HashMap<>(Map.of("priority", priority, "description", description,
                "refresh", true, "variables", List.of(
                        Map.of("name", "villageName", "label", "村"),
                        Map.of("name", "townshipName", "label", "乡镇"),
                        Map.of("name", "caseTitle", "label", "事项"))));
        if (unitCode != null) {
            properties.put("unit", unitCode);
        }
        filter.setProperties(properties);
        return filterService.saveFilter(filter);
    }

    private void grantEveryone(Filter filter) {
        if (authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
                .userIdIn(Authorization.ANY).count() == 0) {
            Authorization global = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
            global.setResource(Resources.FILTER);
            global.setResourceId(filter.getId());
            global.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(global);
        }
    }
}
