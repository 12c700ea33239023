package cn.lingyan.system;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * On start, copies the arrangements shipped in config/calendar/ into the calendar table: a year the table lacks, or
 * one an earlier release shipped differently. A year the administrator uploaded stays as uploaded.
 */
@Component
class ShippedCalendars implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedCalendars.class);

    private final CalendarYears years;
    private final CalendarProperties properties;
    private final ResourcePatternResolver resources;

    ShippedCalendars(CalendarYears years, CalendarProperties properties, ResourcePatternResolver resources) {
        this.years = years;
        this.properties = properties;
        this.resources = resources;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource file : resources.getResources(properties.files())) {
            CalendarYear shipped;
            try (InputStream in = file.getInputStream()) {
                shipped = read(in);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Shipped calendar " + file.getFilename() + " is invalid: " + e.getMessage(), e);
            }
            seed(shipped, file.getFilename());
        }
    }

    private void seed(CalendarYear shipped, String fileName) {
        CalendarYear stored = years.find(shipped.year());
        if (stored != null && stored.summary().equals(shipped.summary()) && stored.source().equals(shipped.source())) {
            return;
        }
        if (stored != null && CalendarYears.ADMIN.equals(years.originOf(shipped.year()))) {
            log.info("Calendar {}: keeping the administrator's arrangement, not the one shipped in {}", shipped.year(), fileName);
            return;
        }
        try {
            years.replace(shipped, CalendarYears.SHIPPED, null, (stored == null ? "随版本发布：" : "随版本更新：") + fileName);
            log.info("Calendar {}: arrangement from {} ({})", shipped.year(), fileName, shipped.source());
        } catch (DuplicateKeyException anotherNode) {
            log.info("Calendar {}: another node copied {} at the same time", shipped.year(), fileName);
        }
    }

    /** One year's arrangement from a file in the shape of config/calendar/2026.yaml. */
    @SuppressWarnings("unchecked")
    static CalendarYear read(InputStream in) {
        Map<String, Object> file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (file == null || !(file.get("year") instanceof Number year)) {
            throw new IllegalArgumentException("no year");
        }
        List<Map<String, Object>> holidays = file.get("holidays") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        return CalendarYear.of(year.intValue(), Objects.toString(file.get("source"), null), holidays.stream()
                .map(h -> new CalendarYear.HolidayText(Objects.toString(h.get("name"), null), text(h.get("from")), text(h.get("to")),
                        h.get("workdays") instanceof List<?> days ? days.stream().map(ShippedCalendars::text).toList() : List.of()))
                .toList());
    }

    /** YAML reads an unquoted 2026-10-01 as a timestamp at midnight UTC. */
    private static String text(Object value) {
        return value instanceof Date date ? date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString() : Objects.toString(value, null);
    }
}
