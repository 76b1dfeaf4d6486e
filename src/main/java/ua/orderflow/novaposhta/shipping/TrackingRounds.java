package ua.orderflow.novaposhta.shipping;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ua.orderflow.DbTime;

/**
 * Who tracks a shop's parcels this interval, across the nodes of a cluster: a conditional update
 * of the shop's row in np_tracking_round, the shape of the sync's shop lease. The first node whose
 * timer fires takes the round; the others find it started less than an interval ago and skip, so
 * the parcels are polled once per interval however many nodes run. A node that dies mid-round holds
 * nothing: the next interval is anyone's.
 */
@Repository
public class TrackingRounds {

    private final JdbcClient jdbc;
    private final Clock clock;

    public TrackingRounds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * True when {@code node} takes this interval's round of the shop. A tenth of the interval is
     * allowed for timers that drift, so a node whose own timer comes a little early still takes the
     * next round.
     */
    public boolean claim(String shopId, String node, Duration interval) {
        ensureRow(shopId);
        LocalDateTime now = DbTime.now(clock);
        LocalDateTime due = now.minus(interval.minus(interval.dividedBy(10)));
        return jdbc.sql("""
                update np_tracking_round set node = :node, started_at = :now
                where shop_id = :shop and (started_at is null or started_at <= :due)""")
                .param("node", node).param("now", now).param("shop", shopId).param("due", due).update() == 1;
    }

    private void ensureRow(String shopId) {
        if (jdbc.sql("select count(*) from np_tracking_round where shop_id = :shop").param("shop", shopId)
                .query(Long.class).single() > 0) {
            return;
        }
        try {
            jdbc.sql("insert into np_tracking_round (shop_id) values (:shop)").param("shop", shopId).update();
        } catch (DuplicateKeyException anotherNodeFirst) {
            // both nodes saw no row; the other one's insert is as good as ours
        }
    }
}
