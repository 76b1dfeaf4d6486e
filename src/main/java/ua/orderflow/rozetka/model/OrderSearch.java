package ua.orderflow.rozetka.model;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import ua.orderflow.rozetka.json.KyivDateTime;

/**
 * Filters for /orders/search. Times are Kyiv local time. {@code types}: 1 all, 2 processing,
 * 3 success, 4 new, 5 delivering, 6 failed.
 */
public record OrderSearch(Integer types, Integer status, LocalDateTime createdFrom, LocalDateTime createdTo,
        LocalDateTime changedFrom, LocalDateTime changedTo, String expand, String sort) {

    public static final String FULL_EXPAND = "user,delivery,purchases,payment,status_data";

    /**
     * Every order changed since {@code fromKyiv}, oldest id first. No upper bound: an order changed
     * while the pages are read is then not lost between two windows (the next one overlaps anyway).
     */
    public static OrderSearch changedSince(LocalDateTime fromKyiv) {
        return new OrderSearch(1, null, null, null, fromKyiv, null, FULL_EXPAND, "id");
    }

    public Map<String, Object> query(int page) {
        Map<String, Object> query = new LinkedHashMap<>();
        put(query, "types", types);
        put(query, "status", status);
        put(query, "created_from", createdFrom);
        put(query, "created_to", createdTo);
        put(query, "changed_from", changedFrom);
        put(query, "changed_to", changedTo);
        put(query, "expand", expand);
        put(query, "sort", sort);
        query.put("page", page);
        return query;
    }

    private static void put(Map<String, Object> query, String name, Object value) {
        if (value instanceof LocalDateTime time) {
            query.put(name, KyivDateTime.FORMAT.format(time));
        } else if (value != null) {
            query.put(name, value);
        }
    }
}
