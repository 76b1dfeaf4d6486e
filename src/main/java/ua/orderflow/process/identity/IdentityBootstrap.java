package ua.orderflow.process.identity;

import jakarta.annotation.PostConstruct;
import java.security.SecureRandom;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates, idempotently on every start, the admin, the role groups, their authorizations and the
 * shared Tasklist filters. Runs while the context starts, before the web server takes requests.
 */
@Component
public class IdentityBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final ProcessEngine engine;
    private final AdminAccount admin;

    public IdentityBootstrap(ProcessEngine engine, AdminAccount admin) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
        this.authorizations = engine.getAuthorizationService();
        this.filters = engine.getFilterService();
        this.admin = admin;
    }

    @PostConstruct
    void bootstrap() {
        ensureGroup(RoleGrants.ADMINS, "Адміністратори", Groups.GROUP_TYPE_SYSTEM);
        ensureGroup(RoleGrants.MANAGERS, "Менеджери", Groups.GROUP_TYPE_WORKFLOW);
        ensureGroup(RoleGrants.SUPERVISORS, "Супервізори", Groups.GROUP_TYPE_WORKFLOW);
        ensureGroup(RoleGrants.ANALYSTS, "Аналітики", Groups.GROUP_TYPE_WORKFLOW);
        ensureGroup(RoleGrants.STOREKEEPERS, "Комірники", Groups.GROUP_TYPE_WORKFLOW);
        ensureAdmin();
        RoleGrants.all().forEach(g -> grant(g.group(), g.resource(), g.resourceId(), g.permissions()));
        TasklistFilters.all().forEach(this::ensureFilter);
        TasklistFilters.RETIRED.forEach(this::retireFilter);
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).singleResult() == null) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void ensureAdmin() {
        User user = identity.createUserQuery().userId(admin.user()).singleResult();
        if (user == null) {
            String password = admin.hasPassword() ? admin.password() : generatedPassword();
            user = identity.newUser(admin.user());
            user.setFirstName("Order Flow");
            user.setLastName("Admin");
            user.setPassword(password);
            identity.saveUser(user);
            if (!admin.hasPassword()) {
                log.warn("Admin login for /camunda: user '{}', password '{}' (generated once; "
                        + "set ORDERFLOW_ADMIN_PASSWORD to choose your own)", admin.user(), password);
            }
        } else if (admin.hasPassword() && !identity.checkPassword(admin.user(), admin.password())) {
            // the failed check has just written the user's row (its login attempts), so save a fresh
            // copy; and the operator who sets the password lifts any lock an earlier login policy left
            identity.unlockUser(admin.user());
            User fresh = identity.createUserQuery().userId(admin.user()).singleResult();
            fresh.setPassword(admin.password());
            identity.saveUser(fresh);
            log.info("Admin '{}': password updated from ORDERFLOW_ADMIN_PASSWORD", admin.user());
        }
        if (identity.createUserQuery().userId(admin.user()).memberOfGroup(RoleGrants.ADMINS).count() == 0) {
            identity.createMembership(admin.user(), RoleGrants.ADMINS);
        }
    }

    private String generatedPassword() {
        if (!admin.generatePassword()) {
            throw new IllegalStateException("No admin user yet and ORDERFLOW_ADMIN_PASSWORD is not set: "
                    + "set ORDERFLOW_ADMIN_USER and ORDERFLOW_ADMIN_PASSWORD for the first start");
        }
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /**
     * Gives the group exactly these permissions on the resource: missing ones are added, and ones an
     * earlier version granted and this one no longer does are taken away (a role's rights narrow on
     * the next start, not only widen).
     */
    private void grant(String group, org.camunda.bpm.engine.authorization.Resource resource, String resourceId,
            List<Permission> permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (grantsExactly(authorization, resource, permissions)) {
            return;
        }
        authorization.setPermissions(permissions.toArray(Permission[]::new));
        authorizations.saveAuthorization(authorization);
    }

    private static boolean grantsExactly(Authorization authorization,
            org.camunda.bpm.engine.authorization.Resource resource, List<Permission> wanted) {
        if (wanted.contains(Permissions.ALL)) {
            return authorization.isEveryPermissionGranted();
        }
        for (Permission permission : ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType())) {
            if (permission.getValue() == Permissions.ALL.getValue() || permission.getValue() == Permissions.NONE.getValue()) {
                continue;
            }
            boolean wantedHere = wanted.stream().anyMatch(w -> w.getValue() == permission.getValue());
            if (authorization.isPermissionGranted(permission) != wantedHere) {
                return false;
            }
        }
        return true;
    }

    /**
     * Creates the filter, or brings a stored one back to the definition here: a filter made by an
     * earlier version keeps its id (and so its place in people's bookmarks) but gets this version's
     * query and columns; readers are only ever added.
     */
    private void ensureFilter(TasklistFilters.TaskFilter spec) {
        Filter wanted = filters.newTaskFilter(spec.name());
        Map<String, Object> properties = new HashMap<>();
        properties.put("description", spec.description());
        properties.put("priority", spec.priority());
        properties.put("refresh", true);
        properties.put("variables", TasklistFilters.CARD_VARIABLES);
        wanted.setProperties(properties);
        wanted.setQuery(spec.query().apply(engine.getTaskService()));

        Filter filter = filters.createFilterQuery().filterName(spec.name()).singleResult();
        if (filter == null) {
            filter = filters.saveFilter(wanted);
        } else if (!sameDefinition(filter, wanted)) {
            filter.setProperties(wanted.getProperties());
            filter.setQuery(wanted.getQuery());
            try {
                filters.saveFilter(filter);
                log.info("Tasklist filter '{}' updated to this version's definition", spec.name());
            } catch (OptimisticLockingException e) {
                // another node starting at the same moment saved the same definition first
                log.info("Tasklist filter '{}' was just updated by another node", spec.name());
            }
        }
        for (String group : spec.readers()) {
            grant(group, Resources.FILTER, filter.getId(), List.of(Permissions.READ));
        }
    }

    /** Removes a filter of ours (no owner) an earlier version made and this one no longer has. */
    private void retireFilter(String name) {
        for (Filter filter : filters.createFilterQuery().filterName(name).list()) {
            if (filter.getOwner() == null) {
                filters.deleteFilter(filter.getId());
                log.info("Tasklist filter '{}' removed: a stage's filter covers its tasks now", name);
            }
        }
    }

    /** Compares the stored JSON, as the engine writes it, ignoring the order of keys. */
    private static boolean sameDefinition(Filter stored, Filter wanted) {
        FilterEntity a = (FilterEntity) stored;
        FilterEntity b = (FilterEntity) wanted;
        try {
            return JSON.readTree(a.getQueryInternal()).equals(JSON.readTree(b.getQueryInternal()))
                    && JSON.readTree(a.getPropertiesInternal()).equals(JSON.readTree(b.getPropertiesInternal()));
        } catch (JsonProcessingException e) {
            // a definition nobody can read is not ours: replace it
            return false;
        }
    }
}
