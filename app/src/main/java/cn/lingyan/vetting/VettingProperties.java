package cn.lingyan.vetting;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Rules of the three-level vetting and the reserve pool; [A] defaults of the domain spec §3. */
@ConfigurationProperties("lingyan.vetting")
public record VettingProperties(
        @DefaultValue("5") int replyWorkingDays,
        @DefaultValue("1") int remindWorkingDaysBefore,
        @DefaultValue("P5D") Period noticePeriod,
        @DefaultValue("18") int minAge,
        @DefaultValue("1") int reserveMinPerVillage,
        @DefaultValue("2") int reserveTargetPerVillage,
        @DefaultValue("10") int reserveLinkedHouseholds,
        @DefaultValue("30") int maxBackdateDays,
        @DefaultValue("18") int partyJoinMinAge,
        @DefaultValue("09:00") java.time.LocalTime remindAt) {}
