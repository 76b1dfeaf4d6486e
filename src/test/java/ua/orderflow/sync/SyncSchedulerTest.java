package ua.orderflow.sync;

import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.ShopThreads;
import ua.orderflow.shop.Shops;

/** One shop whose ROZETKA hangs holds up only itself. */
class SyncSchedulerTest {

    private final ShopThreads threads = new ShopThreads();

    @Test
    void aHangingShopDoesNotHoldUpTheOthersNorRunsTwice() throws Exception {
        ShopSync sync = mock(ShopSync.class);
        CountDownLatch hung = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        when(sync.sync("hanging", "SCHEDULED")).thenAnswer(call -> {
            hung.countDown();
            release.await();
            return Optional.empty();
        });
        when(sync.sync("healthy", "SCHEDULED")).thenReturn(Optional.empty());
        SyncScheduler scheduler = new SyncScheduler(new Shops(List.of(shop("hanging"), shop("healthy"))), sync,
                mock(OrderSource.class), mock(OrderSyncer.class), threads);
        try {
            scheduler.syncAll();
            hung.await();
            await().atMost(Duration.ofSeconds(10)).until(() -> !scheduler.busy("healthy"));
            verify(sync).sync("healthy", "SCHEDULED");

            scheduler.syncAll();
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> verify(sync, times(2)).sync("healthy", "SCHEDULED"));
            // the hanging shop is still at its first run: no second one piles up behind it
            verify(sync, times(1)).sync("hanging", "SCHEDULED");
        } finally {
            release.countDown();
            threads.stop();
        }
    }

    @Test
    void aShopThatThrowsIsFreeForItsNextRun() {
        ShopSync sync = mock(ShopSync.class);
        when(sync.sync(anyString(), anyString())).thenThrow(new IllegalStateException("ROZETKA said nonsense"));
        SyncScheduler scheduler = new SyncScheduler(new Shops(List.of(shop("broken"))), sync,
                mock(OrderSource.class), mock(OrderSyncer.class), threads);
        try {
            scheduler.syncAll();
            await().atMost(Duration.ofSeconds(10)).until(() -> !scheduler.busy("broken"));
            verify(sync).sync("broken", "SCHEDULED");
            scheduler.syncAll();
            await().atMost(Duration.ofSeconds(10)).until(() -> !scheduler.busy("broken"));
            verify(sync, times(2)).sync("broken", "SCHEDULED");
        } finally {
            threads.stop();
        }
    }

    @Test
    void aFullSyncDueWhileTheShopIsAtItsNewOrderCheckRunsOnceTheCheckIsDone() throws Exception {
        ShopSync sync = mock(ShopSync.class);
        OrderSource source = mock(OrderSource.class);
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        when(source.countNew("slow")).thenAnswer(call -> {
            checking.countDown();
            release.await();
            return 0L;
        });
        SyncScheduler scheduler = new SyncScheduler(new Shops(List.of(shop("slow"))), sync, source,
                mock(OrderSyncer.class), threads);
        try {
            scheduler.syncShopsWithNewOrders();
            checking.await();
            scheduler.syncAll();
            release.countDown();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verify(sync).sync("slow", "SCHEDULED"));
            await().atMost(Duration.ofSeconds(10)).until(() -> !scheduler.busy("slow"));

            // the next check finds nothing due: one count, no second full sync
            scheduler.syncShopsWithNewOrders();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verify(source, times(2)).countNew("slow"));
            await().atMost(Duration.ofSeconds(10)).until(() -> !scheduler.busy("slow"));
            verify(sync, times(1)).sync("slow", "SCHEDULED");
        } finally {
            release.countDown();
            threads.stop();
        }
    }

    @Test
    void aNewOrderCheckDueWhileTheShopIsAtItsFullSyncRunsOnceTheSyncIsDone() throws Exception {
        ShopSync sync = mock(ShopSync.class);
        OrderSource source = mock(OrderSource.class);
        CountDownLatch syncing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        when(sync.sync("slow", "SCHEDULED")).thenAnswer(call -> {
            syncing.countDown();
            release.await();
            return Optional.empty();
        });
        when(source.countNew("slow")).thenReturn(1L);
        SyncScheduler scheduler = new SyncScheduler(new Shops(List.of(shop("slow"))), sync, source,
                mock(OrderSyncer.class), threads);
        try {
            scheduler.syncAll();
            syncing.await();
            // an order arrives while the full sync pages through ROZETKA; the check falls due now
            scheduler.syncShopsWithNewOrders();
            release.countDown();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verify(sync).sync("slow", "NEW_ORDERS"));
            await().atMost(Duration.ofSeconds(10)).until(() -> !scheduler.busy("slow"));
            verify(source, times(1)).countNew("slow");
            verify(sync, times(1)).sync("slow", "SCHEDULED");
        } finally {
            release.countDown();
            threads.stop();
        }
    }

    private static Shop shop(String id) {
        return new Shop(id, id, "http://localhost:1", "u", "p", "Каса", "UA00", null, null, null);
    }
}
