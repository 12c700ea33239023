package cn.lingyan.org;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Demo users: one per role per unit, named {@code <unit slug>-<role suffix>}. Only the embedded default enables it. */
@ConfigurationProperties("lingyan.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, String password, String mailDomain) {}
