package cn.lingyan.rectification;

import cn.lingyan.org.Routing;
import cn.lingyan.org.People;
import cn.lingyan.system.Inputs;
import cn.lingyan.system.PlainValues;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task listeners of the confirmation and assignment steps: 县级确认 and 落实"四个一". Each validates what the
 * form cannot (membership, consistency) and writes the ledger in the engine's transaction.
 */
@Component("caseSteps")
public class CaseSteps {

    private final RectificationLedger ledger;
    private final CategoryCatalogue catalogue;
    private final Routing routing;
    private final People people;
    private final RectificationProperties rules;
    private final Clock clock;

    CaseSteps(RectificationLedger ledger, CategoryCatalogue catalogue, Routing routing, People people, RectificationProperties rules,
            Clock clock) {
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.routing = routing;
        this.people = people;
        this.rules = rules;
        this.clock = clock;
    }

    /** Create listener of 县委组织部确认: the DMN suggestions as one readable line. */
    public void describeSuggestions(DelegateTask task) {
        List<Map<String, Object>> suggestions = Inputs.rows(task, "suggestedCategories");
        String text = suggestions.isEmpty() ? "未触发规则表中的情形"
                : suggestions.stream().map(s -> s.get("category") + " " + s.get("categoryName")).collect(Collectors.joining("；"));
        task.setVariable("suggestedCategoriesText", text);
        // the county starts from the table's suggestion and may tick more or fewer categories
        task.setVariable("confirmedCategories", PlainValues.json(suggestions.stream().map(s -> s.get("category")).toList()));
    }

    /** Complete listener of 县委组织部确认软弱涣散村党组织. */
    public void confirm(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        if ("CONFIRM".equals(Inputs.text(task, "confirmDecision"))) {
            recordConfirmation(ref.caseId(), ref.cycle(), ref.row().villageCode(), Inputs.strings(task, "confirmedCategories"),
                    Inputs.text(task, "rootCause"), Inputs.text(task, "confirmNote"));
        } else {
            ledger.updateStage(ref.caseId(), CaseStage.NOT_LISTED.name());
            ledger.insertEvent(ref.caseId(), ref.cycle(), "NOT_LISTED", Inputs.text(task, "confirmNote"), people.currentUserId());
        }
    }

    /** The confirmed categories and cause: the county's confirmation form or its screening list requires both. */
    void recordConfirmation(long caseId, int cycle, String villageCode, List<String> categories, String rootCause, String note) {
        for (String code : categories.stream().distinct().toList()) {
            ledger.insertCategory(caseId, cycle, code, catalogue.name(code, villageCode));
        }
        ledger.confirm(caseId, rootCause);
        ledger.insertEvent(caseId, cycle, "CONFIRMED", note, people.currentUserId());
    }

    /** Complete listener of 落实"四个一": the people must be members of the right units; starts the deadline. */
    public void assignFourOnes(DelegateTask task) {
        CaseRef ref = CaseRef.of(ledger, task);
        String villageCode = ref.row().villageCode();
        String countyLeaderId = Inputs.text(task, "countyLeaderId");
        String firstSecretaryId = Inputs.text(task, "firstSecretaryId");
        requireMember(countyLeaderId, routing.group(villageCode, "leaders"), "县级联系领导");
        requireMember(firstSecretaryId, routing.group(villageCode, "first-secretary"), "本村第一书记");
        task.setVariable("countyLeaderId", countyLeaderId);
        task.setVariable("firstSecretaryId", firstSecretaryId);

        ledger.deleteAssignment(ref.caseId(), ref.cycle());
        ledger.insertAssignment(ref.caseId(), ref.cycle(), countyLeaderId, Inputs.text(task, "townshipLeaderName"),
                firstSecretaryId, Inputs.text(task, "pairedUnit"), people.currentUserId());
        LocalDate due = LocalDate.now(clock).plus(rules.rectificationPeriod());
        setDeadline(task.getExecution(), ref.caseId(), due, 0);
    }

    /** Assignee of the monthly visit task: the county leader the ledger holds for this cycle (四个一). */
    public String countyLeaderOf(DelegateExecution execution) {
        CaseRef ref = CaseRef.of(ledger, execution);
        return ledger.findCountyLeader(ref.caseId(), ref.cycle());
    }

    void setDeadline(DelegateExecution execution, long caseId, LocalDate due, int extensionsUsed) {
        ZoneId zone = clock.getZone();
        execution.setVariable("rectificationDue", Date.from(due.atStartOfDay(zone).toInstant()));
        execution.setVariable("rectificationDueText", due.toString());
        execution.setVariable("extensionsUsed", extensionsUsed);
        ledger.updateDeadline(caseId, due, extensionsUsed);
    }

    private void requireMember(String userId, String groupId, String what) {
        if (!routing.isMember(userId, groupId)) {
            throw new InvalidInputException(ErrorCode.NOT_IN_GROUP, String.valueOf(userId), routing.groupName(groupId), what);
        }
    }
}
