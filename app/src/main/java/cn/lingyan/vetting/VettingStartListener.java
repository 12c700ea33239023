package cn.lingyan.vetting;

import cn.lingyan.system.Inputs;
import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.OrgLevel;
import cn.lingyan.org.OrgUnit;
import cn.lingyan.org.UnitScope;
import cn.lingyan.org.People;
import cn.lingyan.system.ProcessKeys;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.system.Term;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Opens a vetting when secretary-candidate-vetting starts (B1, 提名): checks what the nomination form cannot — the
 * identity number's check digit, birth date and gender against the number, age, Party membership, the reserve
 * pool and the earlier vetting — files the person in the archive (一人一档), refuses a second open vetting of the
 * same person, and keeps only a masked identity number in the process: the full number never stays in a variable.
 */
@Component("vettingStartListener")
class VettingStartListener implements ExecutionListener {

    private final OrgDirectory directory;
    private final UnitScope unitScope;
    private final People people;
    private final VettingArchive archive;
    private final VettingProperties rules;
    private final Clock clock;

    VettingStartListener(OrgDirectory directory, UnitScope unitScope, People people, VettingArchive archive, VettingProperties rules, Clock clock) {
        this.directory = directory;
        this.unitScope = unitScope;
        this.people = people;
        this.archive = archive;
        this.rules = rules;
        this.clock = clock;
    }

    /** What the nomination says about the candidate, checked; person is null for someone new to the archive. */
    record Candidate(PersonRow person, ResidentId id, String name, String gender, LocalDate birthDate,
            LocalDate partyJoinDate, String education, String residence, String currentWork, ReserveRow reserve) {}

    @Override
    public void notify(DelegateExecution execution) {
        // whatever happens below, the full identity number must not outlive this listener as a variable
        String idNumber = Inputs.text(execution, "idNumber");
        execution.removeVariable("idNumber");

        OrgUnit village = directory.village(Inputs.text(execution, "villageCode"));
        unitScope.requireMayStart(ProcessKeys.SECRETARY_CANDIDATE_VETTING, village.code());
        String reason = Inputs.text(execution, "vettingReason");
        String position = Inputs.text(execution, "position");
        Candidate candidate = "RESERVE_POOL".equals(Inputs.text(execution, "candidateSource"))
                ? fromReservePool(execution, village, reason)
                : fromNomination(execution, idNumber);
        check(candidate, position);
        VettingRow previous = previousVetting(execution, candidate);

        long personId = file(candidate, village);
        VettingRow open = archive.findOpenVettingOfPerson(personId);
        if (open != null) {
            throw new InvalidInputException(ErrorCode.DUPLICATE_VETTING, candidate.name(), open.businessKey());
        }
        OrgUnit township = directory.unit(village.townshipCode(), OrgLevel.TOWNSHIP);
        try {
            archive.insertVetting(new VettingRow(null, personId, execution.getProcessInstanceId(), null, reason, position,
                    village.code(), village.name(), township.code(), village.countyCode(), candidate.name(),
                    candidate.partyJoinDate(), candidate.education(), candidate.residence(), candidate.currentWork(), true,
                    Inputs.text(execution, "nominationNote"), previous == null ? null : previous.id(),
                    candidate.reserve() == null ? null : candidate.reserve().id(), null, "VILLAGE_CHECK", null, null,
                    null, null, null, people.currentUserId(), null, null));
        } catch (DuplicateKeyException raced) {
            throw new InvalidInputException(ErrorCode.DUPLICATE_VETTING, candidate.name(), "正在提交的另一审查");
        }
        VettingRow vetting = archive.findVettingByInstance(execution.getProcessInstanceId());
        String businessKey = village.code() + "-" + LocalDate.now(clock).getYear() + "-vetting-" + vetting.id();
        archive.updateBusinessKey(vetting.id(), businessKey);
        execution.setProcessBusinessKey(businessKey);
        archive.insertEvent(vetting.id(), "NOMINATED", Term.text(VettingReason.class, reason) + "，拟任" + Term.text(Position.class, position)
                + (previous == null ? "" : "；重新提请，原审查" + previous.businessKey()), people.currentUserId());

        execution.setVariable("vettingId", vetting.id());
        execution.setVariable("personId", personId);
        execution.setVariable("villageCode", village.code());
        execution.setVariable("villageName", village.name());
        execution.setVariable("townshipCode", township.code());
        execution.setVariable("townshipName", township.name());
        execution.setVariable("countyCode", village.countyCode());
        showCandidate(execution, candidate, reason, position);
    }

