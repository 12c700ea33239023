package cn.lingyan.rectification;

import static cn.lingyan.FormRefusals.assertRefusedByForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.lingyan.ProcessTest;
import cn.lingyan.TestData;
import cn.lingyan.system.PlainValues;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.system.ProcessKeys;
import org.camunda.bpm.engine.AuthorizationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The yearly screening campaign: townships in parallel, county confirmation, one case per confirmed village. */
@ProcessTest({ProcessKeys.WEAK_BRANCH_SCREENING, ProcessKeys.WEAK_BRANCH_SCREENING_KICKOFF})
class ScreeningProcessTest {

    static final String COUNTY_CODE = "990101";
    static final String COUNTY = "yanming-zzb";
    static final Map<String, String> TOWNSHIP_USERS = Map.of("990101001", "qingshan-dw", "990101002", "baishui-dw",
            "990101003", "hongling-dw");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired RectificationLedger ledger;
    @Autowired TestData data;

    @Test
    void townshipsScreenInParallelAndEachConfirmedVillageGetsACase() {
        ProcessInstance campaign = startCampaign(COUNTY, 2026);
        List<Task> townshipTasks = tasks(campaign, "Task_ScreenTownship");
        assertThat(townshipTasks).hasSize(3);
        for (Task task : townshipTasks) {
            String township = (String) runtimeService.getVariable(task.getExecutionId(), "townshipCode");
            assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting("groupId")
                    .containsExactly(township + "-party-committee");
            completeAs(task, TOWNSHIP_USERS.get(township), Map.of("villageScreenings", screenings(task), "screeningSummary", "已逐村排查"));
        }

        Task confirm = tasks(campaign, "Task_ConfirmWeakList").get(0);
        List<Map<String, Object>> list = PlainValues.listOfMaps(taskService.getVariable(confirm.getId(), "weakList"));
        assertThat(list).hasSize(12);
        assertThat(list).filteredOn(i -> Boolean.TRUE.equals(i.get("include"))).extracting(i -> i.get("villageCode"))
                .containsExactlyInAnyOrder("990101001001", "990101002003");
        list = new ArrayList<>(list.stream().map(HashMap::new).toList());
        for (Map<String, Object> item : list) {
            if (Boolean.TRUE.equals(item.get("include"))) {
                item.put("rootCause", "班子软弱");
            }
        }
        completeAs(confirm, COUNTY, Map.of("weakList", list, "confirmNote", "经县委组织部部务会研究确认"));

        assertThat(campaign).isEnded().hasPassed("Task_StartCases", "Event_ScreeningCompleted");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("weak-branch-rectification").list())
                .extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrder("990101001001-2026-rectification", "990101002003-2026-rectification");
        CaseRow dongpo = ledger.findOpenCaseOfVillage("990101001001");
        assertThat(dongpo.campaignKey()).isEqualTo("990101-2026-screening");
        assertThat(ledger.findCategories(dongpo.id(), 1)).containsExactly("W01");
        assertThat(ledger.findCategories(ledger.findOpenCaseOfVillage("990101002003").id(), 1)).containsExactly("W08", "W12");
        assertThat(ledger.findScreenings("990101-2026-screening")).hasSize(12)
                .filteredOn(row -> Boolean.TRUE.equals(row.included())).hasSize(2);
    }

    @Test
    void onlyTheCountyOrgDepartmentMayLaunchItsCampaignOnceAYear() {
        assertThatThrownBy(() -> startCampaign("qingshan-dw", 2026)).isInstanceOf(AuthorizationException.class);
        startCampaign(COUNTY, 2026);
        assertThatThrownBy(() -> startCampaign(COUNTY, 2026)).hasRootCauseInstanceOf(InvalidInputException.class)
                .rootCause().hasMessageContaining("LY-20009");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("weak-branch-screening").count()).isEqualTo(1);
    }

    @Test
    void theYearlyKickOffLaunchesEachCountysCampaignOnce() {
        Job kickoff = engine.getManagementService().createJobQuery().processDefinitionKey("weak-branch-screening-kickoff")
                .timers().singleResult();
        assertThat(kickoff).isNotNull();
        assertThat(kickoff.getDuedate()).isInTheFuture();
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();

        engine.getManagementService().executeJob(kickoff.getId());
        List<ProcessInstance> campaigns = runtimeService.createProcessInstanceQuery().processDefinitionKey("weak-branch-screening")
                .orderByBusinessKey().asc().list();
        // one campaign per county of the org tree, each belonging to its county (tenant)
        assertThat(campaigns).extracting(ProcessInstance::getBusinessKey, ProcessInstance::getTenantId)
                .containsExactly(tuple("990101-" + year + "-screening", "990101"), tuple("990102-" + year + "-screening", "990102"));
        assertThat(tasks(campaigns.get(0), "Task_ScreenTownship")).hasSize(3);
        assertThat(tasks(campaigns.get(1), "Task_ScreenTownship")).hasSize(2);

        Job next = engine.getManagementService().createJobQuery().processDefinitionKey("weak-branch-screening-kickoff")
                .timers().singleResult();
        engine.getManagementService().executeJob(next.getId());
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("weak-branch-screening").count()).isEqualTo(2);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("weak-branch-screening-kickoff").completed().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anEmptyCountyCodeMeansTheStartersOwnCounty() {
        data.actAs(COUNTY);
        ProcessInstance campaign;
        try {
            campaign = runtimeService.startProcessInstanceByKey("weak-branch-screening",
                    Variables.createVariables().putValue("countyCode", "").putValue("screeningYear", 2029));
        } finally {
            data.actAsSystem();
        }
        assertThat(campaign.getBusinessKey()).isEqualTo("990101-2029-screening");
        assertThat(tasks(campaign, "Task_ScreenTownship")).hasSize(3);
    }

    @Test
    void townshipMayNotDropOrAddVillages() {
        ProcessInstance campaign = startCampaign(COUNTY, 2027);
        Task task = tasks(campaign, "Task_ScreenTownship").stream()
                .filter(t -> "990101001".equals(runtimeService.getVariable(t.getExecutionId(), "townshipCode"))).findFirst().orElseThrow();
        List<Map<String, Object>> rows = new ArrayList<>(screenings(task));
        rows.remove(0);
        assertThatThrownBy(() -> completeAs(task, "qingshan-dw", Map.of("villageScreenings", rows, "screeningSummary", "x")))
                .rootCause().hasMessageContaining("一一对应");
        assertThat(ledger.findScreenings("990101-2027-screening")).isEmpty();
    }

    @Test
    void includedVillageNeedsCategoriesAndCause() {
        ProcessInstance campaign = startCampaign(COUNTY, 2028);
        for (Task task : tasks(campaign, "Task_ScreenTownship")) {
            String township = (String) runtimeService.getVariable(task.getExecutionId(), "townshipCode");
            completeAs(task, TOWNSHIP_USERS.get(township), Map.of("villageScreenings", screenings(task), "screeningSummary", "已排查"));
        }
        Task confirm = tasks(campaign, "Task_ConfirmWeakList").get(0);
        List<Map<String, Object>> list = PlainValues.listOfMaps(taskService.getVariable(confirm.getId(), "weakList"));
        assertRefusedByForm(() -> completeAs(confirm, COUNTY, Map.of("weakList", list)), "·主要原因」为必填项");
        List<Map<String, Object>> withoutCategories = new ArrayList<>(list.stream().map(HashMap::new).toList());
        withoutCategories.stream().filter(item -> Boolean.TRUE.equals(item.get("include"))).forEach(item -> {
            item.put("rootCause", "班子软弱");
            item.put("categories", List.of());
        });
        assertRefusedByForm(() -> completeAs(confirm, COUNTY, Map.of("weakList", withoutCategories)), "·确认情形」为必填项");

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("weak-branch-rectification").count()).isZero();
        assertThat(ledger.findScreenings("990101-2028-screening")).hasSize(12).allMatch(row -> row.included() == null);
    }

    @Test
    void aYearOutsideTheStartFormsRangeStartsNoCampaign() {
        for (Object year : List.of(1999, 2101, 2027.5)) {
            assertRefusedByForm(() -> startCampaign(COUNTY, year), "「排查年度」");
        }
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("weak-branch-screening").count()).isZero();
    }

    /** Dongpo (W01: secretary post vacant 120 days) and Zhuyuan (W08 petitions, W12 no collective income) are weak. */
    private List<Map<String, Object>> screenings(Task task) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> village : PlainValues.listOfMaps(runtimeService.getVariable(task.getExecutionId(), "villageScreenings"))) {
            Map<String, Object> row = new HashMap<>(village);
            row.putAll(Map.of("vacancyDays", 0, "secretaryStar", 4, "petitionCount", 1, "satisfactionRate", 85,
                    "collectiveIncome", 12.5, "teamDivided", false, "noVenue", false));
            if ("990101001001".equals(village.get("villageCode"))) {
                row.put("vacancyDays", 120);
            }
            if ("990101002003".equals(village.get("villageCode"))) {
                row.put("petitionCount", 9);
                row.put("collectiveIncome", 0);
            }
            rows.add(row);
        }
        return rows;
    }

    private ProcessInstance startCampaign(String user, Object year) {
        data.actAs(user);
        try {
            return runtimeService.startProcessInstanceByKey("weak-branch-screening",
                    Variables.createVariables().putValue("countyCode", COUNTY_CODE).putValue("screeningYear", year));
        } finally {
            data.actAsSystem();
        }
    }

    private List<Task> tasks(ProcessInstance instance, String key) {
        data.actAsSystem();
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
    }

    private void completeAs(Task task, String user, Map<String, Object> values) {
        data.actAs(user);
        try {
            taskService.complete(task.getId(), cn.lingyan.ProcessDriver.asSubmitted(values));
        } finally {
            data.actAsSystem();
        }
    }
}
