package ua.orderflow.sandbox.rozetka.goods;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.rozetka.api.Envelope;
import ua.orderflow.sandbox.rozetka.api.SellerEndpoint;
import ua.orderflow.sandbox.rozetka.seller.SellerAccount;
import ua.orderflow.sandbox.rozetka.seller.SellerAccounts;

/**
 * {@code PUT /items/mass-update} ([DOC apiitems.md] 4.0, models.md UpdatingItem): items by
 * {@code item_rz_id} (or {@code item_id}), each with {@code price} and/or {@code stock_quantity},
 * optionally {@code price_old}, {@code price_promo} ({@code -1} clears them). Success is
 * {@code content:null}; rejected items come back keyed by their id, each with numbered reasons, and
 * the other items are applied (unverified live: the reference leaves it open). {@code isIgnoreCheck: 1}
 * skips the checks but still cannot update an item that does not exist.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/rozetka/items")
public class SellerItemsController {

    static final int MAX_ITEMS = 100;
    static final int NOT_FOUND = 1;
    static final int NOTHING_TO_UPDATE = 2;
    static final int BAD_STOCK = 3;
    static final int BAD_PRICE = 4;
    static final int BAD_PROMO = 5;

    @PutMapping("/mass-update")
    @SellerEndpoint("items.mass-update")
    public Map<String, Object> massUpdate(@RequestAttribute(SellerAccounts.REQUEST_ATTRIBUTE) SellerAccount seller, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.path("items").isArray() || body.path("items").isEmpty()) {
            return Envelope.error("required_parameter", Envelope.REQUIRED_PARAMETER,
                    Map.of("items", List.of("Необхідно заповнити «items».")));
        }
        if (body.path("items").size() > MAX_ITEMS) {
            return Envelope.error("incorrect_data_format", Envelope.INCORRECT_DATA_FORMAT,
                    Map.of("items", List.of("Не більше " + MAX_ITEMS + " товарів за один запит.")));
        }
        Shelf shelf = seller.shelf();
        boolean check = body.path("isIgnoreCheck").asInt(0) != 1;
        Map<String, Object> rejected = new LinkedHashMap<>();
        for (JsonNode item : body.path("items")) {
            long id = item.hasNonNull("item_rz_id") ? item.path("item_rz_id").asLong(-1)
                    : item.hasNonNull("item_id") ? item.path("item_id").asLong(-1) + 400_000_000L : -1;
            String key = item.hasNonNull("item_rz_id") ? item.path("item_rz_id").asText()
                    : item.path("item_id").asText("?");
            List<Map<String, Object>> reasons = new ArrayList<>();
            if (!shelf.has(id)) {
                reasons.add(reason(NOT_FOUND, "Товар не знайдено серед товарів продавця."));
            } else if (check) {
                reasons.addAll(problems(item, shelf.price(id)));
            }
            if (!reasons.isEmpty()) {
                rejected.put(key, Map.of("reason", reasons));
                continue;
            }
            shelf.update(id, integer(item, "stock_quantity"), money(item, "price"), money(item, "price_old"),
                    money(item, "price_promo"));
        }
        if (rejected.isEmpty()) {
            return Envelope.ok(null);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", false);
        answer.put("errors", rejected);
        return answer;
    }

    private static List<Map<String, Object>> problems(JsonNode item, BigDecimal current) {
        List<Map<String, Object>> reasons = new ArrayList<>();
        JsonNode stock = item.path("stock_quantity");
        JsonNode price = item.path("price");
        if (stock.isMissingNode() && price.isMissingNode()) {
            reasons.add(reason(NOTHING_TO_UPDATE, "Необхідно передати «price» або «stock_quantity»."));
        }
        if (!stock.isMissingNode() && (!stock.canConvertToExactIntegral() || !stock.isNumber() || stock.asLong() < 0)) {
            reasons.add(reason(BAD_STOCK, "Значення «stock_quantity» має бути цілим числом, не меншим за 0."));
        }
        if (!price.isMissingNode() && (!price.isNumber() || price.decimalValue().signum() <= 0)) {
            reasons.add(reason(BAD_PRICE, "Значення «price» має бути додатним числом."));
        }
        JsonNode promo = item.path("price_promo");
        if (promo.isNumber() && promo.decimalValue().signum() > 0) {
            BigDecimal against = price.isNumber() ? price.decimalValue() : current;
            if (against != null && promo.decimalValue().compareTo(against) >= 0) {
                reasons.add(reason(BAD_PROMO, "Промо-ціна має бути меншою за ціну товару."));
            }
        }
        return reasons;
    }

    private static Map<String, Object> reason(int id, String text) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("id", id);
        reason.put("value", List.of(text));
        return reason;
    }

    private static Integer integer(JsonNode item, String field) {
        JsonNode value = item.path(field);
        return value.isNumber() ? Math.max(0, value.asInt()) : null;
    }

    private static BigDecimal money(JsonNode item, String field) {
        JsonNode value = item.path(field);
        return value.isNumber() ? value.decimalValue() : null;
    }
}
