package cn.lingyan.approval;

import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Due dates, reminders, reminder e-mail, and how often one task may be urged (催办). */
@ConfigurationProperties("lingyan.reminders")
public record ReminderProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT5M") Duration scanInterval,
        @DefaultValue("PT24H") Duration remindBefore,
        @DefaultValue Map<String, Period> defaultDue,
        @DefaultValue("PT1H") Duration urgeInterval) {

    /** "1小时", "30分钟": the urge interval as a person reads it. */
    public String urgeIntervalText() {
        long minutes = urgeInterval.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + "小时" : minutes + "分钟";
    }
}
