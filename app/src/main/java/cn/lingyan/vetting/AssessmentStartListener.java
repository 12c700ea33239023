package cn.lingyan.vetting;

import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgLevel;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.org.UnitScope;
import cn.lingyan.system.Inputs;
import cn.lingyan.system.ProcessKeys;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Opens the yearly assessment (书记履职研判) of a village's secretary: one per village and year, linked to the
 * secretary's archive when the county filed one, so the rating joins the person's history.
 */
@Component("assessmentStartListener")
class AssessmentStartListener implements ExecutionListener {

    private final OrgDirectory directory;
    private final UnitScope unitScope;
    private final VettingArchive archive;
    private final Clock clock;

    AssessmentStartListener(OrgDirectory directory, UnitScope unitScope, VettingArchive archive, Clock clock) {
        this.directory = directory;
        this.unitScope = unitScope;
        this.archive = archive;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        OrgUnit village = directory.village(Inputs.text(execution, "villageCode"));
        unitScope.requireMayStart(ProcessKeys.SECRETARY_ASSESSMENT, village.code());
        // the form takes any whole year; only the past year and this one may be assessed
        int year = Inputs.number(execution, "assessmentYear").intValue();
        int thisYear = LocalDate.now(clock).getYear();
        if (year < thisYear - 1 || year > thisYear) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "研判年度应为" + (thisYear - 1) + "或" + thisYear + "年");
        }
        AssessmentRow existing = archive.findAssessmentOfVillage(village.code(), year);
        String businessKey = village.code() + "-" + year + "-assessment";
        if (existing != null) {
            throw new InvalidInputException(ErrorCode.DUPLICATE_ASSESSMENT, village.name(), year, businessKey);
        }
        OrgUnit township = directory.unit(village.townshipCode(), OrgLevel.TOWNSHIP);
        VettingRow secretary = archive.findLatestFiledSecretary(village.code());
        try {
            archive.insertAssessment(new AssessmentRow(null, execution.getProcessInstanceId(), village.code(), village.name(),
                    township.code(), village.countyCode(), year, secretary == null ? null : secretary.personId(),
                    secretary == null ? null : secretary.candidateName(), null, null, null, null, null, null, null, null, null,
                    "RATING", null, null, null, null, null, null));
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException(ErrorCode.DUPLICATE_ASSESSMENT, village.name(), year, businessKey);
        }
        AssessmentRow row = archive.findAssessmentByInstance(execution.getProcessInstanceId());
        execution.setProcessBusinessKey(businessKey);
        execution.setVariable("assessmentId", row.id());
        execution.setVariable("assessmentYear", year);
        execution.setVariable("villageCode", village.code());
        execution.setVariable("villageName", village.name());
        execution.setVariable("townshipCode", township.code());
        execution.setVariable("townshipName", township.name());
        execution.setVariable("countyCode", village.countyCode());
        execution.setVariable("caseTitle", village.name() + year + "年度书记履职研判");
        if (secretary != null) {
            execution.setVariable("secretaryName", secretary.candidateName());
        }
    }
}
