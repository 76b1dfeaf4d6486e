package ua.orderflow.sync.inbox;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ua.orderflow.DbTime;

/** Undelivered process messages, oldest first; a delivered message is kept, marked, never deleted. */
@Repository
public class Inbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    public Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void put(String shopId, long orderId, String messageName, String variablesJson, String reason) {
        jdbc.sql("""
                insert into sync_inbox (shop_id, order_id, message_name, variables, created_at, attempts, last_error)
                values (:shop, :order, :name, :vars, :now, 1, :reason)""")
                .param("shop", shopId).param("order", orderId).param("name", messageName)
                .param("vars", variablesJson).param("now", now()).param("reason", reason)
                .update();
    }

    public List<InboxMessage> pendingFor(String shopId, long orderId) {
        return jdbc.sql("""
                select * from sync_inbox where delivered_at is null and shop_id = :shop and order_id = :order
                order by id""")
                .param("shop", shopId).param("order", orderId).query(InboxMessage.class).list();
    }

    public List<InboxMessage> pending(int limit) {
        return jdbc.sql("select * from sync_inbox where delivered_at is null order by id limit :limit")
                .param("limit", limit).query(InboxMessage.class).list();
    }

    /** Marks waiting messages of this kind as settled by a newer one (kept, never deleted). */
    public void supersede(String shopId, long orderId, String messageName) {
        jdbc.sql("""
                update sync_inbox set delivered_at = :now, last_error = 'замінено новішим повідомленням'
                where delivered_at is null and shop_id = :shop and order_id = :order and message_name = :name""")
                .param("now", now()).param("shop", shopId).param("order", orderId).param("name", messageName).update();
    }

    /** Marks a message no instance will ever take (its order's process has ended) as settled, with why. */
    public void settled(long id, String reason) {
        jdbc.sql("update sync_inbox set delivered_at = :now, last_error = :reason where id = :id")
                .param("now", now()).param("reason", reason).param("id", id).update();
    }

    public void delivered(long id) {
        jdbc.sql("update sync_inbox set delivered_at = :now where id = :id").param("now", now()).param("id", id).update();
    }

    public void stillWaiting(long id, String reason) {
        jdbc.sql("update sync_inbox set attempts = attempts + 1, last_error = :reason where id = :id")
                .param("reason", reason).param("id", id).update();
    }

    public long backlog() {
        return jdbc.sql("select count(*) from sync_inbox where delivered_at is null").query(Long.class).single();
    }

    private LocalDateTime now() {
        return DbTime.now(clock);
    }
}
