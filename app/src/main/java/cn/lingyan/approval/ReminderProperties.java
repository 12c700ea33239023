package cn.lingyan.approval;

import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Due dates, reminders and reminder e-mail. */
@ConfigurationProperties("lingyan.reminders")
public record ReminderProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT5M") Duration scanInterval,
        @DefaultValue("PT24H") Duration remindBefore,
        @DefaultValue Map<String, Period> defaultDue) {}
