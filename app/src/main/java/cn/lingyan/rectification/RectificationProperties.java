package cn.lingyan.rectification;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Time rules of the rectification loop, all [A] defaults of the domain spec §2 and changeable per deployment.
 * They are copied into each new case's variables, so a change applies to cases started afterwards.
 */
@ConfigurationProperties("lingyan.rectification")
public record RectificationProperties(
        @DefaultValue("P12M") Period rectificationPeriod,
        @DefaultValue("1") int maxExtensions,
        @DefaultValue("6") int maxExtensionMonths,
        @DefaultValue("P6M") Period reRectificationPeriod,
        @DefaultValue("R/P1M") String progressReportCycle,
        @DefaultValue("R/P1M") String leaderVisitCycle,
        @DefaultValue("P12M") String consolidationPeriod) {}
