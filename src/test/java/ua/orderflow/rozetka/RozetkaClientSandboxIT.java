package ua.orderflow.rozetka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.orderflow.shop.Shop;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;

/** The client contract against the built-in sandbox, over real HTTP, driven by its admin API. */
@PostgresIntegrationTest
class RozetkaClientSandboxIT extends RozetkaClientContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The configured shop whose base URL is this service's sandbox. */
    private static final String SANDBOX_SHOP = "sandbox";

    @LocalServerPort
    int port;
    @Autowired
    RozetkaClients clients;

    @BeforeEach
    void freshSandbox() {
        admin("/sandbox/admin/reset", "{}");
    }

    @AfterEach
    void clearFaults() {
        admin("/sandbox/admin/faults", "{\"clear\":true}");
    }

    @Override
    RozetkaClient client() {
        return clientWithPassword("sandbox");
    }

    @Override
    RozetkaClient clientWithWrongPassword() {
        return clientWithPassword("not-the-password");
    }

    @Override
    long orderInProcessing() {
        return orderIn(26);
    }

    @Override
    long orderIn(int status) {
        return admin("/sandbox/admin/orders", "{\"count\":1,\"status\":" + status + "}").path("orders").path(0)
                .path("id").asLong();
    }

    @Override
    void ordersExist(int count) {
        admin("/sandbox/admin/orders", "{\"count\":" + count + "}");
    }

    @Override
    void expireTokens() {
        admin("/sandbox/admin/faults", "{\"expireTokens\":true}");
    }

    @Override
    void searchFails(int times) {
        admin("/sandbox/admin/faults", "{\"endpoint\":\"orders.search\",\"errorShare\":1.0,\"errorStatus\":503"
                + (times < 0 ? "" : ",\"times\":" + times) + "}");
    }

    @Override
    int logins() {
        return stats().path("logins").asInt();
    }

    @Override
    long anOrderChangedTodayAmongOlderOnes() {
        admin("/sandbox/admin/orders", "{\"count\":3,\"status\":26}");
        admin("/sandbox/admin/clock/advance", "{\"days\":3}");
        return orderInProcessing();
    }

    @Override
    LocalDate today() {
        String now = parse(Http.sandboxAdmin(port).get("/sandbox/admin/clock").body()).path("now").asText();
        return LocalDate.parse(now.substring(0, 10));
    }

    @Override
    void trackingMovesOn(long shipped) {
        admin("/sandbox/admin/clock/advance", "{\"days\":2}");
    }

    @Override
    void refusalsCome(String wording, String detailsShape) {
        admin("/sandbox/admin/faults", "{\"refusalWording\":\"" + wording + "\",\"refusalDetails\":\"" + detailsShape
                + "\"}");
    }

    @Override
    void searchesAreRateLimited(int times, Integer retryAfterSeconds) {
        admin("/sandbox/admin/faults", "{\"endpoint\":\"orders.search\",\"errorShare\":1.0,\"errorStatus\":429"
                + (retryAfterSeconds == null ? "" : ",\"retryAfterSeconds\":" + retryAfterSeconds)
                + (times < 0 ? "" : ",\"times\":" + times) + "}");
    }

    @Override
    int searchCalls() {
        return stats().path("calls").path("orders.search").asInt();
    }

    @Override
    StatusNames slowStatusNames() {
        admin("/sandbox/admin/faults", "{\"endpoint\":\"order-statuses.search\",\"latencyMs\":300}");
        // the reset forgot the shop's token: log in now, so a listing counts its pages and no replay
        clients.forShop(SANDBOX_SHOP).countsNew();
        return new StatusNames(clients, Clock.systemUTC());
    }

    @Override
    String namedShop() {
        return SANDBOX_SHOP;
    }

    @Override
    int statusListings() {
        return stats().path("calls").path("order-statuses.search").asInt();
    }

    private JsonNode stats() {
        return parse(Http.sandboxAdmin(port).get("/sandbox/admin/stats").body());
    }

    private RozetkaClient clientWithPassword(String password) {
        return clients.create(new Shop("sandbox-contract", "Пісочниця", "http://localhost:" + port + "/sandbox/rozetka",
                "sandbox", password, "Каса", "UA00", Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofHours(23)));
    }

    private JsonNode admin(String path, String body) {
        HttpResponse<String> response = Http.sandboxAdmin(port).post(path, body);
        assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 299);
        return parse(response.body());
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }
}
