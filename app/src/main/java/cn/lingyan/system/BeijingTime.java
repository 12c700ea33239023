package cn.lingyan.system;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * The project's one rule for time. Every moment the project stores or prints is Beijing time with its offset
 * ({@code 2026-11-29T18:08:00+08:00}), read from the application clock, so a server in any zone stores and shows the
 * same: Java carries moments as {@link OffsetDateTime} at +08:00, our tables hold them as Beijing wall-clock
 * {@code TIMESTAMP}s (Asia/Shanghai has kept +08:00 without summer time since 1991, so each value is one instant), and
 * days (deadlines, "today") are {@code LocalDate}s in this zone. The engine's own tables are the engine's: it writes
 * {@link Date}s, so queries comparing its columns pass {@link Date}s too.
 */
public final class BeijingTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static volatile Clock clock = Clock.system(ZONE);

    private BeijingTime() {}

    /** Makes {@link #now()} read the application clock (the {@link Clock} bean). */
    static void use(Clock applicationClock) {
        clock = applicationClock;
    }

    /** Now on the application clock; mapper SQL binds it as {@code now} instead of the database's CURRENT_TIMESTAMP. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZONE));
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }

    public static OffsetDateTime of(Date date) {
        return date == null ? null : of(date.toInstant());
    }
}
