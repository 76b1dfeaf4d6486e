package ua.orderflow.rozetka;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;

/** The chat contract against the built-in sandbox, over real HTTP, the buyer played by its admin API. */
@PostgresIntegrationTest
class RozetkaMessagesSandboxIT extends RozetkaMessagesContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RozetkaClients clients;
    @Autowired
    Shops shops;

    @BeforeEach
    void freshSandbox() {
        Http.sandboxAdmin(port).post("/sandbox/admin/reset", "{}");
    }

    @Override
    RozetkaMessages messages() {
        Shop sandbox = shops.byId("sandbox");
        Shop fresh = new Shop("sandbox-messages", sandbox.name(), "http://localhost:" + port + "/sandbox/rozetka",
                sandbox.username(), sandbox.password(), sandbox.cashDesk(), sandbox.bankAccount(),
                Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofHours(23));
        return new RozetkaClients(new Shops(java.util.List.of(fresh)), JSON, java.time.Clock.systemUTC(),
                new org.springframework.mock.env.MockEnvironment(), Duration.ZERO, Duration.ofSeconds(30),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).messages(fresh.id());
    }

    @Override
    long buyerWrote() {
        long order = quietOrder();
        Http.sandboxAdmin(port).post("/sandbox/admin/orders/" + order + "/messages",
                write(Map.of("body", BUYER_TEXT)));
        return order;
    }

    @Override
    long quietOrder() {
        try {
            return JSON.readTree(Http.sandboxAdmin(port).post("/sandbox/admin/orders", "{\"count\":1,\"status\":26}")
                    .body()).path("orders").path(0).path("id").asLong();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
