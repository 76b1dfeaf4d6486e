package ua.orderflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test of the whole service on the shared embedded PostgreSQL, over real HTTP on a
 * random port, with the job executor and the sync loop off (tests drive them by hand) and a known
 * admin password. Metrics are exported as in production (/actuator/prometheus).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "orderflow.sync.enabled=false",
        // tests push stock and prices by hand (OfferPusher.drain), as they drive the engine's jobs
        "orderflow.offers.push-enabled=false",
        "orderflow.sandbox.generator.orders-per-minute=0",
        // every parcel reaches its buyer unless a test says otherwise: outcomes stay repeatable
        "orderflow.sandbox.carrier.not-picked-up-share=0",
        "orderflow.sandbox.carrier.refused-share=0",
        "orderflow.sandbox.carrier.returned-share=0",
        "orderflow.sandbox.carrier.incorrect-ttn-share=0",
        "orderflow.sandbox.carrier.expired-share=0",
        "orderflow.sandbox.carrier.lost-share=0",
        "orderflow.sandbox.seed=42",
        "orderflow.rozetka.retry-pause=10ms",
        "orderflow.admin.user=" + PostgresIntegrationTest.ADMIN,
        "orderflow.admin.password=" + PostgresIntegrationTest.ADMIN_PASSWORD})
// metrics export as in production, so /actuator/prometheus answers (Boot tests switch it off)
@AutoConfigureObservability(tracing = false)
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface PostgresIntegrationTest {
    String ADMIN = "itadmin";
    String ADMIN_PASSWORD = "it-admin-secret";
}
