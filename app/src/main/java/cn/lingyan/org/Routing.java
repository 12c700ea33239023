package cn.lingyan.org;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * What the models call to route work: the one place that turns an instance's division code into Camunda group ids
 * ({@code <divisionCode>-<role>}), as {@code ${routing.group(villageCode, 'party-committee')}}. Who may see or act
 * for a unit is {@link UnitScope}'s question.
 */
@Component("routing")
public class Routing {

    private final OrgDirectory directory;
    private final IdentityService identityService;
    private final SystemAccess systemAccess;

    Routing(OrgDirectory directory, IdentityService identityService, SystemAccess systemAccess) {
        this.directory = directory;
        this.identityService = identityService;
        this.systemAccess = systemAccess;
    }

    public static String groupId(String unitCode, String role) {
        return unitCode + "-" + role;
    }

    /** The division code of a group id {@code <code>-<role>}, or null for other groups (camunda-admin). */
    public static String unitOf(String groupId) {
        int dash = groupId == null ? -1 : groupId.indexOf('-');
        String code = dash > 0 ? groupId.substring(0, dash) : null;
        return OrgLevel.find(code).isPresent() ? code : null;
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
}
