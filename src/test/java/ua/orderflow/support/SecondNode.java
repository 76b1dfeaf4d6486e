package ua.orderflow.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import ua.orderflow.OrderFlowApplication;

/**
 * A second node of the cluster on the shared PostgreSQL, its engine apart, its loops off (tests
 * drive it), reading the first node's sandbox: one ROZETKA for the whole cluster.
 */
public final class SecondNode {

    private SecondNode() {
    }

    /** {@code settings} are further {@code --key=value} arguments, e.g. a property of this node only. */
    public static ConfigurableApplicationContext start(int firstNodePort, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + SharedPostgres.jdbcUrl(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--camunda.bpm.process-engine-name=node2",
                "--camunda.bpm.job-execution.enabled=false",
                "--orderflow.sync.enabled=false",
                "--orderflow.offers.push-enabled=false",
                "--orderflow.sandbox.generator.orders-per-minute=0",
                "--orderflow.admin.password=" + PostgresIntegrationTest.ADMIN_PASSWORD,
                "--orderflow.admin.user=" + PostgresIntegrationTest.ADMIN,
                "--orderflow.shops[0].id=sandbox",
                "--orderflow.shops[0].base-url=http://localhost:" + firstNodePort + "/sandbox/rozetka",
                "--orderflow.shops[0].username=sandbox", "--orderflow.shops[0].password=sandbox"));
        args.addAll(List.of(settings));
        return SpringApplication.run(OrderFlowApplication.class, args.toArray(String[]::new));
    }
}
