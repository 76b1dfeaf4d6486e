package ua.orderflow.sandbox.rozetka.order;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import ua.orderflow.sandbox.rozetka.search.OrderQuery;
import ua.orderflow.sandbox.rozetka.status.OrderStatus;
import ua.orderflow.sandbox.rozetka.status.StatusRules;

/** Tallies over a book's orders; the caller holds {@link OrderBook}'s lock. */
final class OrderCounts {

    private OrderCounts() {
    }

    /** ROZETKA's keys of {@code GET /orders/counts-new} ([DOC orders.md] §1.1); the three groups add up to all. */
    static Map<String, Integer> countsNew(Collection<SandboxOrder> orders) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("inProgress", count(orders, o -> o.statusGroup() == OrderStatus.GROUP_PROCESSING));
        counts.put("inDone", count(orders, o -> o.statusGroup() == OrderStatus.GROUP_SUCCESS));
        counts.put("inNotDone", count(orders, o -> o.statusGroup() == OrderStatus.GROUP_FAILED));
        counts.put("new", count(orders, o -> o.status() == StatusRules.NEW));
        counts.put("delivering", count(orders, o -> OrderQuery.DELIVERING.contains(o.status())));
        counts.put("unwatched", count(orders, o -> !o.viewed()));
        counts.put("all", orders.size());
        return counts;
    }

    static int count(Collection<SandboxOrder> orders, Predicate<SandboxOrder> predicate) {
        return (int) orders.stream().filter(predicate).count();
    }
}
