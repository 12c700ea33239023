package cn.lingyan.rectification;

import cn.lingyan.org.UnitScope;
import cn.lingyan.refusal.NotFoundException;
import cn.lingyan.system.Term;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read access to the rectification ledger (台账), limited to the caller's own unit: a county sees its
 * villages, a township its own, a village itself. Authentication is HTTP Basic, as for the engine REST API.
 */
@RestController
@RequestMapping("/api/rectification/cases")
class LedgerController {

    private final RectificationLedger ledger;
    private final UnitScope unitScope;

    LedgerController(RectificationLedger ledger, UnitScope unitScope) {
        this.ledger = ledger;
        this.unitScope = unitScope;
    }

    /** A case with the word for its stage (CaseStage, as the dashboard shows it) and its lists. */
    record CaseDetail(CaseRow caseRow, String stageText, List<String> categories, List<MeasureRow> measures,
            List<String> acceptanceResults, List<String> events) {}

    @GetMapping
    List<CaseRow> list(@RequestParam(name = "unit", required = false) String unit) {
        return ledger.findCasesUnder(unitScope.scope(unit));
    }

    @GetMapping("/{id}")
    CaseDetail detail(@PathVariable("id") long id) {
        CaseRow row = ledger.findCase(id);
        if (row == null) {
            throw new NotFoundException("整顿案件 " + id);
        }
        unitScope.requireSees(row.villageCode());
        return new CaseDetail(row, Term.text(CaseStage.class, row.stage()), ledger.findCategories(id, row.cycle()), ledger.findMeasures(id, row.cycle()),
                ledger.findAcceptanceResults(id), ledger.findEventKinds(id));
    }
}
