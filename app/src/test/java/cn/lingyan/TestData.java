package cn.lingyan;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Resets what tests create: running instances and the project's own tables. Demo org and users stay. */
@Component
public class TestData {

    private static final List<String> TABLES = List.of("ly_rect_event", "ly_rect_acceptance", "ly_rect_visit",
            "ly_rect_progress", "ly_rect_responsibility", "ly_rect_measure", "ly_rect_problem", "ly_rect_plan",
            "ly_rect_assignment", "ly_rect_category", "ly_rect_case", "ly_screening_result", "ly_vetting_event",
            "ly_vetting_answer", "ly_reserve_record", "ly_reserve", "ly_assessment", "ly_vetting", "ly_person", "ly_matter_event",
            "ly_matter_supervision", "ly_matter_complaint", "ly_matter_disclosure", "ly_matter_meeting", "ly_matter", "ly_task_audit", "ly_task_cc", "ly_notification",
            "ly_task_attachment", "ly_task_reminder", "ly_policy_change");

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final JdbcTemplate jdbc;

    TestData(RuntimeService runtimeService, RepositoryService repositoryService, IdentityService identityService, JdbcTemplate jdbc) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.jdbc = jdbc;
    }

    /** Removes what tests deployed through the workbench (county versions, changed shared defaults), then resets. */
    public void removeWorkbenchDeployments() {
        actAsSystem();
        repositoryService.createDeploymentQuery().deploymentSource(cn.lingyan.policy.PolicyDeployments.SOURCE).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        reset();
    }

    public void reset() {
        identityService.clearAuthentication();
        List<String> ids = runtimeService.createProcessInstanceQuery().list().stream().map(ProcessInstance::getId).toList();
        if (!ids.isEmpty()) {
            runtimeService.deleteProcessInstances(ids, "test reset", true, true);
        }
        TABLES.forEach(table -> jdbc.update("DELETE FROM " + table));
    }

    /** Acts as {@code userId} with the groups and tenants the identity service has for them, as the REST filter does. */
    public void actAs(String userId) {
        identityService.clearAuthentication();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(org.camunda.bpm.engine.identity.Tenant::getId).toList();
        identityService.setAuthentication(userId, groups, tenants);
    }

    /** Runs {@code work} as {@code userId}, then as the system again. */
    public <T> T as(String userId, java.util.function.Supplier<T> work) {
        actAs(userId);
        try {
            return work.get();
        } finally {
            actAsSystem();
        }
    }

    public void actAsSystem() {
        identityService.clearAuthentication();
    }
}
