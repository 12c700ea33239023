package cn.lingyan.rectification;

import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgLevel;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.org.UnitScope;
import cn.lingyan.org.People;
import cn.lingyan.engine.SystemAccess;
import cn.lingyan.org.CountyRules;
import cn.lingyan.system.Inputs;
import cn.lingyan.system.PlainValues;
import cn.lingyan.system.ProcessKeys;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Listeners of the yearly screening campaign (拉网式排查): every township screens its villages, the
 * weakness-categories table suggests categories per village, the county confirms the list.
 */
@Component("screeningSteps")
public class ScreeningSteps {

    private final OrgDirectory directory;
    private final UnitScope unitScope;
    private final People people;
    private final RectificationLedger ledger;
    private final CountyRules countyRules;
    private final RuntimeService runtimeService;
    private final SystemAccess systemAccess;
    private final ScreeningProperties rules;

    ScreeningSteps(OrgDirectory directory, UnitScope unitScope, People people, RectificationLedger ledger, CountyRules countyRules,
            RuntimeService runtimeService, SystemAccess systemAccess, ScreeningProperties rules) {
        this.directory = directory;
        this.unitScope = unitScope;
        this.people = people;
        this.ledger = ledger;
        this.countyRules = countyRules;
        this.runtimeService = runtimeService;
        this.systemAccess = systemAccess;
        this.rules = rules;
    }

    /** Start listener: one campaign per county and year, started by that county's org department. */
    public void start(DelegateExecution execution) {
        String countyCode = Inputs.optional(execution, "countyCode");
        // left empty in the start form: the starter's own county
        OrgUnit county = directory.unit(countyCode == null ? unitScope.homeUnit() : countyCode, OrgLevel.COUNTY);
        unitScope.requireMayStart(ProcessKeys.WEAK_BRANCH_SCREENING, county.code());
        int year = Inputs.number(execution, "screeningYear").intValue();
        String key = campaignKey(county.code(), year);
        if (campaignExists(county.code(), year)) {
            throw new InvalidInputException(ErrorCode.DUPLICATE_CAMPAIGN, county.name(), year, key);
        }
        execution.setProcessBusinessKey(key);
        execution.setVariable("countyCode", county.code());
        execution.setVariable("countyName", county.name());
        execution.setVariable("screeningYear", year);
        execution.setVariable("campaignKey", key);
        execution.setVariable("caseTitle", county.name() + year + "年度软弱涣散村党组织排查");
    }

    /** Business key of a county's campaign for a year; also the ledger's key of its screening rows. */
    private static String campaignKey(String countyCode, int year) {
        return countyCode + "-" + year + "-screening";
    }