    private Candidate fromNomination(DelegateExecution execution, String idNumber) {
        String problem = ResidentId.problem(idNumber);
        if (problem != null) {
            throw new InvalidInputException(ErrorCode.INVALID_ID_NUMBER, problem);
        }
        ResidentId id = ResidentId.of(idNumber);
        String name = Inputs.text(execution, "candidateName");
        String gender = Inputs.text(execution, "gender");
        LocalDate birthDate = Inputs.date(execution, "birthDate", "出生日期");
        if (!id.birthDate().equals(birthDate)) {
            throw new InvalidInputException(ErrorCode.INVALID_ID_NUMBER,
                    "出生日期" + birthDate + "与公民身份号码中的出生日期不一致，请核对");
        }
        if (!id.gender().equals(gender)) {
            throw new InvalidInputException(ErrorCode.INVALID_ID_NUMBER,
                    "性别“" + Term.text(Gender.class, gender) + "”与公民身份号码第17位不一致，请核对");
        }
        PersonRow known = archive.findPersonByIdNumber(id.number());
        return new Candidate(known, id, name, gender, birthDate, Inputs.date(execution, "partyJoinDate", "入党时间"),
                Inputs.text(execution, "education"), Inputs.text(execution, "residence"), Inputs.text(execution, "currentWork"), null);
    }

    /** A reserve from the register, put up for a post: the archive already holds the person and the record. */
    private Candidate fromReservePool(DelegateExecution execution, OrgUnit village, String reason) {
        if ("RESERVE".equals(reason)) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "后备力量库中的人选已在库内，纳入后备力量时请选择“新推荐人选”");
        }
        Double reserveId = Inputs.number(execution, "reserveId");
        ReserveRow reserve = reserveId == null ? null : archive.findReserve(reserveId.longValue());
        if (reserve == null || !"ACTIVE".equals(reserve.status())) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "后备力量编号“" + Inputs.text(execution, "reserveId")
                    + "”不在后备力量库中或已出库，请核对编号");
        }
        if (!reserve.countyCode().equals(village.countyCode())) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "该后备力量不属于本县，不能提名");
        }
        unitScope.requireSees(reserve.villageCode());
        PersonRow person = archive.findPerson(reserve.personId());
        VettingRow entry = archive.findVetting(reserve.vettingId());
        return new Candidate(person, null, person.name(), person.gender(), person.birthDate(), entry.partyJoinDate(),
                entry.education(), entry.residence(), entry.currentWork(), reserve);
    }

    private void check(Candidate candidate, String position) {
        LocalDate today = LocalDate.now(clock);
        if (Period.between(candidate.birthDate(), today).getYears() < rules.minAge()) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "人选未满" + rules.minAge() + "周岁，不能提名");
        }
        LocalDate joined = candidate.partyJoinDate();
        if ("SECRETARY".equals(position) && joined == null) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "拟任村党组织书记的人选须为中共党员，请填写入党时间");
        }
        if (joined != null && (joined.isAfter(today) || Period.between(candidate.birthDate(), joined).getYears() < rules.partyJoinMinAge())) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "入党时间" + joined + "不合理（应在年满" + rules.partyJoinMinAge()
                    + "周岁之后、不晚于今天）");
        }
    }

    private VettingRow previousVetting(DelegateExecution execution, Candidate candidate) {
        String key = Inputs.optional(execution, "previousVettingKey");
        if (key == null) {
            return null;
        }
        VettingRow previous = archive.findVettingByBusinessKey(key);
        if (previous == null || candidate.person() == null || !previous.personId().equals(candidate.person().id())) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "此前审查编号“" + key + "”不是该人选的审查，请核对");
        }
        return previous;
    }

    /** The person's archive entry: created on first nomination, brought up to date (e.g. a transfer) afterwards. */
    private long file(Candidate candidate, OrgUnit village) {
        PersonRow known = candidate.person();
        String number = candidate.id() != null ? candidate.id().number() : known.idNumber();
        PersonRow row = new PersonRow(known == null ? null : known.id(), number, candidate.name(), candidate.gender(),
                candidate.birthDate(), village.countyCode(), village.townshipCode(), village.code(), null, null);
        if (known == null) {
            try {
                archive.insertPerson(row);
            } catch (DuplicateKeyException raced) {
                throw new InvalidInputException(ErrorCode.DUPLICATE_VETTING, candidate.name(), "正在提交的另一审查");
            }
            return archive.findPersonByIdNumber(number).id();
        }
        archive.updatePerson(row);
        return known.id();
    }

    /** Read-only copies for the later forms; the identity number only masked. */
    private static void showCandidate(DelegateExecution execution, Candidate candidate, String reason, String position) {
        String masked = candidate.id() != null ? candidate.id().masked() : ResidentId.mask(candidate.person().idNumber());
        execution.setVariable("candidateName", candidate.name());
        execution.setVariable("idNumberMasked", masked);
        execution.setVariable("genderText", Term.text(Gender.class, candidate.gender()));
        execution.setVariable("birthDateText", candidate.birthDate().toString());
        execution.setVariable("partyJoinDateText", candidate.partyJoinDate() == null ? "非中共党员" : candidate.partyJoinDate().toString());
        execution.setVariable("educationText", Term.text(Education.class, candidate.education()));
        execution.setVariable("residence", candidate.residence());
        execution.setVariable("currentWork", candidate.currentWork());
        execution.setVariable("vettingReasonText", Term.text(VettingReason.class, reason));
        execution.setVariable("positionText", Term.text(Position.class, position));
        execution.setVariable("caseTitle", candidate.name() + "（" + Term.text(Position.class, position) + "人选审查）");
        for (String raw : List.of("gender", "birthDate", "partyJoinDate", "education")) {
            execution.removeVariable(raw);
        }
    }
}
