package ua.orderflow.sync;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.ShopThreads;
import ua.orderflow.shop.Shops;

/**
 * A shop whose chats hang holds up only itself: before, the shops were looked at one after another
 * on Spring's one scheduler thread, so a hang held every other shop and every other loop (the
 * new-order checks among them) for its read timeout.
 */
class BuyerMessageSchedulerTest {

    private final ShopThreads threads = new ShopThreads();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        threads.stop();
    }

    @Test
    void aHangingShopHoldsUpNeitherTheOtherShopsNorTheSchedulerNorLooksTwice() throws Exception {
        BuyerMessageSync sync = mock(BuyerMessageSync.class);
        CountDownLatch hung = new CountDownLatch(1);
        when(sync.sync("hanging")).thenAnswer(call -> {
            hung.countDown();
            release.await();
            return 0;
        });
        when(sync.sync("healthy")).thenReturn(1);
        BuyerMessageScheduler scheduler = new BuyerMessageScheduler(
                new Shops(List.of(shop("hanging"), shop("healthy"))), sync, threads);

        assertTimeoutPreemptively(Duration.ofSeconds(5), scheduler::fetchBuyerMessages);
        hung.await();
        await().atMost(Duration.ofSeconds(10)).until(() -> !scheduler.busy("healthy"));
        verify(sync).sync("healthy");

        assertTimeoutPreemptively(Duration.ofSeconds(5), scheduler::fetchBuyerMessages);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verify(sync, times(2)).sync("healthy"));
        // the hanging shop is still at its first look: no second one piles up behind it
        verify(sync, times(1)).sync("hanging");
    }

    private static Shop shop(String id) {
        return new Shop(id, id, "http://localhost:1", "u", "p", "Каса", "UA00", null, null, null);
    }
}
