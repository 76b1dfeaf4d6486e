package ua.orderflow.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ua.orderflow.sync.change.OrderView;

/**
 * The order list and one order, read from marketplace_order. Searches look inside the snapshot's
 * JSON, anchored on the field that follows the one searched (the snapshot's fields keep their
 * order), so a phone search never matches a price: one query plan on H2 and PostgreSQL alike.
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

    private static final String WHERE = """
            where (cast(:shop as varchar(64)) is null or shop_id = :shop)
              and (cast(:stage as varchar(32)) is null or stage = :stage)
              and (cast(:status as integer) is null or status = :status)
              and (cast(:any as varchar(200)) is null
                   or (cast(:number as bigint) is not null and order_id = :number)
                   or (cast(:phone as varchar(300)) is not null and snapshot like :phone)
                   or (cast(:ttn as varchar(300)) is not null and snapshot like :ttn)
                   or (cast(:name as varchar(300)) is not null and lower(snapshot) like :name))
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public DeskOrders(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Page search(OrderFilter filter) {
        long total = bind(jdbc.sql("select count(*) from marketplace_order " + WHERE), filter)
                .query(Long.class).single();
        List<Row> rows = bind(jdbc.sql(COLUMNS + WHERE
                        + " order by imported_at desc, order_id desc limit :limit offset :offset"), filter)
                .param("limit", OrderFilter.PAGE_SIZE).param("offset", filter.offset())
                .query(this::row).list();
        int pages = (int) Math.max(1, (total + OrderFilter.PAGE_SIZE - 1) / OrderFilter.PAGE_SIZE);
        return new Page(rows, total, filter.page(), pages);
    }

    /** One order by its key: the unique index, not the search's scan of the snapshots. */
    public Optional<Row> one(String shopId, long orderId) {
        return jdbc.sql(COLUMNS + " where shop_id = :shop and order_id = :order")
                .param("shop", shopId).param("order", orderId).query(this::row).optional();
    }

    private Row row(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
        return new Row(rs.getString("shop_id"), rs.getLong("order_id"), rs.getInt("status"), rs.getString("stage"),
                rs.getObject("imported_at", LocalDateTime.class), rs.getObject("updated_at", LocalDateTime.class),
                view(rs.getString("snapshot")));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, OrderFilter filter) {
        String digits = filter.digits();
        String any = filter.q().isEmpty() ? null : filter.q();
        Long number = digits != null && digits.length() <= 18 ? Long.valueOf(digits) : null;
        // a phone typed as 068… is stored as 38068…
        String phoneDigits = digits != null && digits.length() == 10 && digits.startsWith("0") ? digits.substring(1) : digits;
        return sql.param("shop", filter.shop()).param("stage", filter.stage()).param("status", filter.status())
                .param("any", any).param("number", number)
                .param("phone", digits == null || digits.length() < 5 ? null
                        : "%\"customerPhone\":\"%" + phoneDigits + "%\",\"customerEmail\"%")
                .param("ttn", digits == null || digits.length() < 5 ? null : "%\"ttn\":\"%" + digits + "%\",\"callbackOff\"%")
                .param("name", any == null || digits != null ? null
                        : "%\"customername\":\"%" + escapeLike(any.toLowerCase()) + "%\",\"customerphone\"%");
    }

    private static String escapeLike(String text) {
        return text.replace("%", "").replace("_", "").replace("\"", "");
    }

    private OrderView view(String snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return json.readValue(snapshot, OrderView.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
