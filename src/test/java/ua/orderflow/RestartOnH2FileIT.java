package ua.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded default: two starts on one H2 file keep the data and deploy nothing the second time. */
class RestartOnH2FileIT {

    @TempDir
    Path dataDir;

    @Test
    void restartKeepsTheDataAndDeploysNothingUnchanged() {
        String[] args = {
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("orderflow") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--server.port=0",
                // its own engine name: other ITs in this JVM hold the engine called "default"
                "--camunda.bpm.process-engine-name=restart-test",
                "--camunda.bpm.job-execution.enabled=false",
                "--orderflow.sandbox.generator.orders-per-minute=0",
                "--orderflow.admin.password=restart-secret"};

        String instanceId;
        String deploymentId;
        try (ConfigurableApplicationContext first = SpringApplication.run(OrderFlowApplication.class, args)) {
            ProcessEngine engine = first.getBean(ProcessEngine.class);
            instanceId = engine.getRuntimeService().startProcessInstanceByKey("rozetka-order", "sandbox:42",
                    Map.of("stage", "NEW")).getId();
            first.getBean(JdbcClient.class).sql("""
                    insert into marketplace_order (shop_id, order_id, status, status_group, stage)
                    values ('sandbox', 42, 1, 1, 'NEW')""").update();
            deploymentId = latestDeploymentId(engine);
        }

        try (ConfigurableApplicationContext second = SpringApplication.run(OrderFlowApplication.class, args)) {
            ProcessEngine engine = second.getBean(ProcessEngine.class);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey("sandbox:42").singleResult().getId()).isEqualTo(instanceId);
            assertThat(second.getBean(JdbcClient.class).sql("select count(*) from marketplace_order")
                    .query(Long.class).single()).isEqualTo(1L);
            assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(1L);
            assertThat(latestDeploymentId(engine)).isEqualTo(deploymentId);
            assertThat(engine.getIdentityService().checkPassword("admin", "restart-secret")).isTrue();
        }
    }

    private static String latestDeploymentId(ProcessEngine engine) {
        return engine.getRepositoryService().createDeploymentQuery().orderByDeploymentTime().desc()
                .listPage(0, 1).get(0).getId();
    }
}
