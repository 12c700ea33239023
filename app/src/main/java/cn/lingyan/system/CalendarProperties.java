package cn.lingyan.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The working-day calendar's settings: where the shipped arrangements are ({@code files}, one YAML file per year) and
 * how many days before a year begins its missing arrangement is flagged ({@code warnDaysAhead}).
 */
@ConfigurationProperties("lingyan.calendar")
public record CalendarProperties(@DefaultValue("classpath*:config/calendar/*.yaml") String files,
        @DefaultValue("31") int warnDaysAhead) {}
