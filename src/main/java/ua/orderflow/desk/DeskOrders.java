package ua.orderflow.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ua.orderflow.sync.change.OrderView;
import ua.orderflow.sync.intake.SearchColumns;

/**
 * The order list and one order, read from marketplace_order. Searches go by the search columns the
 * intake extracts from the snapshot (V5): each one an equality an index answers, on H2 and PostgreSQL
 * alike; the statement holds only the conditions a filter uses, so each plan fits its filter.
 */
@Repository
public class DeskOrders {

    public record Row(String shopId, long orderId, int status, String stage, LocalDateTime importedAt,
            LocalDateTime updatedAt, OrderView order) {

        public String businessKey() {
            return shopId + ":" + orderId;
        }
    }

    public record Page(List<Row> rows, long total, int page, int pages) {
    }

    private static final String COLUMNS = """
            select shop_id, order_id, status, stage, imported_at, updated_at, snapshot from marketplace_order
            """;

    /** A WHERE clause and its parameters, built from the filter's conditions. */
    private record Where(String sql, Map<String, Object> params) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            params.forEach(statement::param);
            return statement;
        }
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public DeskOrders(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Page search(OrderFilter filter) {
        return search(filter, null);
    }

    /** With {@code onlyOrders} (the orders with an overdue task, say) the list is kept to those order ids. */
    public Page search(OrderFilter filter, Collection<Long> onlyOrders) {
        if (filter.searchesNothing() || (onlyOrders != null && onlyOrders.isEmpty())) {
            return new Page(List.of(), 0, 1, 1);
        }
        Where where = where(filter, onlyOrders);
        long total = where.bind(jdbc.sql("select count(*) from marketplace_order" + where.sql())).query(Long.class).single();
        List<Row> rows = where.bind(jdbc.sql(COLUMNS + where.sql()
                        + " order by imported_at desc, order_id desc limit :limit offset :offset"))
                .param("limit", OrderFilter.PAGE_SIZE).param("offset", filter.offset())
                .query(this::row).list();
        int pages = (int) Math.max(1, (total + OrderFilter.PAGE_SIZE - 1) / OrderFilter.PAGE_SIZE);
        return new Page(rows, total, filter.page(), pages);
    }

    /** A ROZETKA status some order has now, with its shop (whose catalogue names it). */
    public record StatusInUse(String shopId, int status) {
    }

    /** The statuses the orders have now, for the list's status filter: names, not a box for a number. */
    public List<StatusInUse> statusesInUse() {
        return jdbc.sql("select distinct shop_id, status from marketplace_order order by status, shop_id")
                .query(StatusInUse.class).list();
    }

    /** The database's plan of a filter's count (EXPLAIN), for the tests that keep searches off full scans. */
    List<String> plan(OrderFilter filter) {
        Where where = where(filter, null);
        return where.bind(jdbc.sql("explain select count(*) from marketplace_order" + where.sql())).query(String.class).list();
    }

    /** One order by its key: the unique index. */
    public Optional<Row> one(String shopId, long orderId) {
        return jdbc.sql(COLUMNS + " where shop_id = :shop and order_id = :order")
                .param("shop", shopId).param("order", orderId).query(this::row).optional();
    }

    private static Where where(OrderFilter filter, Collection<Long> onlyOrders) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.shop() != null) {
            conditions.add("shop_id = :shop");
            params.put("shop", filter.shop());
        }
        if (filter.stage() != null) {
            conditions.add("stage = :stage");
            params.put("stage", filter.stage());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.from() != null) {
            conditions.add("ordered_at >= :from");
            params.put("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            conditions.add("ordered_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay());
        }
        if (onlyOrders != null) {
            conditions.add("order_id in (:only)");
            params.put("only", List.copyOf(onlyOrders));
        }
        if (filter.digits() != null) {
            // a number, a phone or a TTN (ours on the expense note, or ROZETKA's): each an index lookup, their union
            List<String> lookups = new ArrayList<>();
            lookups.add(filter.number() == null ? null : "select id from marketplace_order where order_id = :number");
            lookups.add(filter.phone() == null ? null : "select id from marketplace_order where buyer_phone = :phone");
            lookups.add(filter.ttn() == null ? null : "select id from marketplace_order where ttn = :ttn");
            lookups.add(filter.ttn() == null ? null : """
                    select o.id from expense_note n join invoice i on i.id = n.invoice_id
                      join marketplace_order o on o.shop_id = i.shop_id and o.order_id = i.order_id where n.ttn = :ttn""");
            conditions.add("id in (" + String.join(" union ", lookups.stream().filter(l -> l != null).toList()) + ")");
            if (filter.number() != null) {
                params.put("number", filter.number());
            }
            if (filter.phone() != null) {
                params.put("phone", filter.phone());
            }
            if (filter.ttn() != null) {
                params.put("ttn", filter.ttn());
            }
        }
        List<String> words = filter.nameWords();
        for (int i = 0; i < words.size(); i++) {
            // every word typed starts a word of the buyer's name: «олена ков» finds Олена Коваленко; five letters
            // or more look up by the longer beginning, which far fewer words share
            boolean longWord = words.get(i).length() >= SearchColumns.LONG_HEAD;
            conditions.add("""
                    (shop_id, order_id) in (select w.shop_id, w.order_id from order_name_word w
                                            where w.%2$s = :head%1$d and w.word like :word%1$d)"""
                    .formatted(i, longWord ? "head5" : "head"));
            params.put("head" + i, longWord ? SearchColumns.longHead(words.get(i)) : SearchColumns.head(words.get(i)));
            params.put("word" + i, words.get(i) + "%");
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private Row row(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
        return new Row(rs.getString("shop_id"), rs.getLong("order_id"), rs.getInt("status"), rs.getString("stage"),
                rs.getObject("imported_at", LocalDateTime.class), rs.getObject("updated_at", LocalDateTime.class),
                OrderView.read(json, rs.getString("snapshot")).orElse(null));
    }
}
