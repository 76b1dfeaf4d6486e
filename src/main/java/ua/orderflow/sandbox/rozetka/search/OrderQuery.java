package ua.orderflow.sandbox.rozetka.search;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import ua.orderflow.sandbox.rozetka.order.SandboxOrder;
import ua.orderflow.sandbox.rozetka.status.OrderStatus;
import ua.orderflow.sandbox.rozetka.status.StatusRules;

/**
 * The filters of {@code GET /orders/search} the sandbox honours (rozetka-seller-api.md §3): id,
 * status (one integer), types or type (never both), the created, changed and status-updated ranges,
 * ttn, page and sort. A time part is documented only for {@code created_*}: the sandbox takes the
 * other ranges as dates alone, the safe reading of an unverified fact. Unknown parameters are
 * ignored, as Yii2 does; a filter it cannot read is reported or dropped ({@link SearchParams}).
 */
public record OrderQuery(Long id, Integer status, Integer types, Integer type, Instant createdFrom,
        Instant createdTo, Instant changedFrom, Instant changedTo, Instant statusUpdatedFrom,
        Instant statusUpdatedTo, String ttn, int page, String sort) {

    /** The statuses of {@code types=5} and of counts-new's {@code delivering}. */
    public static final Set<Integer> DELIVERING = Set.of(StatusRules.SHIPPED, StatusRules.HANDOVER_PLANNED,
            StatusRules.DELIVERING, StatusRules.AT_PICKUP);
    private static final List<String> SORTS = List.of("id", "-id", "created", "-created", "changed", "-changed");

    /** Reads the query; with {@code validate} (the header) an unreadable filter throws {@link InvalidQuery}. */
    public static OrderQuery parse(Map<String, String> params, boolean validate) {
        SearchParams query = new SearchParams(params);
        Integer types = query.integer("types", t -> t >= 1 && t <= 6, "Значення «types» неправильне.");
        Integer type = query.integer("type", t -> t >= 1 && t <= 3, "Значення «type» неправильне.");
        if (types != null && type != null) {
            type = query.invalid("type", "Можна передати лише один із параметрів: type або types.");
        }
        String sort = query.oneOf("sort", SORTS);
        Integer page = query.integer("page");
        Integer id = query.integer("id");
        OrderQuery parsed = new OrderQuery(id == null ? null : id.longValue(), query.integer("status"), types, type,
                query.bound("created_from", false, true), query.bound("created_to", true, true),
                query.bound("changed_from", false, false), query.bound("changed_to", true, false),
                query.bound("status_updated_from", false, false), query.bound("status_updated_to", true, false),
                query.raw("ttn"), page == null ? 1 : page, sort == null ? "-id" : sort);
        query.reportIf(validate);
        return parsed;
    }

    public Predicate<SandboxOrder> filter() {
        Predicate<SandboxOrder> p = o -> true;
        if (id != null) {
            p = p.and(o -> o.id() == id);
        }
        if (status != null) {
            p = p.and(o -> o.status() == status);
        }
        if (types != null) {
            p = p.and(switch (types) {
                case 2 -> o -> o.statusGroup() == OrderStatus.GROUP_PROCESSING;
                case 3 -> o -> o.statusGroup() == OrderStatus.GROUP_SUCCESS;
                case 4 -> o -> o.status() == StatusRules.NEW;
                case 5 -> o -> DELIVERING.contains(o.status());
                case 6 -> o -> o.statusGroup() == OrderStatus.GROUP_FAILED;
                default -> o -> true;
            });
        }
        if (type != null) {
            p = p.and(o -> o.statusGroup() == type);
        }
        p = p.and(within(createdFrom, createdTo, SandboxOrder::created));
        p = p.and(within(changedFrom, changedTo, SandboxOrder::changed));
        p = p.and(within(statusUpdatedFrom, statusUpdatedTo, SandboxOrder::lastStatusChange));
        if (ttn != null && !ttn.isEmpty()) {
            p = p.and(ttnFilter(ttn));
        }
        return p;
    }

    public Comparator<SandboxOrder> comparator() {
        String column = sort.startsWith("-") ? sort.substring(1) : sort;
        Comparator<SandboxOrder> byId = Comparator.comparingLong(SandboxOrder::id);
        Comparator<SandboxOrder> order = switch (column) {
            case "created" -> Comparator.comparing(SandboxOrder::created).thenComparing(byId);
            case "changed" -> Comparator.comparing(SandboxOrder::changed).thenComparing(byId);
            default -> byId;
        };
        return sort.startsWith("-") ? order.reversed() : order;
    }

    /** 0 = no TTN, 1 = has one, 4+ characters = partial match, fewer = nothing (as the reference says). */
    private static Predicate<SandboxOrder> ttnFilter(String ttn) {
        return switch (ttn) {
            case "0" -> o -> !o.hasTtn();
            case "1" -> SandboxOrder::hasTtn;
            default -> ttn.length() < 4 ? o -> false : o -> o.ttn().contains(ttn);
        };
    }

    private static Predicate<SandboxOrder> within(Instant from, Instant to, Function<SandboxOrder, Instant> time) {
        return o -> (from == null || !time.apply(o).isBefore(from)) && (to == null || !time.apply(o).isAfter(to));
    }
}
