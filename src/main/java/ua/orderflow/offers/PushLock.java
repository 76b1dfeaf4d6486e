package ua.orderflow.offers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One push at a time across nodes: the push holds the lock row for update for as long as it runs,
 * in a transaction of its own. A second node skips it rather than waiting, and a node that dies
 * frees it with its connection. Two pushes never overlap, so ROZETKA never gets an older value
 * after a newer one. PostgreSQL and H2 both read {@code SKIP LOCKED}.
 */
@Component
class PushLock {

    private final JdbcClient jdbc;

    PushLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the transaction that is to hold the lock; false when another push holds it. */
    boolean tryTake() {
        return !jdbc.sql("select name from offer_push_lock where name = 'push' for update skip locked")
                .query(String.class).list().isEmpty();
    }
}
