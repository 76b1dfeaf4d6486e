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
import ua.orderflow.sandbox.rozetka.status.StatusRules;
import ua.orderflow.sandbox.rozetka.status.StatusTransition;

/**
 * {@code GET /status-availables/search?parent_id&child_id&delivery_type} ([DOC orders.md] §4): the
 * seller's rows of the transition table as {@code content.statusAvailables}, 20 per page.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/rozetka/status-availables")
public class SellerStatusAvailablesController {

    private final StatusRules rules;
    private final OrderJson json;

    public SellerStatusAvailablesController(StatusRules rules, OrderJson json) {
        this.rules = rules;
        this.json = json;
    }

    @GetMapping("/search")
    @SellerEndpoint("status-availables.search")
    public Map<String, Object> search(@RequestParam Map<String, String> params,
            @RequestHeader(name = SearchParams.VALIDATE_HEADER, required = false) String validate) {
        SearchParams query = new SearchParams(params);
        Integer parent = query.integer("parent_id");
        Integer child = query.integer("child_id");
        Integer deliveryType = query.integer("delivery_type", t -> t == StatusTransition.OWN_DELIVERY
                || t == StatusTransition.CARRIER_DELIVERY, "Значення «delivery_type» неправильне.");
        Integer page = query.integer("page");
        query.reportIf(SearchParams.validates(validate));
        List<StatusTransition> matched = rules.table().all().stream()
                .filter(StatusTransition::bySeller)
                .filter(t -> parent == null || t.from() == parent)
                .filter(t -> child == null || t.to() == child)
                .filter(t -> deliveryType == null || t.deliveryType() == deliveryType)
                .toList();
        Page<Map<String, Object>> result = Page.of(matched, page == null ? 1 : page)
                .map(t -> json.statusAvailable(t, false));
        return Envelope.ok(Envelope.list("statusAvailables", result));
    }
}
