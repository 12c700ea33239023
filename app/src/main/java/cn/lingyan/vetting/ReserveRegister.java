package cn.lingyan.vetting;

import cn.lingyan.org.OrgDirectory;
import cn.lingyan.org.UnitScope;
import cn.lingyan.org.People;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import cn.lingyan.refusal.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 后备力量: the county reserve register. Cleared reserve candidates enter it when filed; townships keep each
 * reserve's yearly 三定四个一 record; the register shows villages short of mature reserves [seed:004].
 */
@Service
public class ReserveRegister {

    private final VettingArchive archive;
    private final OrgDirectory directory;
    private final UnitScope unitScope;
    private final People people;
    private final VettingProperties properties;
    private final Clock clock;

    ReserveRegister(VettingArchive archive, OrgDirectory directory, UnitScope unitScope, People people, VettingProperties properties, Clock clock) {
        this.archive = archive;
        this.directory = directory;
        this.unitScope = unitScope;
        this.people = people;
        this.properties = properties;
        this.clock = clock;
    }

    /** A reserve with its records; mature once a year's 三定四个一 is complete. */
    public record ReserveView(ReserveRow reserve, List<ReserveRecordRow> records, boolean mature) {}

    public record VillageReserves(String villageCode, String villageName, int active, int mature, boolean belowMinimum,
            boolean belowTarget) {}

    public record Register(List<ReserveView> reserves, List<VillageReserves> villages, int minimum, int target) {}

    /** One year's 三定四个一 as a township records it. */
    public record YearRecord(Integer year, Boolean trainingDone, Boolean shadowingDone, Boolean chairedMeeting,
            Integer linkedHouseholds, String note) {}

    ReserveView view(ReserveRow reserve) {
        List<ReserveRecordRow> records = archive.findReserveRecords(reserve.id());
        return new ReserveView(reserve, records, "ACTIVE".equals(reserve.status()) && records.stream().anyMatch(this::complete));
    }

    boolean complete(ReserveRecordRow record) {
        return record.trainingDone() && record.shadowingDone() && record.chairedMeeting()
                && record.linkedHouseholds() >= properties.reserveLinkedHouseholds();
    }

    /** The register of a unit (county, township or village), every village of it with its count against the target. */
    public Register register(String unitCode) {
        List<ReserveView> reserves = archive.findReservesUnder(unitCode).stream().map(this::view).toList();
        Map<String, List<ReserveView>> byVillage = reserves.stream().filter(r -> "ACTIVE".equals(r.reserve().status()))
                .collect(Collectors.groupingBy(r -> r.reserve().villageCode()));
        List<VillageReserves> villages = directory.villagesUnder(unitCode).stream().map(village -> {
            List<ReserveView> own = byVillage.getOrDefault(village.code(), List.of());
            int mature = (int) own.stream().filter(ReserveView::mature).count();
            return new VillageReserves(village.code(), village.name(), own.size(), mature,
                    mature < properties.reserveMinPerVillage(), mature < properties.reserveTargetPerVillage());
        }).toList();
        return new Register(reserves, villages, properties.reserveMinPerVillage(), properties.reserveTargetPerVillage());
    }

    /** Records (or corrects) a reserve's year; only its township party committee or the county org department. */
    @Transactional
    public ReserveView record(long reserveId, YearRecord input) {
        ReserveRow reserve = activeReserve(reserveId);
        int thisYear = LocalDate.now(clock).getYear();
        if (input.year() == null || input.year() < reserve.enteredOn().getYear() || input.year() > thisYear) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "记实年度应在" + reserve.enteredOn().getYear() + "至" + thisYear + "年之间");
        }
        if (input.trainingDone() == null || input.shadowingDone() == null || input.chairedMeeting() == null) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "请逐项填写集中培训、跟岗锻炼、主持村民会议是否完成");
        }
        if (input.linkedHouseholds() == null || input.linkedHouseholds() < 0 || input.linkedHouseholds() > 1000) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "联系农户数应为0至1000之间的整数");
        }
        if (input.note() != null && input.note().length() > 2000) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "“备注”不能超过2000字");
        }
        ReserveRecordRow row = new ReserveRecordRow(null, reserveId, input.year(), input.trainingDone(), input.shadowingDone(),
                input.chairedMeeting(), input.linkedHouseholds(), input.note(), people.currentUserId(), null);
        if (archive.updateReserveRecord(row) == 0) {
            archive.insertReserveRecord(row);
        }
        return view(archive.findReserve(reserveId));
    }

    /** Dynamic exit (动态出库), with the reason. */
    @Transactional
    public ReserveView exit(long reserveId, String reason) {
        ReserveRow reserve = activeReserve(reserveId);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, "请填写出库原因（不超过2000字）");
        }
        archive.leaveReserve(reserve.id(), "EXITED", reason.trim(), LocalDate.now(clock));
        return view(archive.findReserve(reserveId));
    }

    private ReserveRow activeReserve(long reserveId) {
        ReserveRow reserve = archive.findReserve(reserveId);
        if (reserve == null) {
            throw new NotFoundException("后备力量 " + reserveId);
        }
        unitScope.requireActsFor(reserve.villageCode(), List.of("party-committee", "org-dept"));
        if (!"ACTIVE".equals(reserve.status())) {
            throw new InvalidInputException(ErrorCode.FORM_INVALID, reserve.personName() + "已出库，不能再记实或出库");
        }
        return reserve;
    }
}
