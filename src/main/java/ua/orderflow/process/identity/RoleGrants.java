package ua.orderflow.process.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_TASK;

import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import ua.orderflow.access.Role;
import ua.orderflow.process.CamundaOrderLifecycle;

/**
 * What each role may do, as data: one line per (group, resource, resource id, permissions).
 *
 * <p>The engine runs with {@code enforceSpecificVariablePermission}: reading a variable takes a
 * variable permission of its own (READ_INSTANCE_VARIABLE, READ_TASK_VARIABLE, READ_HISTORY_VARIABLE),
 * no longer the right to read the instance, the task or its history. That lets a manager read the
 * card's variables in Tasklist's list without being able to read the orders' instances.
 */
final class RoleGrants {

    static final String ADMINS = Role.ADMIN.group();
    static final String MANAGERS = Role.MANAGER.group();
    static final String SUPERVISORS = Role.SUPERVISOR.group();
    static final String ANALYSTS = Role.ANALYST.group();
    /** Keep the catalogue and stock through /api only: no engine rights at all. */
    static final String STOREKEEPERS = Role.STOREKEEPER.group();
    /** The order process, whose instance variables make the Tasklist cards (TasklistFilters.CARD_VARIABLES). */
    static final String ORDER_PROCESS = CamundaOrderLifecycle.PROCESS_KEY;

    record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {
        Grant(String group, Resource resource, String resourceId, Permission... permissions) {
            this(group, resource, resourceId, List.of(permissions));
        }
    }

    private RoleGrants() {
    }

    static List<Grant> all() {
        List<Grant> grants = new java.util.ArrayList<>();
        for (Resources resource : Resources.values()) {
            grants.add(new Grant(ADMINS, resource, "*", ALL));
        }
        grants.addAll(List.of(
                // managers work the tasks offered to their group in Tasklist. The rights on each task come
                // with its candidate group (the engine grants the group READ and UPDATE on the task as it
                // offers it), so no right on every task of a definition: that would open the supervisors'
                // escalations to any manager over REST
                new Grant(MANAGERS, Resources.APPLICATION, "tasklist", ACCESS),
                new Grant(MANAGERS, Resources.PROCESS_DEFINITION, "*", READ, READ_TASK_VARIABLE),
                // Tasklist's list fetches a card's columns with a variable query, which checks only the
                // instance's variables (READ_INSTANCE_VARIABLE), never the task's: the narrowest right
                // that fills the columns, and no right to read the instances themselves
                new Grant(MANAGERS, Resources.PROCESS_DEFINITION, ORDER_PROCESS, READ_INSTANCE_VARIABLE),
                // supervisors see every order in Cockpit, take escalations and retry failed steps
                new Grant(SUPERVISORS, Resources.APPLICATION, "cockpit", ACCESS),
                new Grant(SUPERVISORS, Resources.APPLICATION, "tasklist", ACCESS),
                new Grant(SUPERVISORS, Resources.PROCESS_DEFINITION, "*", READ, READ_HISTORY, READ_INSTANCE,
                        READ_TASK, UPDATE_TASK, UPDATE_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB,
                        READ_INSTANCE_VARIABLE, READ_TASK_VARIABLE, READ_HISTORY_VARIABLE),
                new Grant(SUPERVISORS, Resources.PROCESS_INSTANCE, "*", READ, UPDATE,
                        ProcessInstancePermissions.RETRY_JOB),
                new Grant(SUPERVISORS, Resources.TASK, "*", READ, UPDATE),
                new Grant(SUPERVISORS, Resources.DEPLOYMENT, "*", READ),
                new Grant(SUPERVISORS, Resources.DECISION_DEFINITION, "*", READ, org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY),
                new Grant(SUPERVISORS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ),
                new Grant(SUPERVISORS, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ),
                new Grant(SUPERVISORS, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ),
                new Grant(SUPERVISORS, Resources.BATCH, "*", READ),
                // analysts deploy what they model, from Modeler or Cockpit
                new Grant(ANALYSTS, Resources.APPLICATION, "cockpit", ACCESS),
                new Grant(ANALYSTS, Resources.DEPLOYMENT, "*", CREATE, READ, DELETE),
                new Grant(ANALYSTS, Resources.PROCESS_DEFINITION, "*", READ, READ_HISTORY, READ_INSTANCE,
                        UPDATE, READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE),
                new Grant(ANALYSTS, Resources.DECISION_DEFINITION, "*", READ, org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY),
                new Grant(ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ)));
        return grants;
    }
}
