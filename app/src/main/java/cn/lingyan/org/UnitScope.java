package cn.lingyan.org;

import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.OutOfScopeException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Access control by org unit: a county sees its townships and villages, a township its villages, a village itself;
 * acting for a unit needs one of the step's roles there. Administrators (camunda-admin) see everything; the system
 * itself (no signed-in user) acts everywhere.
 */
@Component
public class UnitScope {

    static final String ADMIN_GROUP = "camunda-admin";

    private final OrgDirectory directory;
    private final Routing routing;
    private final People people;
    private final OrgProperties properties;

    UnitScope(OrgDirectory directory, Routing routing, People people, OrgProperties properties) {
        this.directory = directory;
        this.routing = routing;
        this.people = people;
        this.properties = properties;
    }

    /**
     * Refuses unless the current user acts in one of {@code roles} for a unit that contains {@code code}
     * (or is an administrator). Without an authenticated user the call comes from the system itself.
     */
    public void requireActsFor(String code, Collection<String> roles) {
        String user = people.currentUserId();
        if (user == null) {
            return;
        }
        List<String> groups = people.currentGroupIds();
        if (groups.contains(ADMIN_GROUP)) {
            return;
        }
        for (String role : roles) {
            if (code.length() >= directory.role(role).level().codeLength() && groups.contains(routing.group(code, role))) {
                return;
            }
        }
        throw new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, user, code);
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

    /** Refuses unless the current user belongs to a unit that contains {@code code}, whatever the role. */
    public void requireSees(String code) {
        String user = people.requireCurrentUserId();
        List<String> groups = people.currentGroupIds();
        boolean sees = groups.contains(ADMIN_GROUP) || groups.stream().map(Routing::unitOf)
                .anyMatch(unit -> unit != null && code != null && code.startsWith(unit));
        if (!sees) {
            throw new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, user, code);
        }
    }

    /**
     * The unit a listing is for: the one asked for, which the current user must see, or else the user's own (an
     * administrator, who has none, starts at the first county). Refuses text that is not a division code.
     */
    public String scope(String unit) {
        String code;
        if (unit != null && !unit.isBlank()) {
            code = unit.trim();
        } else {
            code = isAdministrator() ? directory.atLevel(OrgLevel.COUNTY).get(0).code() : homeUnit();
        }
        OrgLevel.of(code);
        requireSees(code);
        return code;
    }

    /** The widest unit the current user belongs to, for listings without an explicit unit. */
    public String homeUnit() {
        String user = people.requireCurrentUserId();
        return people.currentGroupIds().stream().map(Routing::unitOf).filter(Objects::nonNull)
                .min(Comparator.comparingInt(String::length))
                .orElseThrow(() -> new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, user, "-"));
    }

    /** Refuses unless the current user may start {@code processKey} for the unit {@code code}. */
    public void requireMayStart(String processKey, String code) {
        requireActsFor(code, properties.starters().getOrDefault(processKey, List.of()));
    }

    /** Whether the signed-in user is an administrator (camunda-admin). */
    public boolean isAdministrator() {
        return people.currentGroupIds().contains(ADMIN_GROUP);
    }
}
