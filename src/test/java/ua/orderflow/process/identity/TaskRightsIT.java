package ua.orderflow.process.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.support.DeskFixture;
import ua.orderflow.support.DeskFixture.OrderTask;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;
import ua.orderflow.sync.SandboxAdmin;
import ua.orderflow.sync.ShopSync;

/**
 * Least privilege on tasks, over the engine's REST API as Tasklist calls it: a manager works the
 * tasks offered to the managers and cannot see, claim or complete one offered to the supervisors.
 */
@PostgresIntegrationTest
class TaskRightsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogueImport catalogue;
    @Autowired
    ShopSync sync;
    @Autowired
    IdentityBootstrap bootstrap;

    Http manager;
    Http supervisor;
    OrderTask call;
    Task escalation;

    @BeforeEach
    void anOrderPastItsContactSla() {
        manager = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "rightsmanager", "managers"),
                TestUsers.PASSWORD);
        supervisor = Http.anonymous(port).as(
                TestUsers.ensure(engine.getIdentityService(), "rightssupervisor", "supervisors"), TestUsers.PASSWORD);
        call = DeskFixture.awaitingConfirmation(engine, jdbc, catalogue, sync, new SandboxAdmin(port), 1).get(0);
        Job sla = engine.getManagementService().createJobQuery().activityId("contact-sla-timer").singleResult();
        engine.getManagementService().executeJob(sla.getId());
        escalation = engine.getTaskService().createTaskQuery().taskDefinitionKey("sla-escalation").singleResult();
        assertThat(escalation).as("the supervisors' escalation").isNotNull();
    }

    @Test
    void aManagerWorksTheManagersTaskAndCannotTouchTheSupervisorsOne() throws Exception {
        assertThat(taskIds(manager)).containsExactly(call.taskId());
        assertThat(manager.get("/engine-rest/task/" + escalation.getId()).statusCode()).isIn(403, 404);
        assertThat(manager.post("/engine-rest/task/" + escalation.getId() + "/claim",
                "{\"userId\":\"rightsmanager\"}").statusCode()).isEqualTo(403);
        assertThat(manager.post("/engine-rest/task/" + escalation.getId() + "/complete", "{}").statusCode())
                .isEqualTo(403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(escalation.getId()).singleResult())
                .as("the escalation is still open, unclaimed").extracting(Task::getAssignee).isNull();

        assertThat(manager.post("/engine-rest/task/" + call.taskId() + "/claim",
                "{\"userId\":\"rightsmanager\"}").statusCode()).isEqualTo(204);
        assertThat(manager.get("/engine-rest/task/" + call.taskId() + "/form-variables").statusCode()).isEqualTo(200);
    }

    @Test
    void aStartNarrowsTheWiderTaskRightsAnEarlierVersionGaveManagers() throws Exception {
        Authorization wide = engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("managers")
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("*").singleResult();
        wide.addPermission(ProcessDefinitionPermissions.READ_TASK);
        wide.addPermission(ProcessDefinitionPermissions.UPDATE_TASK);
        engine.getAuthorizationService().saveAuthorization(wide);
        assertThat(taskIds(manager)).as("the earlier version's rights").contains(escalation.getId());

        bootstrap.bootstrap();

        assertThat(taskIds(manager)).containsExactly(call.taskId());
    }

    @Test
    void aSupervisorSeesBothTasksAndTakesTheEscalation() throws Exception {
        assertThat(taskIds(supervisor)).contains(call.taskId(), escalation.getId());
        assertThat(supervisor.post("/engine-rest/task/" + escalation.getId() + "/claim",
                "{\"userId\":\"rightssupervisor\"}").statusCode()).isEqualTo(204);
    }

    private static java.util.List<String> taskIds(Http caller) throws Exception {
        HttpResponse<String> answer = caller.get("/engine-rest/task?processDefinitionKey=rozetka-order");
        assertThat(answer.statusCode()).isEqualTo(200);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (JsonNode task : JSON.readTree(answer.body())) {
            ids.add(task.path("id").asText());
        }
        return ids;
    }
}
