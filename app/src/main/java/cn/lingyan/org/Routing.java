package cn.lingyan.org;

import cn.lingyan.web.ErrorCode;
import cn.lingyan.web.OutOfScopeException;
import cn.lingyan.web.InvalidInputException;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one place that turns an instance's division code into Camunda group ids
 * ({@code <divisionCode>-<role>}). BPMN calls it as {@code ${routing.group(villageCode, 'party-committee')}}.
 */
@Component("routing")
public class Routing {

    static final String ADMIN_GROUP = "camunda-admin";

    private final OrgDirectory directory;
    private final IdentityService identityService;
    private final SystemAccess systemAccess;
    private final OrgProperties properties;

    Routing(OrgDirectory directory, IdentityService identityService, SystemAccess systemAccess, OrgProperties properties) {
        this.directory = directory;
        this.properties = properties;
        this.identityService = identityService;
        this.systemAccess = systemAccess;
    }

    public static String groupId(String unitCode, String role) {
        return unitCode + "-" + role;
    }

    /** Candidate group of {@code role} for the unit at the role's level that contains {@code code}. */
    public String group(String code, String role) {
        OrgLevel level = directory.role(role).level();
        if (code == null || code.length() < level.codeLength()) {
            throw new InvalidInputException(ErrorCode.UNKNOWN_UNIT, String.valueOf(code));
        }
        OrgUnit unit = directory.unit(level.ancestorCode(code), level);
        return groupId(unit.code(), role);
    }

    /** The group's display name (e.g. "东坡村 第一书记/驻村工作队"), or its id when it has none. */
    public String groupName(String groupId) {
        Group group = systemAccess.call(() -> identityService.createGroupQuery().groupId(groupId).singleResult());
        return group == null || group.getName() == null ? groupId : group.getName();
    }

    /** Township codes of a county, for multi-instance steps that fan out per township. */
    public List<String> townshipsOf(String countyCode) {
        return directory.children(directory.unit(countyCode, OrgLevel.COUNTY).code()).stream().map(OrgUnit::code).toList();
    }

    public boolean isMember(String userId, String groupId) {
        if (userId == null || userId.isBlank()) {
            return false;
        }
        return systemAccess.call(() -> identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
    }

    /**
     * Refuses unless the current user acts in one of {@code roles} for a unit that contains {@code code}
     * (or is an administrator). Without an authenticated user the call comes from the system itself.
     */
    public void requireActsFor(String code, Collection<String> roles) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            return;
        }
        List<String> groups = groupsOf(authentication);
        if (groups.contains(ADMIN_GROUP)) {
            return;
        }
        for (String role : roles) {
            if (code.length() >= directory.role(role).level().codeLength() && groups.contains(group(code, role))) {
                return;
            }
        }
        throw new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, authentication.getUserId(), code);
    }

    /** Whether the current user acts in one of {@code roles} for a unit containing {@code code}; the system and admins do. */
    public boolean actsFor(String code, Collection<String> roles) {
        try {
            requireActsFor(code, roles);
            return true;
        } catch (OutOfScopeException e) {
            return false;
        }
    }

    /**
     * Refuses unless the current user belongs to a unit that contains {@code code} (a county sees its
     * townships and villages, a township its villages, a village itself), whatever the role.
     */
    public void requireSees(String code) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            throw new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, "匿名用户", code);
        }
        List<String> groups = groupsOf(authentication);
        boolean sees = groups.contains(ADMIN_GROUP) || groups.stream().map(Routing::unitOf)
                .anyMatch(unit -> unit != null && code != null && code.startsWith(unit));
        if (!sees) {
            throw new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, authentication.getUserId(), code);
        }
    }

    /**
     * The unit a listing is for: the one asked for, which the current user must see, or else the user's own (an
     * administrator, who has none, starts at the first county). Refuses codes that are not 6, 9 or 12 digits.
     */
    public String scope(String unit) {
        String code;
        if (unit != null && !unit.isBlank()) {
            code = unit.trim();
        } else {
            code = isAdministrator() ? directory.atLevel(OrgLevel.COUNTY).get(0).code() : homeUnit();
        }
        if (!code.matches("\\d{6}|\\d{9}|\\d{12}")) {
            throw new InvalidInputException(ErrorCode.UNKNOWN_UNIT, code);
        }
        requireSees(code);
        return code;
    }

    /** The widest unit the current user belongs to, for listings without an explicit unit. */
    public String homeUnit() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            throw new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, "匿名用户", "-");
        }
        return groupsOf(authentication).stream().map(Routing::unitOf).filter(u -> u != null)
                .min(java.util.Comparator.comparingInt(String::length))
                .orElseThrow(() -> new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, authentication.getUserId(), "-"));
    }

    /** The division code of a group id {@code <code>-<role>}, or null for other groups. */
    public static String unitOf(String groupId) {
        int dash = groupId.indexOf('-');
        String code = dash > 0 ? groupId.substring(0, dash) : null;
        return code != null && code.matches("\\d{6}|\\d{9}|\\d{12}") ? code : null;
    }

    /** Refuses unless the current user may start {@code processKey} for the unit {@code code}. */
    public void requireMayStart(String processKey, String code) {
        requireActsFor(code, properties.starters().getOrDefault(processKey, List.of()));
    }

    /** Whether the signed-in user is an administrator (camunda-admin). */
    public boolean isAdministrator() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null && groupsOf(authentication).contains(ADMIN_GROUP);
    }

    /** The authenticated user, or null when the system itself acts (timers, internal calls). */
    public String currentUserId() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    private List<String> groupsOf(Authentication authentication) {
        if (authentication.getGroupIds() != null && !authentication.getGroupIds().isEmpty()) {
            return authentication.getGroupIds();
        }
        return systemAccess.call(() -> identityService.createGroupQuery().groupMember(authentication.getUserId()).list())
                .stream().map(Group::getId).toList();
    }
}
