package ua.orderflow.rozetka;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.orderflow.rozetka.model.ItemUpdate;
import ua.orderflow.rozetka.model.RozetkaItem;
import ua.orderflow.shop.Shop;
import ua.orderflow.support.WireMockRozetka;

/**
 * The goods contract against WireMock stubs in the apidoc's shapes ([DOC apiitems.md] 1.0 and 4.0):
 * two pages of {@code content.items} with {@code _meta}, page 3 repeating page 2 as Yii2 does, and
 * the per-item error shape of a mass-update.
 */
class RozetkaGoodsWireMockTest extends RozetkaGoodsContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long ITEM = 344560030L;
    private static final String TOKEN_EXPIRED = """
            {"success":false,"errors":{"message":"incorrect_access_token","code":1020,"details":null}}""";

    private WireMockRozetka rozetka;

    @BeforeEach
    void startRozetka() {
        rozetka = new WireMockRozetka();
        rozetka.server.stubFor(post("/sites").inScenario("login").whenScenarioStateIs(STARTED)
                .willReturn(okJson(login("token-1"))).willSetStateTo("one"));
        rozetka.server.stubFor(post("/sites").inScenario("login").whenScenarioStateIs("one")
                .willReturn(okJson(login("token-2"))));
        for (int page = 1; page <= 3; page++) {
            int shown = Math.min(page, 2);
            authorized(get(urlPathEqualTo("/goods/all")).withQueryParam("page", equalTo(String.valueOf(page))),
                    page(shown == 1 ? List.of(ITEM, 344560031L) : List.of(344560032L), shown));
        }
        authorized(get(urlPathEqualTo("/goods/all")).atPriority(2).withQueryParam("price_offer_id", equalTo("7372")),
                page(List.of(ITEM), 1).replace("\"pageCount\":2", "\"pageCount\":1"));
        authorized(put(urlPathEqualTo("/items/mass-update")).atPriority(6), """
                {"success":true,"content":null}""");
        authorized(put(urlPathEqualTo("/items/mass-update")).atPriority(5)
                .withRequestBody(matchingJsonPath("$.items[?(@.item_rz_id == 999999999)]")), """
                {"success":false,"errors":{"999999999":{"reason":[{"id":1,"value":["Товар не знайдено"]},
                 {"id":4,"value":["Невірна ціна"]}]}}}""");
    }

    @AfterEach
    void stopRozetka() {
        rozetka.stop();
    }

    private void authorized(MappingBuilder request, String body) {
        rozetka.server.stubFor(request.withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock
                .matching("Bearer token-\\d")).willReturn(okJson(body)));
    }

    private static String login(String token) {
        return "{\"success\":true,\"content\":{\"id\":5501,\"access_token\":\"" + token + "\"}}";
    }

    /** A page of /goods/all as the apidoc's example has it (fields the client reads). */
    private static String page(List<Long> ids, int page) {
        StringBuilder items = new StringBuilder();
        for (long id : ids) {
            if (items.length() > 0) {
                items.append(',');
            }
            String offer = id == ITEM ? "7372" : String.valueOf(id % 10_000);
            items.append("""
                    {"rz_item_id":%d,"price_offer_id":"%s","item_id":114053,"sync_source":{"id":107,"availability":4},
                     "name":"Масляний фiльтр UFI (2348400)","name_ua":"Масляний фiльтр UFI (2348400)",
                     "article":"2348400","price":45003,"price_old":null,"price_promo":null,"available":1,
                     "stock_quantity":15,"sold":null}""".formatted(id, offer));
        }
        return """
                {"success":true,"content":{"count":3,"items":[%s],
                 "_meta":{"totalCount":3,"pageCount":2,"currentPage":%d,"perPage":2}}}""".formatted(items, page);
    }

    @Override
    RozetkaGoods goods() {
        Shop shop = rozetka.shop(Duration.ofSeconds(2));
        RozetkaClients clients = rozetka.clients(shop, new SimpleMeterRegistry());
        return clients.goods(shop.id());
    }

    @Override
    int itemCount() {
        return 3;
    }

    @Override
    RozetkaItem anItem() {
        return new RozetkaItem(ITEM, "7372", null, null, null, null, null, null, null, null);
    }

    @Override
    void expireTokens() {
        rozetka.server.stubFor(any(anyUrl()).atPriority(1).withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(okJson(TOKEN_EXPIRED)));
    }

    @Override
    void massUpdatesFail() {
        rozetka.server.stubFor(put(urlPathEqualTo("/items/mass-update")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("<html>503 Service Temporarily Unavailable</html>")));
    }

    /** What ROZETKA was last told for the item: the stub keeps no state of its own. */
    @Override
    int stockOnRozetka(long rzItemId) {
        var requests = rozetka.server.findAll(putRequestedFor(urlPathEqualTo("/items/mass-update")));
        for (int i = requests.size() - 1; i >= 0; i--) {
            for (JsonNode item : read(requests.get(i).getBodyAsString()).path("items")) {
                if (item.path("item_rz_id").asLong() == rzItemId) {
                    return item.path("stock_quantity").asInt();
                }
            }
        }
        throw new AssertionError("no mass-update for " + rzItemId);
    }

    @Test
    void theBodyIsTheApidocsUpdatingItemsWithPricesAsIntegersAndMinusOneToClear() {
        goods().massUpdate(List.of(new ItemUpdate(ITEM, 0, new java.math.BigDecimal("1199.00"), ItemUpdate.CLEAR,
                new java.math.BigDecimal("999.50"))));
        JsonNode body = read(rozetka.server.findAll(putRequestedFor(urlPathEqualTo("/items/mass-update"))).get(0)
                .getBodyAsString());
        assertThat(body.path("isIgnoreCheck").asInt()).isZero();
        JsonNode item = body.path("items").path(0);
        assertThat(item.path("item_rz_id").asLong()).isEqualTo(ITEM);
        assertThat(item.path("stock_quantity").asInt()).isZero();
        assertThat(item.path("price").isIntegralNumber()).isTrue();
        assertThat(item.path("price").asLong()).isEqualTo(1199);
        assertThat(item.path("price_old").asInt()).isEqualTo(-1);
        assertThat(item.path("price_promo").decimalValue()).isEqualByComparingTo("999.50");
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }
}
