package ua.orderflow.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox and the kept chat on H2, the embedded default's database, with our Flyway scripts: a
 * cause that runs twice queues one message, a message fetched twice is kept once.
 */
class BuyerOutboxTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private final JdbcClient jdbc = JdbcClient.create(database());
    private final List<Long> started = new ArrayList<>();
    private final BuyerOutbox outbox = new BuyerOutbox(jdbc, CLOCK, new BuyerConversations() {
        @Override
        public void send(long outboxId, String shopId, long orderId) {
            started.add(outboxId);
        }

        @Override
        public void buyerWrote(String shopId, long orderId) {
        }
    });
    private final BuyerThreads threads = new BuyerThreads(jdbc, CLOCK);

    @Test
    void aCauseThatRunsTwiceQueuesOneMessageAndStartsOneSending() {
        assertThat(outbox.enqueue("sandbox", 1, MessageKind.NOT_REACHED_FIRST, "1", "Не додзвонилися", false))
                .isPresent();
        assertThat(outbox.enqueue("sandbox", 1, MessageKind.NOT_REACHED_FIRST, "1", "Не додзвонилися", false))
                .isEmpty();
        assertThat(outbox.enqueue("sandbox", 1, MessageKind.NOT_REACHED_SECOND, "2", "Вдруге", false)).isPresent();
        assertThat(outbox.enqueue("sandbox", 2, MessageKind.NOT_REACHED_FIRST, "1", "Інше замовлення", false))
                .isPresent();
        assertThat(started).hasSize(3).doesNotHaveDuplicates();
        BuyerOutbox.Row row = outbox.find(started.get(0));
        assertThat(row.state()).isEqualTo(BuyerOutbox.QUEUED);
        outbox.sent(row.id(), 205506);
        assertThat(outbox.find(row.id()).state()).isEqualTo(BuyerOutbox.SENT);
    }

    @Test
    void aMessageFetchedTwiceIsKeptOnceInKyivTimeOrder() {
        LocalDateTime kyiv = LocalDateTime.parse("2026-12-01T12:30:00");
        assertThat(threads.keep("sandbox", 1L, 7, "2083388", true, "Коли? <b>🙏</b>", kyiv)).isTrue();
        assertThat(threads.keep("sandbox", 1L, 7, "2083388", true, "Коли? <b>🙏</b>", kyiv)).isFalse();
        assertThat(threads.keep("sandbox", 1L, 7, "2083390", false, "Сьогодні", kyiv.plusMinutes(5))).isTrue();
        assertThat(threads.thread("sandbox", 1)).extracting(BuyerThreads.Line::body)
                .containsExactly("Коли? <b>🙏</b>", "Сьогодні");
        assertThat(threads.thread("sandbox", 1).get(0).shownAt()).isEqualTo("01.12.2026 12:30");
        assertThat(threads.threadText("sandbox", 1, 30))
                .isEqualTo("01.12.2026 12:30 Покупець: Коли? <b>🙏</b>\n\n01.12.2026 12:35 Магазин: Сьогодні");
    }

    private static JdbcDataSource database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:outbox-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        return h2;
    }
}
