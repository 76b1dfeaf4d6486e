package ua.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.process.ProcessDeployer;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;

/** Integration tier: the whole service on a real PostgreSQL, spoken to over HTTP. */
@PostgresIntegrationTest
class FoundationIT {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessDeployer deployer;

    @Test
    void engineAndOurTablesLiveOnPostgres() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL 16");
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType())
                .isEqualTo("postgres");
        // Flyway's scripts created our tables beside the engine's
        assertThat(jdbc.sql("select version from flyway_schema_history where success and version is not null order by installed_rank")
                .query(String.class).list()).containsSubsequence("1", "2", "3");
        assertThat(jdbc.sql("select count(*) from act_re_procdef where key_ = 'rozetka-order'")
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void jobsAreAcquiredByTheirDueDateOverIndexesThatV12AddedToTheEngineTables() {
        // and V13's, for the message subscriptions of one instance
        assertThat(jdbc.sql("select indexname from pg_indexes where indexname like 'of_idx_%' order by indexname")
                .query(String.class).list()).containsExactly("of_idx_event_subscr_proc_inst", "of_idx_job_duedate",
                        "of_idx_job_lock_exp", "of_idx_task_parent");
        // a job that is due at once (an async step) has its creation as its due date, not none: the
        // acquisition's "due by now" is then a range of that index
        String deployment = engine.getRepositoryService().createDeployment().addModelInstance("async-step.bpmn",
                Bpmn.createExecutableProcess("async-step").camundaHistoryTimeToLive(1).startEvent()
                        .serviceTask("step").camundaAsyncBefore().camundaExpression("${true}").userTask("after")
                        .endEvent().done()).deploy().getId();
        try {
            String instance = engine.getRuntimeService().startProcessInstanceByKey("async-step").getId();
            assertThat(jdbc.sql("select count(*) from act_ru_job where process_instance_id_ = :id and duedate_ is not null")
                    .param("id", instance).query(Long.class).single()).isEqualTo(1L);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    @Test
    void restApisRequireALoginAndHealthStaysPublic() {
        Http anonymous = Http.anonymous(port);
        Http admin = anonymous.as(PostgresIntegrationTest.ADMIN, PostgresIntegrationTest.ADMIN_PASSWORD);
        for (String path : List.of("/engine-rest/process-definition", "/api/orders")) {
            HttpResponse<String> refused = anonymous.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).as(path).hasValue("Basic realm=\"default\"");
            assertThat(admin.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(admin.get("/engine-rest/process-definition").body()).contains("\"key\":\"rozetka-order\"");
        // a wrong password is refused; tried on a user of its own, so that no test's guesses count
        // against the admin every integration test shares
        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId("manager1").count() == 0) {
            var manager = identity.newUser("manager1");
            manager.setPassword("manager-secret");
            identity.saveUser(manager);
        }
        assertThat(anonymous.as("manager1", "wrong-password").get("/api/orders").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void formsDeployWithTheProcessAndAnUnchangedRedeployAddsNothing() throws Exception {
        String deploymentId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("rozetka-order").latestVersion().singleResult().getDeploymentId();
        assertThat(engine.getRepositoryService().getDeploymentResourceNames(deploymentId))
                .contains("rozetka-order.bpmn", "confirm-order.form");

        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        deployer.deploy();
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void rolesFiltersAndAdminAreInPlace() {
        var identity = engine.getIdentityService();
        assertThat(identity.createGroupQuery().groupIdIn("managers", "supervisors", "analysts", "camunda-admin").count())
                .isEqualTo(4);
        assertThat(identity.createUserQuery().userId(PostgresIntegrationTest.ADMIN).memberOfGroup("camunda-admin")
                .count()).isEqualTo(1);
        assertThat(engine.getFilterService().createFilterQuery().list())
                .extracting(f -> f.getName())
                .contains("Мої задачі", "Задачі групи", "Передзвонити", "Прострочені");
        // a manager may open Tasklist but not Cockpit, a supervisor may open Cockpit
        var auth = engine.getAuthorizationService();
        assertThat(auth.isUserAuthorized("nobody", List.of("managers"),
                org.camunda.bpm.engine.authorization.Permissions.ACCESS,
                org.camunda.bpm.engine.authorization.Resources.APPLICATION, "tasklist")).isTrue();
        assertThat(auth.isUserAuthorized("nobody", List.of("managers"),
                org.camunda.bpm.engine.authorization.Permissions.ACCESS,
                org.camunda.bpm.engine.authorization.Resources.APPLICATION, "cockpit")).isFalse();
        assertThat(auth.isUserAuthorized("nobody", List.of("supervisors"),
                org.camunda.bpm.engine.authorization.Permissions.ACCESS,
                org.camunda.bpm.engine.authorization.Resources.APPLICATION, "cockpit")).isTrue();
        assertThat(auth.isUserAuthorized("nobody", List.of("analysts"),
                org.camunda.bpm.engine.authorization.Permissions.CREATE,
                org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT, "*")).isTrue();
    }
}
