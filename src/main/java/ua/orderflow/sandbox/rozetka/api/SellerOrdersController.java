package ua.orderflow.sandbox.rozetka.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.fault.Refusals.DetailsShape;
import ua.orderflow.sandbox.fault.WrongAnswers;
import ua.orderflow.sandbox.rozetka.order.ItemChange;
import ua.orderflow.sandbox.rozetka.order.SearchResult;
import ua.orderflow.sandbox.rozetka.order.SellerUpdate;
import ua.orderflow.sandbox.rozetka.search.OrderQuery;
import ua.orderflow.sandbox.rozetka.search.SearchParams;
import ua.orderflow.sandbox.rozetka.seller.SellerAccount;
import ua.orderflow.sandbox.rozetka.seller.SellerAccounts;

/** The order endpoints of the Seller API: search, one order, the seller's update, the new-order counters. */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/rozetka/orders")
public class SellerOrdersController {

    private final OrderJson json;
    private final WrongAnswers wrong;

    public SellerOrdersController(OrderJson json, WrongAnswers wrong) {
        this.json = json;
        this.wrong = wrong;
    }

    @GetMapping("/search")
    @SellerEndpoint("orders.search")
    public Map<String, Object> search(@RequestAttribute(SellerAccounts.REQUEST_ATTRIBUTE) SellerAccount seller, @RequestParam Map<String, String> params,
            @RequestHeader(name = SearchParams.VALIDATE_HEADER, required = false) String validate) {
        Set<String> expand = OrderJson.expand(params.get("expand"));
        OrderQuery query = OrderQuery.parse(params, SearchParams.validates(validate));
        SearchResult<Map<String, Object>> result = seller.orders().search(query, o -> wrong.order(json.render(o, expand)));
        Map<String, Object> content = Envelope.list("orders", result.page());
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("amount", Money.of(result.amount()));
        totals.put("amount_with_discount", Money.of(result.amountWithDiscount()));
        totals.put("cost", Money.of(result.cost()));
        totals.put("cost_with_discount", Money.of(result.costWithDiscount()));
        content.put("totalFields", totals);
        return Envelope.ok(wrong.page(content));
    }

    @GetMapping("/counts-new")
    @SellerEndpoint("orders.counts-new")
    public Map<String, Object> countsNew(@RequestAttribute(SellerAccounts.REQUEST_ATTRIBUTE) SellerAccount seller) {
        return Envelope.ok(seller.orders().countsNew());
    }

    @GetMapping("/{id}")
    @SellerEndpoint("orders.get")
    public Map<String, Object> get(@RequestAttribute(SellerAccounts.REQUEST_ATTRIBUTE) SellerAccount seller, @PathVariable long id, @RequestParam(required = false) String expand) {
        Set<String> fields = OrderJson.expand(expand);
        return Envelope.ok(seller.orders().sellerRead(id, o -> wrong.order(json.render(o, fields))));
    }

    @PutMapping("/{id}")
    @SellerEndpoint("orders.update")
    public Map<String, Object> update(@RequestAttribute(SellerAccounts.REQUEST_ATTRIBUTE) SellerAccount seller, @PathVariable long id, @RequestBody Map<String, Object> body,
            @RequestParam(required = false) String expand) {
        Integer status = integer(body.get("status"), "status");
        List<ItemChange> purchases = purchases(body.get("purchases"));
        if (status == null && purchases.isEmpty()) {
            return Envelope.error("required_parameter", Envelope.REQUIRED_PARAMETER, "status",
                    "Необхідно заповнити «Статус».", DetailsShape.OBJECT);
        }
        SellerUpdate update = new SellerUpdate(status, text(body.get("ttn")), text(body.get("seller_comment")),
                purchases);
        Set<String> fields = OrderJson.expand(expand);
        return Envelope.ok(seller.orders().sellerUpdate(id, update, o -> json.render(o, fields)));
    }

    private static List<ItemChange> purchases(Object value) {
        List<ItemChange> changes = new ArrayList<>();
        if (!(value instanceof List<?> list)) {
            return changes;
        }
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> line)) {
                throw new UnreadableBody("Значення «purchases» неправильне.");
            }
            Integer id = integer(line.get("id"), "purchases");
            Integer itemId = integer(line.get("item_id"), "purchases");
            Integer quantity = integer(line.get("quantity"), "purchases");
            Object price = line.get("price");
            changes.add(new ItemChange(id == null ? null : id.longValue(), itemId == null ? null : itemId.longValue(),
                    null, quantity == null ? 0 : quantity, price == null ? null : new BigDecimal(price.toString())));
        }
        return changes;
    }

    private static Integer integer(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new UnreadableBody("Значення «" + field + "» має бути цілим числом.");
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
