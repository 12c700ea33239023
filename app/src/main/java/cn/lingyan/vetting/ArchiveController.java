package cn.lingyan.vetting;

import cn.lingyan.org.UnitScope;
import cn.lingyan.refusal.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 一人一档, read access: each person with every vetting (department answers, steps, outcome), reserve record and
 * yearly assessment. A caller sees the persons of their own unit; the full identity number only the county
 * organisation department and the person's own township party committee get — everyone else a masked one.
 */
@RestController
@RequestMapping("/api/vetting")
class ArchiveController {

    private final VettingArchive archive;
    private final UnitScope unitScope;
    private final ReserveRegister register;

    ArchiveController(VettingArchive archive, UnitScope unitScope, ReserveRegister register) {
        this.archive = archive;
        this.unitScope = unitScope;
        this.register = register;
    }

    /** A person as the caller may see them: idNumberMasked tells whether the number is shown in full. */
    record PersonView(Long id, String name, String idNumber, boolean idNumberMasked, String gender, LocalDate birthDate,
            String countyCode, String townshipCode, String villageCode) {}

    record VettingView(VettingRow vetting, List<AnswerRow> answers, List<VettingEventRow> events) {}

    record PersonArchive(PersonView person, List<VettingView> vettings, List<ReserveRegister.ReserveView> reserves,
            List<AssessmentRow> assessments) {}

    @GetMapping("/persons")
    List<PersonView> persons(@RequestParam(name = "unit", required = false) String unit) {
        return archive.findPersonsUnder(unitScope.scope(unit)).stream().map(this::view).toList();
    }

    @GetMapping("/persons/{id}")
    PersonArchive person(@PathVariable("id") long id) {
        PersonRow person = archive.findPerson(id);
        if (person == null) {
            throw new NotFoundException("人员档案 " + id);
        }
        unitScope.requireSees(person.villageCode());
        List<VettingView> vettings = archive.findVettingsOfPerson(id).stream()
                .map(v -> new VettingView(v, archive.findAnswers(v.id()), archive.findEvents(v.id()))).toList();
        return new PersonArchive(view(person), vettings,
                archive.findReservesOfPerson(id).stream().map(register::view).toList(), archive.findAssessmentsOfPerson(id));
    }

    /** Vettings of a unit, newest first: where each candidate stands, or how and why it ended. */
    @GetMapping("/vettings")
    List<VettingRow> vettings(@RequestParam(name = "unit", required = false) String unit) {
        return archive.findVettingsUnder(unitScope.scope(unit));
    }

    @GetMapping("/assessments")
    List<AssessmentRow> assessments(@RequestParam(name = "unit", required = false) String unit) {
        return archive.findAssessmentsUnder(unitScope.scope(unit));
    }

    private PersonView view(PersonRow person) {
        boolean full = unitScope.actsFor(person.villageCode(), List.of("org-dept", "party-committee"));
        return new PersonView(person.id(), person.name(), full ? person.idNumber() : ResidentId.mask(person.idNumber()), !full,
                person.gender(), person.birthDate(), person.countyCode(), person.townshipCode(), person.villageCode());
    }

}
