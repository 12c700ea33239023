package cn.lingyan.deliberation;

import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Periods of 四议两公开; [A] defaults of the domain spec §4 unless a source is named in application.yaml. */
@ConfigurationProperties("lingyan.deliberation")
public record DeliberationProperties(
        @DefaultValue("P7D") Period resolutionPostingPeriod,
        @DefaultValue("P7D") Period resultsPostingPeriod,
        @DefaultValue Map<String, Integer> noticeDays,
        @DefaultValue("P3M") Period coolOff,
        @DefaultValue("30") int maxBackdateDays) {

    int noticeDaysFor(String body) {
        return noticeDays.getOrDefault(body, 0);
    }
}
