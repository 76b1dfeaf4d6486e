package ua.orderflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestData;
import ua.orderflow.sync.journal.RunOutcome;

/**
 * Two configured shops on one node, each a seller account of its own in the sandbox: each sync sees
 * its own shop's orders alone, over its own login and token, and an unchanged sync of a shop with a
 * few orders costs at most two calls.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {
        "orderflow.shops[0].id=sandbox",
        "orderflow.shops[0].name=Демо-магазин",
        "orderflow.shops[0].base-url=/sandbox/rozetka",
        "orderflow.shops[0].username=sandbox",
        "orderflow.shops[0].password=sandbox",
        "orderflow.shops[0].cash-desk=Каса",
        "orderflow.shops[1].id=lviv",
        "orderflow.shops[1].name=Магазин у Львові",
        "orderflow.shops[1].base-url=/sandbox/rozetka",
        "orderflow.shops[1].username=lviv-shop",
        "orderflow.shops[1].password=lviv-secret",
        "orderflow.shops[1].cash-desk=Каса Львів",
        "orderflow.sandbox.sellers[0].username=lviv-shop",
        "orderflow.sandbox.sellers[0].password=lviv-secret",
        "orderflow.sandbox.sellers[0].title=Магазин у Львові"})
class SeveralShopsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ShopSync sync;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CatalogueImport catalogue;
    @Autowired
    MeterRegistry registry;

    SandboxAdmin sandbox;

    @BeforeEach
    void cleanSlate() {
        sandbox = new SandboxAdmin(port);
        TestData.forgetEverything(engine, jdbc, catalogue);
        sandbox.reset();
    }

    @Test
    void eachShopSyncsItsOwnSellerAccountsOrdersAlone() {
        List<Long> demo = sandbox.createOrders(3, 1);
        List<Long> lviv = sandbox.createOrders("lviv-shop", 2, 1);
        assertThat(lviv).doesNotContainAnyElementsOf(demo);

        assertThat(sync.sync("lviv", "TEST").orElseThrow().imported()).isEqualTo(2);
        assertThat(sync.sync("sandbox", "TEST").orElseThrow().imported()).isEqualTo(3);

        assertThat(orderIds("lviv")).containsExactlyInAnyOrderElementsOf(lviv);
        assertThat(orderIds("sandbox")).containsExactlyInAnyOrderElementsOf(demo);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("lviv:" + lviv.get(0)).count()).isEqualTo(1);
        // the other seller's order is not there for the Lviv shop's token, as at ROZETKA
        assertThat(sync.sync("lviv", "TEST").orElseThrow().ordersSeen()).isEqualTo(2);
    }

    @Test
    void eachSellerLogsInWithItsOwnPasswordAndItsTokenOpensItsOwnOrders() throws Exception {
        long lvivOrder = sandbox.createOrders("lviv-shop", 1, 1).get(0);
        long demoOrder = sandbox.createOrders(1, 1).get(0);
        Http api = Http.anonymous(port);
        JsonNode wrong = JSON.readTree(api.post("/sandbox/rozetka/sites",
                "{\"username\":\"lviv-shop\",\"password\":\"c2FuZGJveA==\"}").body());
        assertThat(wrong.path("errors").path("code").asInt()).isEqualTo(1004);

        JsonNode login = JSON.readTree(api.post("/sandbox/rozetka/sites",
                "{\"username\":\"lviv-shop\",\"password\":\"bHZpdi1zZWNyZXQ=\"}").body());
        assertThat(login.path("content").path("market").path("title").asText()).isEqualTo("Магазин у Львові");
        String token = login.path("content").path("access_token").asText();
        assertThat(bearerGet(token, "/sandbox/rozetka/orders/" + lvivOrder).path("success").asBoolean()).isTrue();
        assertThat(bearerGet(token, "/sandbox/rozetka/orders/" + demoOrder).path("success").asBoolean()).isFalse();
        assertThat(bearerGet(token, "/sandbox/rozetka/orders/counts-new").path("content").path("new").asInt())
                .isEqualTo(1);

        // the buyer writes in the Lviv order's chat: the Lviv seller has a chat with it, the default one none
        sandbox.post("/sandbox/admin/orders/" + lvivOrder + "/messages", "{\"body\":\"Коли відправите?\"}");
        assertThat(bearerGet(token, "/sandbox/rozetka/messages/" + lvivOrder + "/order-chat")
                .path("content").path("order_id").asLong()).isEqualTo(lvivOrder);
        JsonNode demoLogin = JSON.readTree(api.post("/sandbox/rozetka/sites",
                "{\"username\":\"sandbox\",\"password\":\"c2FuZGJveA==\"}").body());
        String demoToken = demoLogin.path("content").path("access_token").asText();
        assertThat(bearerGet(demoToken, "/sandbox/rozetka/messages/search?msgType=orders").path("content")
                .path("chats")).isEmpty();
        assertThat(bearerGet(token, "/sandbox/rozetka/messages/search?msgType=orders").path("content")
                .path("chats")).hasSize(1);
    }

    @Test
    void anUnchangedSyncOfAShopWithAFewOrdersCostsOneCallAndTwoOnceAParcelIsOnTheWay() {
        sandbox.createOrders("lviv-shop", 3, 26);
        sync.sync("lviv", "TEST").orElseThrow();
        double before = calls("lviv");

        assertThat(sync.sync("lviv", "TEST").orElseThrow().outcome()).isEqualTo(RunOutcome.OK);
        // one page by what changed; no order is with a carrier, so no search by the last status change
        assertThat(calls("lviv") - before).isEqualTo(1);

        sandbox.createOrders("lviv-shop", 1, 3);
        sync.sync("lviv", "TEST").orElseThrow();
        double withParcel = calls("lviv");
        assertThat(sync.sync("lviv", "TEST").orElseThrow().outcome()).isEqualTo(RunOutcome.OK);
        assertThat(calls("lviv") - withParcel).isEqualTo(2);
    }

    private double calls(String shop) {
        return registry.find("orderflow.rozetka.calls").tag("shop", shop).timers().stream()
                .mapToDouble(Timer::count).sum();
    }

    private List<Long> orderIds(String shop) {
        return jdbc.sql("select order_id from marketplace_order where shop_id = :shop").param("shop", shop)
                .query(Long.class).list();
    }

    private JsonNode bearerGet(String token, String path) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build();
        return JSON.readTree(java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body());
    }
}
