package ua.orderflow.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import ua.orderflow.support.Http;

/** ROZETKA's side of the goods in the sandbox, over its admin API: what the listing shows and was sent. */
final class SandboxGoods {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;

    SandboxGoods(int port) {
        this.http = Http.anonymous(port);
    }

    void reset() {
        post("/sandbox/admin/goods/reset", "{}");
    }

    JsonNode item(String offerId) {
        for (JsonNode item : parse(http.get("/sandbox/admin/goods").body()).path("items")) {
            if (offerId.equals(item.path("price_offer_id").asText())) {
                return item;
            }
        }
        throw new AssertionError("ROZETKA lists no item for " + offerId);
    }

    int stock(String offerId) {
        return item(offerId).path("stock_quantity").asInt();
    }

    BigDecimal price(String offerId) {
        return item(offerId).path("price").decimalValue();
    }

    /** Every stock value the seller sent for the offer, in the order ROZETKA took them. */
    List<Integer> pushes(String offerId) {
        List<Integer> values = new ArrayList<>();
        item(offerId).path("stock_pushes").forEach(p -> values.add(p.path("stock").asInt()));
        return values;
    }

    List<Long> buyersOrder(int count) {
        List<Long> ids = new ArrayList<>();
        post("/sandbox/admin/goods/buyers", "{\"count\":" + count + "}").path("ids").forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    private JsonNode post(String path, String body) {
        HttpResponse<String> response = http.post(path, body);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isBetween(200, 299);
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