    /** The county's campaign of the year runs or has run (its screening rows are in the ledger). */
    boolean campaignExists(String countyCode, int year) {
        String key = campaignKey(countyCode, year);
        long running = systemAccess.call(() -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.WEAK_BRANCH_SCREENING).processInstanceBusinessKey(key).count());
        return running > 0 || !ledger.findScreenings(key).isEmpty();
    }

    /** Create listener of the per-township task: one row per village of that township. */
    public void prepareTownship(DelegateTask task) {
        OrgUnit township = directory.unit(Inputs.text(task, "townshipCode"), OrgLevel.TOWNSHIP);
        // local to this township's instance execution, where both submit-form and complete write back
        task.getExecution().setVariableLocal("townshipName", township.name());
        List<Map<String, Object>> rows = directory.villagesUnder(township.code()).stream().map(v -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("villageCode", v.code());
            row.put("villageName", v.name());
            return row;
        }).toList();
        task.getExecution().setVariableLocal("villageScreenings", PlainValues.json(rows));
    }

    /** Complete listener of the per-township task: every village screened, each judged by the DMN table. */
    public void recordTownship(DelegateTask task) {
        String townshipCode = Inputs.text(task, "townshipCode");
        String campaignKey = Inputs.text(task, "campaignKey");
        Map<String, OrgUnit> villages = directory.villagesUnder(townshipCode).stream()
                .collect(Collectors.toMap(OrgUnit::code, v -> v, (a, b) -> a, LinkedHashMap::new));
        List<Map<String, Object>> rows = Inputs.rows(task, "villageScreenings");
        Set<String> seen = rows.stream().map(r -> PlainValues.text(r.get("villageCode"))).collect(Collectors.toSet());
        if (!seen.equals(villages.keySet()) || rows.size() != villages.size()) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "逐村排查名单应与本乡镇的村一一对应，请勿增删");
        }
        for (Map<String, Object> row : rows) {
            OrgUnit village = villages.get(PlainValues.text(row.get("villageCode")));
            List<String> suggested = suggest(row, village.code());
            ledger.insertScreening(new ScreeningRow(null, campaignKey, village.countyCode(),
                    Inputs.number(task, "screeningYear").intValue(), townshipCode, village.code(), village.name(),
                    PlainValues.jsonText(row), String.join(",", suggested), PlainValues.text(row.get("screeningNote")),
                    people.currentUserId(), null, null, null));
        }
    }

    /** Create listener of the county's confirmation: every screened village, suggested ones pre-ticked. */
    public void prepareConfirmation(DelegateTask task) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (ScreeningRow row : ledger.findScreenings(Inputs.text(task, "campaignKey"))) {
            List<String> suggested = row.suggestedCategories().isEmpty() ? List.of() : List.of(row.suggestedCategories().split(","));
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("villageCode", row.villageCode());
            item.put("villageName", row.villageName());
            item.put("townshipName", directory.unit(row.townshipCode(), OrgLevel.TOWNSHIP).name());
            item.put("suggestedText", suggested.isEmpty() ? "未触发情形" : String.join("、", suggested));
            item.put("include", !suggested.isEmpty());
            item.put("categories", suggested);
            item.put("rootCause", "");
            items.add(item);
        }
        task.setVariable("weakList", PlainValues.json(items));
    }

    /** Complete listener of the county's confirmation: the confirmed villages become cases. */
    public void confirmList(DelegateTask task) {
        String campaignKey = Inputs.text(task, "campaignKey");
        Set<String> screened = ledger.findScreenings(campaignKey).stream().map(ScreeningRow::villageCode).collect(Collectors.toSet());
        List<Map<String, Object>> confirmed = new ArrayList<>();
        for (Map<String, Object> item : Inputs.rows(task, "weakList")) {
            String villageCode = PlainValues.text(item.get("villageCode"));
            if (!screened.contains(villageCode)) {
                throw new InvalidInputException(ErrorCode.UNKNOWN_VILLAGE, villageCode);
            }
            boolean include = PlainValues.bool(item.get("include"));
            List<String> categories = include ? PlainValues.strings(item.get("categories")) : List.of();
            String rootCause = include ? PlainValues.text(item.get("rootCause")) : null;
            ledger.confirmScreening(campaignKey, villageCode, include, String.join(",", categories), rootCause);
            if (include) {
                confirmed.add(Map.of("villageCode", villageCode, "categories", categories, "rootCause", rootCause));
            }
        }
        int minimum = (int) Math.ceil(rules.minShare() * screened.size());
        if (confirmed.size() < minimum) {
            throw new InvalidInputException(ErrorCode.QUOTA_NOT_MET, minimum, confirmed.size());
        }
        task.setVariable("confirmedVillages", PlainValues.json(confirmed));
    }

    private List<String> suggest(Map<String, Object> indicators, String villageCode) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        indicators.forEach((k, v) -> inputs.put(k, PlainValues.of(v)));
        return countyRules.evaluate(CategoryCatalogue.DECISION_KEY, villageCode, inputs)
                .collectEntries("category").stream().map(String::valueOf).toList();
    }
}
