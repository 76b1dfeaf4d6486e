package ua.orderflow.rozetka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.orderflow.rozetka.model.RozetkaItem;
import ua.orderflow.shop.Shop;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;

/** The goods contract against the built-in sandbox, over real HTTP, driven by its admin API. */
@PostgresIntegrationTest
class RozetkaGoodsSandboxIT extends RozetkaGoodsContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RozetkaClients clients;

    @BeforeEach
    void freshSandbox() {
        admin("/sandbox/admin/reset", "{}");
        admin("/sandbox/admin/goods/reset", "{}");
    }

    @AfterEach
    void clearFaults() {
        admin("/sandbox/admin/faults", "{\"clear\":true}");
    }

    @Override
    RozetkaGoods goods() {
        Shop shop = new Shop("sandbox-goods", "Пісочниця", "http://localhost:" + port + "/sandbox/rozetka", "sandbox",
                "sandbox", "Каса", "UA00", Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofHours(23));
        return clients.goods(clients.create(shop), shop);
    }

    @Override
    int itemCount() {
        return listing().path("items").size();
    }

    @Override
    RozetkaItem anItem() {
        JsonNode first = listing().path("items").path(0);
        return new RozetkaItem(first.path("rz_item_id").asLong(), first.path("price_offer_id").asText(), null, null,
                null, null, null, null, null, null);
    }

    @Override
    void expireTokens() {
        admin("/sandbox/admin/faults", "{\"expireTokens\":true}");
    }

    @Override
    void massUpdatesFail() {
        admin("/sandbox/admin/faults", "{\"endpoint\":\"items.mass-update\",\"errorShare\":1.0,\"errorStatus\":503}");
    }

    @Override
    int stockOnRozetka(long rzItemId) {
        for (JsonNode item : listing().path("items")) {
            if (item.path("rz_item_id").asLong() == rzItemId) {
                return item.path("stock_quantity").asInt();
            }
        }
        throw new AssertionError("no item " + rzItemId);
    }

    private JsonNode listing() {
        return parse(Http.anonymous(port).get("/sandbox/admin/goods").body());
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
