package cn.lingyan.deliberation;

import cn.lingyan.org.UnitScope;
import cn.lingyan.refusal.NotFoundException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decision register, read-only: matters of the caller's unit (a township sees all its villages', a county
 * its county's) with their meetings and votes, disclosures, complaints, supervision findings and steps.
 */
@RestController
@RequestMapping("/api/deliberation/matters")
class RegisterController {

    private final DecisionRegister register;
    private final UnitScope unitScope;

    RegisterController(DecisionRegister register, UnitScope unitScope) {
        this.register = register;
        this.unitScope = unitScope;
    }

    record MatterDetail(MatterRow matter, List<MeetingRow> meetings, List<DisclosureRow> disclosures,
            List<ComplaintRow> complaints, List<SupervisionRow> supervision, List<MatterEventRow> events) {}

    @GetMapping
    List<MatterRow> list(@RequestParam(name = "unit", required = false) String unit) {
        return register.findMattersUnder(unitScope.scope(unit));
    }

    @GetMapping("/{id}")
    MatterDetail detail(@PathVariable("id") long id) {
        MatterRow matter = register.findMatter(id);
        if (matter == null) {
            throw new NotFoundException("村级事项 " + id);
        }
        unitScope.requireSees(matter.villageCode());
        return new MatterDetail(matter, register.findMeetings(id), register.findDisclosures(id), register.findComplaints(id),
                register.findSupervisions(id), register.findEvents(id));
    }
}
