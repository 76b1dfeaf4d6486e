package ua.orderflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ua.orderflow.sync.SandboxAdmin;

/** ROZETKA's side of the goods in the sandbox, over its admin API: what the listing shows and was sent. */
public final class SandboxGoods {

    private final SandboxAdmin admin;

    public SandboxGoods(int port) {
        this.admin = new SandboxAdmin(port);
    }

    public void reset() {
        admin.post("/sandbox/admin/goods/reset", "{}");
    }

    public JsonNode items() {
        return admin.get("/sandbox/admin/goods").path("items");
    }

    public JsonNode item(String offerId) {
        for (JsonNode item : items()) {
            if (offerId.equals(item.path("price_offer_id").asText())) {
                return item;
            }
        }
        throw new AssertionError("ROZETKA lists no item for " + offerId);
    }

    public int stock(String offerId) {
        return item(offerId).path("stock_quantity").asInt();
    }

    public BigDecimal price(String offerId) {
        return item(offerId).path("price").decimalValue();
    }

    /** Every stock value the seller sent for the offer, in the order ROZETKA took them. */
    public List<Integer> pushes(String offerId) {
        List<Integer> values = new ArrayList<>();
        item(offerId).path("stock_pushes").forEach(p -> values.add(p.path("stock").asInt()));
        return values;
    }

    /** Buyers order from what ROZETKA lists in stock; fewer orders than asked when it runs out. */
    public List<Long> buyersOrder(int count) {
        List<Long> ids = new ArrayList<>();
        admin.post("/sandbox/admin/goods/buyers", "{\"count\":" + count + "}").path("ids").forEach(id -> ids.add(id.asLong()));
        return ids;
    }
}
