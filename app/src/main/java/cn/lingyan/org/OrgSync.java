package cn.lingyan.org;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Brings Camunda's identity service in line with the configured org tree on every start, idempotently:
 * one tenant per county (its cases and its own rules belong to it) with every group of the county as a member,
 * one group per unit and role, the authorizations each role needs, the shared Tasklist filters and,
 * in the embedded default only, the demo users.
 */
@Component
class OrgSync implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrgSync.class);

    private final OrgDirectory directory;
    private final OrgProperties properties;
    private final DemoProperties demo;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final TasklistFilters filters;

    OrgSync(OrgDirectory directory, OrgProperties properties, DemoProperties demo, IdentityService identityService,
            AuthorizationService authorizationService, TasklistFilters filters) {
        this.directory = directory;
        this.properties = properties;
        this.demo = demo;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filters = filters;
    }

    @Override
    public void run(ApplicationArguments args) {
        sync();
    }

    void sync() {
        int groups = 0;
        int users = 0;
        filters.ensureShared();
        for (OrgUnit county : directory.atLevel(OrgLevel.COUNTY)) {
            ensureTenant(county);
        }
        for (OrgUnit unit : directory.all()) {
            String tenant = OrgLevel.COUNTY.ancestorCode(unit.code());
            List<String> unitGroups = new java.util.ArrayList<>();
            for (Map.Entry<String, OrgProperties.Role> entry : directory.roles().entrySet()) {
                if (entry.getValue().level() != unit.level()) {
                    continue;
                }
                String groupId = Routing.groupId(unit.code(), entry.getKey());
                ensureGroup(groupId, unit.name() + " " + entry.getValue().label());
                grantRole(groupId, entry.getKey());
                ensureTenantMember(tenant, groupId);
                unitGroups.add(groupId);
                groups++;
                if (demo.enabled() && unit.slug() != null) {
                    ensureDemoUser(unit.slug() + "-" + entry.getValue().demoSuffix(), unit.name(), entry.getValue().label(), groupId);
                    users++;
                }
            }
            if (!unitGroups.isEmpty()) {
                filters.ensureUnit(unit, unitGroups);
            }
        }
        log.info("Org sync done: {} groups, {} demo users", groups, users);
    }

    private void ensureGroup(String groupId, String name) {
        Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
        if (group == null) {
            group = identityService.newGroup(groupId);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        } else if (!name.equals(group.getName())) {
            group.setName(name);
            identityService.saveGroup(group);
        }
    }

    private void ensureTenant(OrgUnit county) {
        Tenant tenant = identityService.createTenantQuery().tenantId(county.code()).singleResult();
        if (tenant == null) {
            tenant = identityService.newTenant(county.code());
            tenant.setName(county.name());
            identityService.saveTenant(tenant);
        } else if (!county.name().equals(tenant.getName())) {
            tenant.setName(county.name());
            identityService.saveTenant(tenant);
        }
    }

    private void ensureTenantMember(String tenantId, String groupId) {
        if (identityService.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() == 0) {
            identityService.createTenantGroupMembership(tenantId, groupId);
        }
    }

    private void grantRole(String groupId, String role) {
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        if (properties.cockpitRoles().contains(role)) {
            // supervisors: the 村级治理看板 in Cockpit (what it shows is cut to their unit by the dashboard itself)
            grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        }
        if (properties.policyRoles().contains(role)) {
            // policy owners read every model, table and deployment with their history (Cockpit and the workbench);
            // they deploy only through the workbench, which checks what they upload: no engine deployment right
            grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(groupId, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY);
            grant(groupId, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
            grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
            grant(groupId, Resources.DEPLOYMENT, "*", Permissions.READ);
        }
        // reading the models (not their instances) lets Tasklist show each task's diagram
        grant(groupId, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
        for (Map.Entry<String, List<String>> starter : properties.starters().entrySet()) {
            if (starter.getValue().contains(role)) {
                grant(groupId, Resources.PROCESS_DEFINITION, starter.getKey(),
                        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
                grant(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
            }
        }
    }

    private void ensureDemoUser(String userId, String firstName, String lastName, String groupId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            user = identityService.newUser(userId);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(demo.password());
            identityService.saveUser(user);
        }
        if (demo.mailDomain() != null && user.getEmail() == null) {
            user.setEmail(userId + "@" + demo.mailDomain());
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }
}
