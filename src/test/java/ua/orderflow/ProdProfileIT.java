package ua.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import ua.orderflow.sandbox.rozetka.admin.SandboxAdminController;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;

/**
 * The prod profile never serves the sandbox, not even when the environment asks for it, and connects
 * to PostgreSQL as the benchmark measured.
 */
@PostgresIntegrationTest
@ActiveProfiles("prod")
@TestPropertySource(properties = {
        "ORDERFLOW_SANDBOX_ENABLED=true",
        "orderflow.sandbox.enabled=true",
        "ORDERFLOW_ROZETKA_USERNAME=prod-it",
        "ORDERFLOW_ROZETKA_PASSWORD=prod-it-secret"})
class ProdProfileIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;

    @Test
    void theSandboxAndItsUnauthenticatedAdminApiAreAbsent() {
        assertThat(context.getBeanNamesForType(SandboxAdminController.class)).isEmpty();
        Http anonymous = Http.anonymous(port);
        assertThat(anonymous.get("/sandbox/admin/orders/count").statusCode()).isEqualTo(404);
        assertThat(anonymous.post("/sandbox/admin/reset", "{}").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    /**
     * The profile's own pool setting. Its connections are not checked here: the tests' database URL
     * turns the same setting on (SharedPostgres), so they would have it without the profile.
     */
    @Test
    void itsPoolSendsTheEnginesBatchedInsertsAsMultiRowOnes() {
        assertThat(((HikariDataSource) dataSource).getDataSourceProperties())
                .containsEntry("reWriteBatchedInserts", "true");
    }
}
