package ua.orderflow.accounting;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ua.orderflow.DbTime;

/**
 * Remembers operation keys in the transaction that posts the operation: a repeat (a retried job
 * after a crash) finds its key and posts nothing.
 */
@Component
class Idempotency {

    private final JdbcClient jdbc;
    private final Clock clock;

    Idempotency(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True the first time a key is claimed; call inside the operation's transaction. */
    boolean firstTime(String key) {
        if (jdbc.sql("select count(*) from ledger_operation where operation_key = :key").param("key", key)
                .query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("insert into ledger_operation (operation_key, created_at) values (:key, :now)")
                .param("key", key).param("now", DbTime.now(clock)).update();
        return true;
    }
}
