package ua.orderflow.rozetka;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.orderflow.rozetka.model.RozetkaItem;
import ua.orderflow.shop.Shop;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.SandboxGoods;
import ua.orderflow.sync.SandboxAdmin;

/** The goods contract against the built-in sandbox, over real HTTP, driven by its admin API. */
@PostgresIntegrationTest
class RozetkaGoodsSandboxIT extends RozetkaGoodsContract {

    @LocalServerPort
    int port;
    @Autowired
    RozetkaClients clients;

    private SandboxAdmin admin;
    private SandboxGoods listing;

    @BeforeEach
    void freshSandbox() {
        admin = new SandboxAdmin(port);
        listing = new SandboxGoods(port);
        admin.reset();
        listing.reset();
    }

    @AfterEach
    void clearFaults() {
        admin.faults("{\"clear\":true}");
    }

    @Override
    RozetkaGoods goods() {
        Shop shop = new Shop("sandbox-goods", "Пісочниця", "http://localhost:" + port + "/sandbox/rozetka", "sandbox",
                "sandbox", "Каса", "UA00", Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofHours(23));
        return clients.goods(clients.create(shop), shop);
    }

    @Override
    int itemCount() {
        return listing.items().size();
    }

    @Override
    RozetkaItem anItem() {
        JsonNode first = listing.items().path(0);
        return new RozetkaItem(first.path("rz_item_id").asLong(), first.path("price_offer_id").asText(), null, null,
                null, null, null, null, null, null);
    }

    @Override
    void expireTokens() {
        admin.faults("{\"expireTokens\":true}");
    }

    @Override
    void massUpdatesFail() {
        admin.faults("{\"endpoint\":\"items.mass-update\",\"errorShare\":1.0,\"errorStatus\":503}");
    }

    @Override
    int stockOnRozetka(long rzItemId) {
        for (JsonNode item : listing.items()) {
            if (item.path("rz_item_id").asLong() == rzItemId) {
                return item.path("stock_quantity").asInt();
            }
        }
        throw new AssertionError("no item " + rzItemId);
    }
}
