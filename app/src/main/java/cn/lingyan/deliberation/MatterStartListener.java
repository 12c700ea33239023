package cn.lingyan.deliberation;

import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgLevel;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.org.UnitScope;
import cn.lingyan.org.People;
import cn.lingyan.system.Inputs;
import cn.lingyan.system.ProcessKeys;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.system.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
        OrgUnit village = directory.village(Inputs.text(execution, "villageCode"));
        unitScope.requireMayStart(ProcessKeys.FOUR_DELIBERATIONS_TWO_DISCLOSURES, village.code());
        String kind = Inputs.text(execution, "matterKind");
        String title = Inputs.text(execution, "matterTitle");
        String source = Inputs.text(execution, "matterSource");
        BigDecimal amount = BigDecimal.valueOf(Inputs.number(execution, "amount")).setScale(2, RoundingMode.HALF_UP);
        int households = Inputs.number(execution, "affectedHouseholds").intValue();
        OffsetDateTime since = LocalDate.now(clock).minus(properties.coolOff()).atStartOfDay(clock.getZone()).toOffsetDateTime();
        MatterRow ended = register.findEndedWithoutDecision(village.code(), title, since);
        if (ended != null) {
            throw new InvalidInputException(ErrorCode.MATTER_COOLING_OFF, title, ended.closedAt().toLocalDate(),
                    ended.closedAt().toLocalDate().plus(properties.coolOff()));
        }
        OrgUnit township = directory.unit(village.townshipCode(), OrgLevel.TOWNSHIP);
        boolean complex = Inputs.bool(execution, "complex");
        register.insertMatter(new MatterRow(null, execution.getProcessInstanceId(), null, village.code(), village.name(),
                township.code(), village.countyCode(), kind, title, Inputs.text(execution, "matterDescription"),
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
        execution.setVariable("secretaryHeadsCommittee", Inputs.bool(execution, "secretaryHeadsCommittee"));
        execution.setVariable("representativesDelegated", Inputs.bool(execution, "representativesDelegated"));
        execution.setVariable("caseTitle", title);
        execution.setVariable("matterKindText", Term.text(MatterKind.class, kind));
        execution.setVariable("amountText", amount.toPlainString());
        execution.setVariable("affectedHouseholdsText", households + "户");
    }
}
