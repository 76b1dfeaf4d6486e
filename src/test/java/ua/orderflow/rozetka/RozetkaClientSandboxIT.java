package ua.orderflow.rozetka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.orderflow.shop.Shop;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;

/** The client contract against the built-in sandbox, over real HTTP, driven by its admin API. */
@PostgresIntegrationTest
class RozetkaClientSandboxIT extends RozetkaClientContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RozetkaClients clients;

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
        return admin("/sandbox/admin/orders", "{\"count\":1,\"status\":26}").path("orders").path(0).path("id").asLong();
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
        HttpResponse<String> stats = Http.anonymous(port).get("/sandbox/admin/stats");
        return parse(stats.body()).path("logins").asInt();
    }

    private RozetkaClient clientWithPassword(String password) {
        return clients.create(new Shop("sandbox-contract", "Пісочниця", "http://localhost:" + port + "/sandbox/rozetka",
                "sandbox", password, "Каса", "UA00", Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofHours(23)));
    }

    private JsonNode admin(String path, String body) {
        HttpResponse<String> response = Http.anonymous(port).post(path, body);
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
