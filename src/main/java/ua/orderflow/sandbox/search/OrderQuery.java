package ua.orderflow.sandbox.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import ua.orderflow.sandbox.clock.KyivTime;
import ua.orderflow.sandbox.order.SandboxOrder;
import ua.orderflow.sandbox.status.OrderStatus;
import ua.orderflow.sandbox.status.StatusRules;

/**
 * The filters of {@code GET /orders/search} the sandbox honours: id, status, types or type, created
 * and changed ranges, ttn, page and sort. Unknown parameters are ignored, as Yii2 does.
 */
public record OrderQuery(Long id, Set<Integer> statuses, Integer types, Integer type, Instant createdFrom,
        Instant createdTo, Instant changedFrom, Instant changedTo, String ttn, int page, String sort) {

    private static final Set<Integer> DELIVERING = Set.of(StatusRules.SHIPPED, StatusRules.HANDOVER_PLANNED,
            StatusRules.DELIVERING, StatusRules.AT_PICKUP);

    public static OrderQuery parse(Map<String, String> params) {
        Integer types = integer(params, "types");
        Integer type = integer(params, "type");
        if (types != null && type != null) {
            throw new InvalidQuery("types", "Можна передати лише один із параметрів: type або types.");
        }
        if (types != null && (types < 1 || types > 6)) {
            throw new InvalidQuery("types", "Значення «types» неправильне.");
        }
        if (type != null && (type < 1 || type > 3)) {
            throw new InvalidQuery("type", "Значення «type» неправильне.");
        }
        String sort = params.getOrDefault("sort", "-id");
        if (!Set.of("id", "-id", "created", "-created", "changed", "-changed").contains(sort)) {
            throw new InvalidQuery("sort", "Сортування за «" + sort + "» не підтримується.");
        }
        Integer page = integer(params, "page");
        String status = params.get("status");
        Set<Integer> statuses = status == null || status.isBlank() ? null
                : Arrays.stream(status.split(",")).map(String::trim).map(s -> parseInt("status", s))
                        .collect(Collectors.toSet());
        Integer id = integer(params, "id");
        return new OrderQuery(id == null ? null : id.longValue(), statuses, types, type,
                bound(params, "created_from", false), bound(params, "created_to", true),
                bound(params, "changed_from", false), bound(params, "changed_to", true),
                params.get("ttn"), page == null ? 1 : page, sort);
    }

    public Predicate<SandboxOrder> filter() {
        Predicate<SandboxOrder> p = o -> true;
        if (id != null) {
            p = p.and(o -> o.id() == id);
        }
        if (statuses != null) {
            p = p.and(o -> statuses.contains(o.status()));
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

    private static Predicate<SandboxOrder> within(Instant from, Instant to,
            java.util.function.Function<SandboxOrder, Instant> time) {
        return o -> (from == null || !time.apply(o).isBefore(from)) && (to == null || !time.apply(o).isAfter(to));
    }

    private static Instant bound(Map<String, String> params, String name, boolean upper) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return KyivTime.parseBound(value, upper);
        } catch (IllegalArgumentException e) {
            throw new InvalidQuery(name, "Значення «" + name + "» має бути датою у форматі YYYY-MM-DD.");
        }
    }

    private static Integer integer(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : parseInt(name, value.trim());
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidQuery(name, "Значення «" + name + "» має бути цілим числом.");
        }
    }
}
