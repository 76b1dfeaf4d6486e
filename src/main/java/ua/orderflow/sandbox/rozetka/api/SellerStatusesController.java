package ua.orderflow.sandbox.rozetka.api;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.rozetka.search.Page;
import ua.orderflow.sandbox.rozetka.search.SearchParams;
import ua.orderflow.sandbox.rozetka.status.OrderStatus;
import ua.orderflow.sandbox.rozetka.status.StatusCatalogue;

/**
 * {@code GET /order-statuses/search}: the live shape, {@code content.orderStatuses} with
 * {@code name_uk} (the apidoc's orderStatus/name_ua is not what ROZETKA sends), 20 per page.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/rozetka/order-statuses")
public class SellerStatusesController {

    private final StatusCatalogue statuses;
    private final OrderJson json;

    public SellerStatusesController(StatusCatalogue statuses, OrderJson json) {
        this.statuses = statuses;
        this.json = json;
    }

    @GetMapping("/search")
    @SellerEndpoint("order-statuses.search")
    public Map<String, Object> search(@RequestParam Map<String, String> params,
            @RequestHeader(name = SearchParams.VALIDATE_HEADER, required = false) String validate) {
        SearchParams query = new SearchParams(params);
        Integer id = query.integer("id");
        Integer group = query.integer("status_group", g -> g >= 1 && g <= 3, "Значення «status_group» неправильне.");
        Integer page = query.integer("page");
        query.reportIf(SearchParams.validates(validate));
        boolean withAvailable = OrderJson.expand(params.get("expand")).contains("status_available");
        List<OrderStatus> matched = statuses.all().stream()
                .filter(s -> id == null || s.id() == id)
                .filter(s -> group == null || s.group() == group)
                .toList();
        Page<Map<String, Object>> result = Page.of(matched, page == null ? 1 : page).map(s -> {
            Map<String, Object> row = json.statusData(s);
            row.put("title", s.nameUk());
            if (withAvailable) {
                row.put("status_available", json.statusAvailable(s.id(), false));
            }
            return row;
        });
        return Envelope.ok(Envelope.list("orderStatuses", result));
    }
}
