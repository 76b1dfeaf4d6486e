package ua.orderflow.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ua.orderflow.accounting.SeparateInsert;
import ua.orderflow.support.MutableClock;

/**
 * The outbox and the push lock on H2, the embedded default's database (the ITs run on PostgreSQL):
 * moves coalesce into one row per offer, the waiting offers fall due together once the moves stop
 * (or the oldest has waited max-delay), a move during a push keeps its offer due, and a second push
 * skips the lock the first one holds.
 */
class OutboxOnH2Test {

    private static final OffersProperties PROPERTIES = new OffersProperties(true, null, Duration.ofSeconds(2),
            Duration.ofSeconds(10), null, Duration.ofSeconds(5), null, null, null);

    private final MutableClock clock = new MutableClock();
    private JdbcDataSource db;
    private DataSourceTransactionManager transactions;
    private OfferOutbox outbox;

    @BeforeEach
    void freshDatabase() {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:outbox-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        transactions = new DataSourceTransactionManager(db);
        outbox = new OfferOutbox(new NamedParameterJdbcTemplate(db), new SeparateInsert(transactions), clock,
                PROPERTIES);
    }

    @Test
    void aBurstIsOneRowPerOfferDueTogetherOnceTheMovesStop() {
        for (int i = 0; i < 5; i++) {
            outbox.moved(List.of("B", "A"));
            clock.advance(Duration.ofSeconds(1));
        }
        outbox.moved(List.of("C"));
        assertThat(outbox.due(100)).as("C moved a moment ago: nothing is due").isEmpty();

        clock.advance(Duration.ofSeconds(2));
        List<OfferOutbox.Due> due = outbox.due(100);
        assertThat(due).extracting(OfferOutbox.Due::offerId).containsExactly("A", "B", "C");
        assertThat(due).extracting(OfferOutbox.Due::version).containsExactly(5L, 5L, 1L);
        assertThat(outbox.pending()).isEqualTo(3);
    }

    @Test
    void aSteadyTrickleStillFallsDueAfterMaxDelay() {
        outbox.moved(List.of("A"));
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(1));
            outbox.moved(List.of("B"));
        }
        assertThat(outbox.due(100)).extracting(OfferOutbox.Due::offerId).containsExactly("A", "B");
    }

    @Test
    void aMoveDuringThePushKeepsTheOfferDueAndAFailureWaitsForItsRetry() {
        outbox.moved(List.of("A", "B"));
        clock.advance(Duration.ofSeconds(3));
        List<OfferOutbox.Due> read = outbox.due(100);
        outbox.moved(List.of("A"));
        read.forEach(d -> {
            if (d.offerId().equals("A")) {
                outbox.done(d, ua.orderflow.DbTime.now(clock));
            } else {
                outbox.failed(d);
            }
        });
        assertThat(outbox.pending()).as("A moved again, B failed: both wait").isEqualTo(2);

        clock.advance(Duration.ofSeconds(3));
        assertThat(outbox.due(100)).extracting(OfferOutbox.Due::offerId).containsExactly("A");
        clock.advance(Duration.ofSeconds(3));
        assertThat(outbox.due(100)).extracting(OfferOutbox.Due::offerId).containsExactly("A", "B");
    }

    @Test
    void aSecondPushSkipsTheLockTheFirstHolds() {
        PushLock lock = new PushLock(JdbcClient.create(db));
        TransactionTemplate first = new TransactionTemplate(transactions);
        TransactionTemplate second = new TransactionTemplate(transactions);
        second.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        Boolean[] taken = first.execute(tx -> new Boolean[] {lock.tryTake(), second.execute(tx2 -> lock.tryTake())});
        assertThat(taken).containsExactly(true, false);
        boolean again = Boolean.TRUE.equals(first.execute(tx -> lock.tryTake()));
        assertThat(again).as("free again once the first push ended").isTrue();
    }
}
