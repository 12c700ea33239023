package cn.lingyan.rectification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Optional floor on the confirmed list as a share of the county's villages; 0 means no quota (应纳尽纳). */
@ConfigurationProperties("lingyan.screening")
public record ScreeningProperties(@DefaultValue("0") double minShare) {}
