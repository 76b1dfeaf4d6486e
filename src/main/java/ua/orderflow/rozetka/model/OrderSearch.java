package ua.orderflow.rozetka.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import ua.orderflow.rozetka.json.KyivDateTime;

/**
 * Filters for /orders/search, in Kyiv local time. A time part is documented only for
 * {@code created_*} (rozetka-seller-api.md §3), so the changed and status-updated ranges are dates
 * alone: a window then reaches back to the start of its first day, and the caller de-duplicates.
 * {@code types}: 1 all, 2 processing, 3 success, 4 new, 5 delivering, 6 failed.
 */
public record OrderSearch(Integer types, Integer status, LocalDateTime createdFrom, LocalDateTime createdTo,
        LocalDate changedFrom, LocalDate changedTo, LocalDate statusUpdatedFrom, LocalDate statusUpdatedTo,
        String expand, String sort) {

    public static final String FULL_EXPAND = "user,delivery,purchases,payment,status_data";

    /**
     * Every order changed since the start of {@code fromKyiv}, oldest id first. No upper bound: an
     * order changed while the pages are read is then not lost between two windows.
     */
    public static OrderSearch changedSince(LocalDate fromKyiv) {
        return new OrderSearch(1, null, null, null, fromKyiv, null, null, null, FULL_EXPAND, "id");
    }

    /**
     * Every order whose status changed since the start of {@code fromKyiv}: catches what carrier
     * tracking moved, should tracking leave {@code changed} alone (unverified, §3).
     */
    public static OrderSearch statusUpdatedSince(LocalDate fromKyiv) {
        return new OrderSearch(1, null, null, null, null, null, fromKyiv, null, FULL_EXPAND, "id");
    }

    public Map<String, Object> query(int page) {
        Map<String, Object> query = new LinkedHashMap<>();
        put(query, "types", types);
        put(query, "status", status);
        put(query, "created_from", createdFrom);
        put(query, "created_to", createdTo);
        put(query, "changed_from", changedFrom);
        put(query, "changed_to", changedTo);
        put(query, "status_updated_from", statusUpdatedFrom);
        put(query, "status_updated_to", statusUpdatedTo);
        put(query, "expand", expand);
        put(query, "sort", sort);
        query.put("page", page);
        return query;
    }

    private static void put(Map<String, Object> query, String name, Object value) {
        if (value instanceof LocalDateTime time) {
            query.put(name, KyivDateTime.FORMAT.format(time));
        } else if (value instanceof LocalDate date) {
            query.put(name, DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        } else if (value != null) {
            query.put(name, value);
        }
    }
}
