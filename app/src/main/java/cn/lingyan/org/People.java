package cn.lingyan.org;

import cn.lingyan.engine.SystemAccess;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.OutOfScopeException;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting and what a person is called: the one place that reads the signed-in user and display names. */
@Component
public class People {

    private final IdentityService identityService;
    private final SystemAccess systemAccess;

    People(IdentityService identityService, SystemAccess systemAccess) {
        this.identityService = identityService;
        this.systemAccess = systemAccess;
    }

    /** The authenticated user, or null when the system itself acts (timers, internal calls). */
    public String currentUserId() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /** The authenticated user; refuses an anonymous caller. */
    public String requireCurrentUserId() {
        String user = currentUserId();
        if (user == null) {
            throw new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, "匿名用户", "-");
        }
        return user;
    }

    /** Group ids of the signed-in user (from the authentication, else from the identity service); empty for the system. */
    public List<String> currentGroupIds() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            return List.of();
        }
        if (authentication.getGroupIds() != null && !authentication.getGroupIds().isEmpty()) {
            return authentication.getGroupIds();
        }
        return groupIdsOf(authentication.getUserId());
    }

    public List<String> groupIdsOf(String userId) {
        return systemAccess.call(() -> identityService.createGroupQuery().groupMember(userId).list()).stream()
                .map(Group::getId).toList();
    }

    /** The user's display name (e.g. "东坡村 村党组织"), or the id when there is no such user. */
    public String displayName(String userId) {
        if (userId == null) {
            return null;
        }
        User user = systemAccess.call(() -> identityService.createUserQuery().userId(userId).singleResult());
        return user == null ? userId : displayName(user);
    }

    /** The user's e-mail address, or null when there is no such user or no address. */
    public String emailOf(String userId) {
        User user = systemAccess.call(() -> identityService.createUserQuery().userId(userId).singleResult());
        return user == null ? null : user.getEmail();
    }

    public static String displayName(User user) {
        String name = (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
