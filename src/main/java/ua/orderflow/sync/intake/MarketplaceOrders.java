package ua.orderflow.sync.intake;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ua.orderflow.DbTime;
import ua.orderflow.order.OrderStage;
import ua.orderflow.sync.change.OrderView;

/** marketplace_order: one row per known ROZETKA order, unique on (shop, order). */
@Repository
public class MarketplaceOrders {

    private static final List<String> CARRIER_STAGES = Stream.of(OrderStage.SHIPPED, OrderStage.DELIVERING,
            OrderStage.AT_PICKUP).map(Enum::name).toList();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SearchColumns search;

    public MarketplaceOrders(JdbcClient jdbc, Clock clock, SearchColumns search) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.search = search;
    }

    public Optional<StoredOrder> find(String shopId, long orderId) {
        return jdbc.sql("""
                select shop_id, order_id, status, status_group, stage, snapshot from marketplace_order
                where shop_id = :shop and order_id = :order""")
                .param("shop", shopId).param("order", orderId).query(StoredOrder.class).optional();
    }

    /** Throws DuplicateKeyException when the order is already known: the unique key is the guard. */
    public void insert(StoredOrder order, OrderView view) {
        LocalDateTime now = now();
        jdbc.sql("""
                insert into marketplace_order (shop_id, order_id, status, status_group, stage, snapshot, imported_at, updated_at)
                values (:shop, :order, :status, :group, :stage, :snapshot, :now, :now)""")
                .param("shop", order.shopId()).param("order", order.orderId()).param("status", order.status())
                .param("group", order.statusGroup()).param("stage", order.stage()).param("snapshot", order.snapshot())
                .param("now", now)
                .update();
        search.write(order.shopId(), order.orderId(), view, null);
    }

    /**
     * {@code view} is the order the snapshot was written from; {@code before}, the one the row held
     * until now, or null when that is unknown or unreadable (the search columns are then all rewritten).
     */
    public void update(StoredOrder order, OrderView view, OrderView before) {
        jdbc.sql("""
                update marketplace_order set status = :status, status_group = :group, stage = :stage,
                    snapshot = :snapshot, updated_at = :now
                where shop_id = :shop and order_id = :order""")
                .param("status", order.status()).param("group", order.statusGroup()).param("stage", order.stage())
                .param("snapshot", order.snapshot()).param("now", now())
                .param("shop", order.shopId()).param("order", order.orderId())
                .update();
        search.write(order.shopId(), order.orderId(), view, before);
    }

    /**
     * Whether any of the shop's orders is, as we last saw it, in a carrier's hands (shipped, on the
     * way, at the pickup point): the only orders whose status may move without us.
     */
    public boolean anyWithCarrier(String shopId) {
        return jdbc.sql("select exists (select 1 from marketplace_order where shop_id = :shop and stage in (:stages))")
                .param("shop", shopId).param("stages", CARRIER_STAGES).query(Boolean.class).single();
    }

    /** Orders per shop and stage in one pass (the (shop_id, stage) index answers it), for the dashboard. */
    public Map<String, Map<String, Long>> countsByShopAndStage() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql("select shop_id, stage, count(*) from marketplace_order group by shop_id, stage")
                .query((rs, n) -> counts.computeIfAbsent(rs.getString(1), shop -> new HashMap<>())
                        .put(rs.getString(2), rs.getLong(3)))
                .list();
        return counts;
    }

    private LocalDateTime now() {
        return DbTime.now(clock);
    }
}
