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

    /**
     * True the first time a key is claimed; call inside the operation's transaction. One statement:
     * a repeat inserts nothing; two at once meet at the key's primary key, and the second fails.
     */
    boolean firstTime(String key) {
        return jdbc.sql("""
                insert into ledger_operation (operation_key, created_at) select :key, :now
                where not exists (select 1 from ledger_operation where operation_key = :key)""")
                .param("key", key).param("now", DbTime.now(clock)).update() == 1;
    }
}
