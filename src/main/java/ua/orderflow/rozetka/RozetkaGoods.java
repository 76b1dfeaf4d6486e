package ua.orderflow.rozetka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.orderflow.rozetka.model.ItemUpdate;
import ua.orderflow.rozetka.model.RozetkaItem;

/**
 * One shop's goods on ROZETKA: the items it lists and the stock and price update, with the shop's
 * token, envelope decoding and retries of {@link RozetkaClient}.
 */
public class RozetkaGoods {

    /** ROZETKA's limit on items per mass-update, as clients send them (rozetka-seller-api.md §8.2). */
    public static final int MAX_ITEMS = 100;
    static final int PAGE_SIZE = 100;

    private final RozetkaClient client;
    private final GoodsApi api;
    private final ObjectMapper json;

    RozetkaGoods(RozetkaClient client, GoodsApi api, ObjectMapper json) {
        this.client = client;
        this.api = api;
        this.json = json;
    }

    /** Every item of the shop, page by page ({@code /goods/all}); a page count that lies stops at the limit. */
    public List<RozetkaItem> all() {
        return walk(Map.of());
    }

    /** The items whose price-list offer id is this one (usually one, none when it is not on ROZETKA). */
    public List<RozetkaItem> byPriceOfferId(String priceOfferId) {
        return walk(Map.of("price_offer_id", priceOfferId));
    }

    private List<RozetkaItem> walk(Map<String, Object> filter) {
        List<RozetkaItem> items = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        int pageCount = 1;
        for (int page = 1; page <= pageCount && page <= RozetkaClient.MAX_PAGES; page++) {
            Map<String, Object> query = new LinkedHashMap<>(filter);
            query.put("page", page);
            query.put("pageSize", PAGE_SIZE);
            JsonNode content = client.withToken(t -> api.allGoods(t, query));
            for (JsonNode item : content.path("items")) {
                RozetkaItem read = convert(item);
                // past the last page ROZETKA repeats it (Yii2): an item is taken once
                if (seen.add(read.rzItemId())) {
                    items.add(read);
                }
            }
            pageCount = content.path("_meta").path("pageCount").asInt(1);
        }
        return items;
    }

    /**
     * Sends at most {@link #MAX_ITEMS} updates in one call and answers ROZETKA's reasons for the
     * items it rejected, keyed by item id (empty: all taken). A call ROZETKA could not take at all
     * throws, as every call of the client does.
     */
    public Map<Long, String> massUpdate(List<ItemUpdate> updates) {
        if (updates.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("At most " + MAX_ITEMS + " items a mass-update, got " + updates.size());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("isIgnoreCheck", 0);
        body.put("items", updates.stream().map(ItemUpdate::json).toList());
        JsonNode content = client.withToken(t -> rejectionsAsContent(api.massUpdate(t, body)));
        Map<Long, String> rejected = new LinkedHashMap<>();
        content.path(REJECTED).fields().forEachRemaining(e -> rejected.put(itemId(e.getKey()), reasons(e.getValue())));
        return rejected;
    }

    private static final String REJECTED = "rejected";

    /**
     * Per-item errors come as {"success":false,"errors":{"<id>":{"reason":[…]}}}: not a failure of
     * the call but its answer, so they are handed on as content; any other error stays an error.
     */
    private JsonNode rejectionsAsContent(JsonNode body) {
        if (body == null || body.path("success").asBoolean(false) || !body.path("errors").isObject()) {
            return body;
        }
        JsonNode errors = body.path("errors");
        if (errors.has("message") || errors.has("code") || errors.isEmpty()) {
            return body;
        }
        for (Iterator<JsonNode> values = errors.elements(); values.hasNext(); ) {
            if (!values.next().has("reason")) {
                return body;
            }
        }
        ObjectNode answer = json.createObjectNode();
        answer.put("success", true);
        answer.putObject("content").set(REJECTED, errors);
        return answer;
    }

    private static long itemId(String key) {
        try {
            return Long.parseLong(key.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** [{"id":n,"value":["text",…]},…] → "text; text". */
    private static String reasons(JsonNode item) {
        List<String> texts = new ArrayList<>();
        for (JsonNode reason : item.path("reason")) {
            JsonNode value = reason.path("value");
            if (value.isArray()) {
                value.forEach(v -> texts.add(v.asText()));
            } else if (!value.isMissingNode()) {
                texts.add(value.asText());
            }
        }
        return texts.isEmpty() ? "ROZETKA відхилила товар без пояснення" : String.join("; ", texts);
    }

    private RozetkaItem convert(JsonNode node) {
        try {
            return json.treeToValue(node, RozetkaItem.class);
        } catch (JsonProcessingException e) {
            throw new RozetkaException.Unavailable("ROZETKA answered an unreadable item: " + e.getOriginalMessage(),
                    null, e);
        }
    }
}
