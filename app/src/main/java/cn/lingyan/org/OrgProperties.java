package cn.lingyan.org;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The org tree and the roles, bound from config/ (the demo county or the file named by LINGYAN_ORG_FILE). */
@ConfigurationProperties("lingyan.org")
public record OrgProperties(
        @DefaultValue List<County> counties,
        @DefaultValue Map<String, Role> roles,
        @DefaultValue Map<String, List<String>> starters,
        @DefaultValue List<String> cockpitRoles,
        @DefaultValue List<String> policyRoles) {

    public record County(String code, String name, String slug, @DefaultValue List<Township> townships) {}

    public record Township(String code, String name, String slug, @DefaultValue List<Village> villages) {}

    public record Village(String code, String name, String slug) {}

    public record Role(OrgLevel level, String label, String demoSuffix) {}
}
