package cn.lingyan.policy;

import cn.lingyan.org.OrgLevel;
import cn.lingyan.org.OrgProperties;
import cn.lingyan.org.People;
import cn.lingyan.org.UnitScope;
import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.OutOfScopeException;
import org.springframework.stereotype.Component;

/**
 * Whose rules a request is about: a policy owner acts for its own county (the tenant whose id is the county's code);
 * only the administrator acts for the shared default (the province's, tenant null) or for any county.
 */
@Component
class PolicyAccess {

    private final UnitScope unitScope;
    private final People people;
    private final OrgProperties org;

    PolicyAccess(UnitScope unitScope, People people, OrgProperties org) {
        this.unitScope = unitScope;
        this.people = people;
        this.org = org;
    }

    /**
     * The tenant a change is for: the county asked for (blank means the caller's own county; for the administrator,
     * the shared default), which the caller must own the rules of.
     */
    String tenantForChange(String county) {
        String user = people.requireCurrentUserId();
        if (unitScope.isAdministrator()) {
            return county == null || county.isBlank() ? null : requireCounty(county.trim());
        }
        String tenant = county == null || county.isBlank() ? unitScope.homeUnit() : county.trim();
        if (OrgLevel.find(tenant).orElse(null) != OrgLevel.COUNTY || !unitScope.actsFor(tenant, org.policyRoles())) {
            throw new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, user, tenant);
        }
        return tenant;
    }

    /** The county whose view of the rules the caller reads: its own (a policy owner) or any (the administrator). */
    String tenantForReading(String county) {
        return tenantForChange(county);
    }

    /** Refuses unless the caller may change the rules of {@code tenant} (null: the shared default). */
    void requireMayChange(String tenant) {
        if (!unitScope.isAdministrator() && (tenant == null || !tenant.equals(tenantForChange(tenant)))) {
            throw new OutOfScopeException(ErrorCode.OUT_OF_SCOPE, people.requireCurrentUserId(), tenant == null ? "全省通用规则" : tenant);
        }
    }

    private static String requireCounty(String code) {
        if (OrgLevel.of(code) != OrgLevel.COUNTY) {
            throw new cn.lingyan.refusal.InvalidInputException(ErrorCode.UNKNOWN_UNIT, code);
        }
        return code;
    }
}
