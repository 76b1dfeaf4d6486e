package ua.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ua.orderflow.process.AgainstTheSandbox;
import org.springframework.beans.factory.annotation.Autowired;
import ua.orderflow.rozetka.RozetkaClients;
import ua.orderflow.rozetka.StatusPush;
import ua.orderflow.support.Http;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.sync.journal.RunOutcome;

/**
 * Our series on /actuator/prometheus after real work against the sandbox. The registry lives as long
 * as the shared test context, so each test compares a scrape after its work with one before it.
 */
@PostgresIntegrationTest
class MetricsIT extends AgainstTheSandbox {

    private static final String SHOP = "sandbox";

    @Autowired
    StatusPush push;
    @Autowired
    RozetkaClients clients;

    @Test
    void aSyncAndTheAcknowledgementsOfItsOrdersShowInTheScrape() {
        String before = scrape();
        List<Long> ids = sandbox.createOrders(2, 1);

        assertThat(sync.sync(SHOP, "TEST").orElseThrow().outcome()).isEqualTo(RunOutcome.OK);
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        ids.forEach(id -> assertThat(sandbox.status(id)).isEqualTo(26));

        String after = scrape();
        assertThat(increase(before, after, "orderflow_rozetka_calls_seconds_count",
                "shop", SHOP, "endpoint", "orders/search", "method", "GET", "outcome", "ok")).isGreaterThanOrEqualTo(1);
        assertThat(increase(before, after, "orderflow_rozetka_calls_seconds_count",
                "shop", SHOP, "endpoint", "orders/{id}", "method", "PUT", "outcome", "ok")).isGreaterThanOrEqualTo(2);
        assertThat(increase(before, after, "orderflow_sync_runs_total", "shop", SHOP, "outcome", "ok")).isEqualTo(1);
        assertThat(increase(before, after, "orderflow_sync_run_duration_seconds_count", "shop", SHOP, "outcome", "ok"))
                .isEqualTo(1);
        assertThat(increase(before, after, "orderflow_rozetka_pushes_total",
                "shop", SHOP, "status", "26", "outcome", "ok")).isEqualTo(2);
        assertThat(value(after, "orderflow_incidents_open")).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(after).contains("orderflow_orders_stage{shop=\"sandbox\",stage=\"PROCESSING\"}",
                "orderflow_sync_inbox_backlog ", "orderflow_sync_last_success_age_seconds{shop=\"sandbox\"}");
        assertThat(Pattern.compile("endpoint=\"([^\"]*)\"").matcher(after).results().map(m -> m.group(1)))
                .isNotEmpty().allSatisfy(endpoint -> assertThat(endpoint).doesNotContainPattern("[0-9]"));
    }

    @Test
    void aRefusedPushAndAnOutageAreCountedForWhatTheyAre() {
        long id = sandbox.createOrders(1, 1).get(0);
        // the sandbox's reset forgot our token: log in again now, so that no re-login is counted below
        clients.forShop(SHOP).countsNew();
        String before = scrape();

        assertThat(push.push(SHOP, id, 6, null, null).kind()).isEqualTo(StatusPush.Outcome.Kind.REFUSED);
        sandbox.faults("{\"endpoint\":\"orders.search\",\"errorShare\":1.0,\"errorStatus\":503}");
        assertThat(sync.sync(SHOP, "TEST").orElseThrow().outcome()).isEqualTo(RunOutcome.FAILED);

        String after = scrape();
        assertThat(increase(before, after, "orderflow_rozetka_pushes_total",
                "shop", SHOP, "status", "6", "outcome", "refused")).isEqualTo(1);
        assertThat(increase(before, after, "orderflow_rozetka_calls_seconds_count",
                "shop", SHOP, "endpoint", "orders/{id}", "method", "PUT", "outcome", "refused")).isEqualTo(1);
        // the client tries a read three times before the run gives up
        assertThat(increase(before, after, "orderflow_rozetka_calls_seconds_count",
                "shop", SHOP, "endpoint", "orders/search", "method", "GET", "outcome", "failed")).isEqualTo(3);
        assertThat(increase(before, after, "orderflow_sync_runs_total", "shop", SHOP, "outcome", "failed"))
                .isEqualTo(1);
    }

    /** As Prometheus would scrape once the actuator needs a supervisor's login. */
    private String scrape() {
        HttpResponse<String> answer = Http.anonymous(port)
                .as(PostgresIntegrationTest.ADMIN, PostgresIntegrationTest.ADMIN_PASSWORD).get("/actuator/prometheus");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static double increase(String before, String after, String series, String... labels) {
        return value(after, series, labels) - value(before, series, labels);
    }

    /** The sum of the series' samples carrying all these label pairs (0 when none yet). */
    private static double value(String scrape, String series, String... labels) {
        return scrape.lines()
                .filter(line -> line.startsWith(series + "{") || line.startsWith(series + " "))
                .filter(line -> hasLabels(line, labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static boolean hasLabels(String line, String... labels) {
        for (int i = 0; i < labels.length; i += 2) {
            if (!line.contains(labels[i] + "=\"" + labels[i + 1] + "\"")) {
                return false;
            }
        }
        return true;
    }
}
