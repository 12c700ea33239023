package cn.lingyan.deliberation;

import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgLevel;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.org.UnitScope;
import cn.lingyan.org.People;
import cn.lingyan.system.Inputs;
import cn.lingyan.system.PlainValues;
import cn.lingyan.system.ProcessKeys;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.system.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Registers a matter when four-deliberations-two-disclosures starts (C0): one instance and one register row per
 * matter, named for people, the register's copy of what was asked; a matter withdrawn or not proposed cannot be
 * put again under the same title during the cool-off.
 */
@Component("matterStartListener")
class MatterStartListener implements ExecutionListener {

    private final OrgDirectory directory;
    private final UnitScope unitScope;
    private final People people;
    private final DecisionRegister register;
    private final DeliberationProperties properties;
    private final Clock clock;

    MatterStartListener(OrgDirectory directory, UnitScope unitScope, People people, DecisionRegister register, DeliberationProperties properties,
            Clock clock) {
        this.directory = directory;
        this.unitScope = unitScope;
        this.people = people;
        this.register = register;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        OrgUnit village = directory.village(PlainValues.text(execution.getVariable("villageCode")));
        unitScope.requireMayStart(ProcessKeys.FOUR_DELIBERATIONS_TWO_DISCLOSURES, village.code());
        String kind = Inputs.choice(execution, "matterKind", "事项类别", Term.codes(MatterKind.class));
        String title = Inputs.required(execution, "matterTitle", "事项名称");
        String source = Inputs.choice(execution, "matterSource", "事项来源", Term.codes(MatterSource.class));
        BigDecimal amount = BigDecimal.valueOf(PlainValues.number(execution.getVariable("amount"))).setScale(2, RoundingMode.HALF_UP);
        int households = PlainValues.number(execution.getVariable("affectedHouseholds")).intValue();
        LocalDateTime since = LocalDate.now(clock).minus(properties.coolOff()).atStartOfDay();
        MatterRow ended = register.findEndedWithoutDecision(village.code(), title, since);
        if (ended != null) {
            throw new InvalidInputException(ErrorCode.MATTER_COOLING_OFF, title, ended.closedAt().toLocalDate(),
                    ended.closedAt().toLocalDate().plus(properties.coolOff()));
        }
        OrgUnit township = directory.unit(village.townshipCode(), OrgLevel.TOWNSHIP);
        boolean complex = PlainValues.bool(execution.getVariable("complex"));
        register.insertMatter(new MatterRow(null, execution.getProcessInstanceId(), null, village.code(), village.name(),
                township.code(), village.countyCode(), kind, title, Inputs.required(execution, "matterDescription", "事项内容"),
                amount, households, source, complex, null, null, null, null, "REGISTERED", null, null,
                people.currentUserId(), null, null));
        MatterRow matter = register.findMatterByInstance(execution.getProcessInstanceId());
        String businessKey = village.code() + "-" + LocalDate.now(clock).getYear() + "-matter-" + matter.id();
        register.updateBusinessKey(matter.id(), businessKey);
        execution.setProcessBusinessKey(businessKey);
        register.insertEvent(matter.id(), "REGISTERED", Term.text(MatterSource.class, source) + "：" + title, people.currentUserId());

        execution.setVariable("matterId", matter.id());
        execution.setVariable("villageCode", village.code());
        execution.setVariable("villageName", village.name());
        execution.setVariable("townshipCode", township.code());
        execution.setVariable("townshipName", township.name());
        execution.setVariable("countyCode", village.countyCode());
        execution.setVariable("complex", complex);
        execution.setVariable("secretaryHeadsCommittee", PlainValues.bool(execution.getVariable("secretaryHeadsCommittee")));
        execution.setVariable("representativesDelegated", PlainValues.bool(execution.getVariable("representativesDelegated")));
        execution.setVariable("caseTitle", title);
        execution.setVariable("matterKindText", Term.text(MatterKind.class, kind));
        execution.setVariable("amountText", amount.toPlainString());
        execution.setVariable("affectedHouseholdsText", households + "户");
    }
}
