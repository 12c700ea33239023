package cn.lingyan.dashboard;

import cn.lingyan.dashboard.DashboardRows.OpenDisclosure;
import cn.lingyan.deliberation.MatterKind;
import cn.lingyan.deliberation.MeetingBody;
import cn.lingyan.org.UnitScope;
import cn.lingyan.system.Term;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** 议事决策: matters per village by kind and resolving body, failed meetings and votes, disclosures due and overdue. */
@Component
class RegisterView {

    record MatterLine(String villageCode, String villageName, String kind, String kindText, String body, String bodyText,
            long count) {}

    record Register(List<MatterLine> byVillage, long quorumFailures, long rejections, long disclosuresDue,
            long disclosuresOverdue, List<OpenDisclosure> overdueDisclosures) {}

    private final DashboardQueries queries;
    private final UnitScope unitScope;
    private final Clock clock;

    RegisterView(DashboardQueries queries, UnitScope unitScope, Clock clock) {
        this.queries = queries;
        this.unitScope = unitScope;
        this.clock = clock;
    }

    Register of(String unit) {
        String prefix = unitScope.scope(unit);
        LocalDate today = LocalDate.now(clock);
        List<MatterLine> lines = queries.mattersByVillage(prefix).stream().map(m -> new MatterLine(m.villageCode(), m.villageName(),
                m.kind(), Term.text(MatterKind.class, m.kind()), m.body(), Term.text(MeetingBody.class, m.body()), m.total())).toList();
        List<OpenDisclosure> open = queries.openDisclosures(prefix);
        List<OpenDisclosure> overdue = open.stream().filter(d -> d.postingEnds().isBefore(today)).toList();
        return new Register(lines, queries.quorumFailures(prefix), queries.rejections(prefix), open.size() - overdue.size(),
                overdue.size(), overdue);
    }
}
