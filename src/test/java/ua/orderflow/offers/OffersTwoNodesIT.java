package ua.orderflow.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import ua.orderflow.accounting.Stock;
import ua.orderflow.process.AgainstTheSandbox;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.SandboxGoods;
import ua.orderflow.support.SecondNode;

/**
 * Two nodes on one PostgreSQL pushing the same offer while its stock keeps falling: whichever node
 * pushes, ROZETKA takes the values in the order the books made them, never an earlier one after a
 * later one, and ends at the books' value.
 */
@PostgresIntegrationTest
class OffersTwoNodesIT extends AgainstTheSandbox {

    private static final String SHOP = "sandbox";
    private static final String OFFER = "TK-500";

    @Autowired
    OfferMapping mapping;
    @Autowired
    OfferPusher pusher;

    @Test
    void aLaterValueIsNeverOverwrittenByAnEarlierOne() throws Exception {
        SandboxGoods rozetka = new SandboxGoods(port);
        rozetka.reset();
        mapping.refresh(SHOP);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            pusher.drain();
            return jdbc.sql("select count(*) from offer_outbox where due_at is not null").query(Long.class).single() == 0;
        });
        // each push takes a while, so that moves and both nodes' pushes overlap
        sandbox.faults("{\"endpoint\":\"items.mass-update\",\"latencyMs\":40}");
        int before = rozetka.pushes(OFFER).size();

        // node 2's moves are due at once: every move is a value some node may push
        try (ConfigurableApplicationContext node2 = SecondNode.start(port, "--orderflow.offers.quiet=PT0S")) {
            Stock stock2 = node2.getBean(Stock.class);
            OfferPusher pusher2 = node2.getBean(OfferPusher.class);
            AtomicBoolean moving = new AtomicBoolean(true);
            AtomicInteger busy = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(3);
            List<Future<?>> work = new ArrayList<>();
            work.add(threads.submit(() -> {
                try {
                    for (int onHand = 39; onHand >= 1; onHand--) {
                        stock2.correct(OFFER, "Основний склад", onHand);
                    }
                } finally {
                    moving.set(false);
                }
                return null;
            }));
            for (OfferPusher node : List.of(pusher, pusher2)) {
                work.add(threads.submit(() -> {
                    while (moving.get()) {
                        if (node.drain().busy()) {
                            busy.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            threads.shutdown();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                pusher2.drain();
                return rozetka.stock(OFFER) == 1;
            });

            List<Integer> pushed = rozetka.pushes(OFFER).subList(before, rozetka.pushes(OFFER).size());
            assertThat(pushed).as("values ROZETKA took, in order (%d drains found the other node pushing)", busy.get())
                    .isNotEmpty().isSortedAccordingTo((a, b) -> Integer.compare(b, a)).doesNotHaveDuplicates();
            assertThat(pushed.get(pushed.size() - 1)).isEqualTo(1);
            assertThat(jdbc.sql("select sum(on_hand - reserved) from stock where offer_id = :o").param("o", OFFER)
                    .query(Integer.class).single()).isEqualTo(1);
        } finally {
            sandbox.faults("{\"clear\":true}");
        }
    }
}
