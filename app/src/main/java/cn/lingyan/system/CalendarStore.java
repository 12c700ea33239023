package cn.lingyan.system;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The working-day calendar's tables (ly_calendar_*). SQL in CalendarStore.xml. */
@Mapper
public interface CalendarStore {

    /** A covered year: where its arrangement comes from (SHIPPED with a release, ADMIN uploaded) and who set it. */
    record YearRow(Integer calYear, String source, String origin, String updatedBy, OffsetDateTime updatedAt) {}

    record DayRow(LocalDate calDay, Integer calYear, String kind, String holiday) {}

    record ChangeRow(Long id, Integer calYear, String origin, String actor, String reason, String source, String daysBefore,
            String daysAfter, OffsetDateTime createdAt) {}

    List<YearRow> findYears();

    YearRow findYear(int year);

    List<DayRow> findDays();

    List<DayRow> findDaysOfYear(int year);

    void insertYear(YearRow row);

    int updateYear(YearRow row);

    void deleteDaysOfYear(int year);

    void insertDay(DayRow row);

    void insertChange(ChangeRow row);

    /** Newest first. */
    List<ChangeRow> findChanges(@Param("limit") int limit);
}
