package ua.orderflow.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageWorkersTest {

    private PageWorkers workers;

    @AfterEach
    void stop() {
        workers.stop();
    }

    @Test
    void fourOrdersOfAPageAreBroughtIntoLineAtOnce() {
        workers = new PageWorkers(properties(4));
        // each order waits until all four are under way: done one after another, the first would wait in vain
        CyclicBarrier allUnderWay = new CyclicBarrier(4);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Long> done = Collections.synchronizedList(new ArrayList<>());

        workers.each(List.of(1L, 2L, 3L, 4L), id -> id, id -> {
            threads.add(Thread.currentThread().getName());
            try {
                allUnderWay.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("order " + id + " was alone", e);
            }
            done.add(id);
        });

        assertThat(done).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(threads).hasSize(4).contains(Thread.currentThread().getName());
    }

    @Test
    void anOrderOnThePageTwiceIsDoneInTurnOnOneThread() {
        workers = new PageWorkers(properties(4));
        record Seen(long id, int version) { }
        List<Seen> items = new ArrayList<>();
        for (int version = 1; version <= 5; version++) {
            for (long id = 1; id <= 8; id++) {
                items.add(new Seen(id, version));
            }
        }
        Map<Long, List<Integer>> versionsDone = new ConcurrentHashMap<>();
        Map<Long, Set<String>> threadsOf = new ConcurrentHashMap<>();
        AtomicInteger inFlightOfOne = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();

        workers.each(items, Seen::id, seen -> {
            if (seen.id() == 1 && inFlightOfOne.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            versionsDone.computeIfAbsent(seen.id(), id -> Collections.synchronizedList(new ArrayList<>())).add(seen.version());
            threadsOf.computeIfAbsent(seen.id(), id -> ConcurrentHashMap.newKeySet()).add(Thread.currentThread().getName());
            if (seen.id() == 1) {
                inFlightOfOne.decrementAndGet();
            }
        });

        assertThat(overlaps).hasValue(0);
        assertThat(versionsDone).hasSize(8);
        versionsDone.values().forEach(versions -> assertThat(versions).containsExactly(1, 2, 3, 4, 5));
        threadsOf.values().forEach(names -> assertThat(names).hasSize(1));
    }

    @Test
    void aFailureThatEscapesIsThrownOnceTheRestAreDone() {
        workers = new PageWorkers(properties(3));
        List<Long> done = Collections.synchronizedList(new ArrayList<>());

        assertThatThrownBy(() -> workers.each(List.of(1L, 2L, 3L, 4L, 5L, 6L), id -> id, id -> {
            if (id == 2L) {
                throw new IllegalStateException("order 2 broke");
            }
            done.add(id);
        })).hasMessage("order 2 broke");

        // order 2's failure stops only order 2: the rest of the page is done before it is thrown
        assertThat(done).containsExactlyInAnyOrder(1L, 3L, 4L, 5L, 6L);
    }

    @Test
    void aRunWhoseHelpersServeAnotherShopFinishesItsPageAlone() throws Exception {
        OtherShop otherShop = twoThreadsBothHeldByAnotherShop();
        List<Long> done = Collections.synchronizedList(new ArrayList<>());

        CompletableFuture<Void> thisShop = CompletableFuture.runAsync(() -> workers.each(List.of(3L, 4L, 5L), id -> id, done::add));

        // this run does not wait for the busy helper: it is done while the other shop is still held
        thisShop.get(30, TimeUnit.SECONDS);
        assertThat(done).containsExactly(3L, 4L, 5L);
        assertThat(otherShop.run()).isNotDone();
        otherShop.release();
    }

    @Test
    void aFailureMetAloneWhileTheHelperServesAnotherShopStillLeavesTheRestDone() throws Exception {
        OtherShop otherShop = twoThreadsBothHeldByAnotherShop();
        List<Long> done = Collections.synchronizedList(new ArrayList<>());

        CompletableFuture<Void> thisShop = CompletableFuture.runAsync(() -> workers.each(List.of(3L, 4L, 5L), id -> id, id -> {
            if (id == 3L) {
                throw new IllegalStateException("order 3 broke");
            }
            done.add(id);
        }));

        assertThatThrownBy(() -> thisShop.get(30, TimeUnit.SECONDS)).hasRootCauseMessage("order 3 broke");
        assertThat(done).containsExactly(4L, 5L);
        otherShop.release();
    }

    /** Another shop's run, holding its page's two orders until released. */
    private record OtherShop(CountDownLatch held, CompletableFuture<Void> run) {
        void release() throws Exception {
            held.countDown();
            run.get(30, TimeUnit.SECONDS);
        }
    }

    /** Two threads (the run's own and one helper), both held by another shop's page of two. */
    private OtherShop twoThreadsBothHeldByAnotherShop() throws InterruptedException {
        workers = new PageWorkers(properties(2));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch underWay = new CountDownLatch(2);
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> workers.each(List.of(1L, 2L), id -> id, id -> {
            underWay.countDown();
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(underWay.await(30, TimeUnit.SECONDS)).isTrue();
        return new OtherShop(held, run);
    }

    @Test
    void oneThreadBringsThePageIntoLineInItsOrderOnTheCallersThread() {
        workers = new PageWorkers(properties(1));
        List<String> seen = new ArrayList<>();

        workers.each(List.of(3L, 1L, 2L), id -> id, id -> seen.add(id + "@" + Thread.currentThread().getName()));

        String caller = Thread.currentThread().getName();
        assertThat(seen).containsExactly("3@" + caller, "1@" + caller, "2@" + caller);
    }

    private static SyncProperties properties(int orderThreads) {
        return new SyncProperties(true, null, null, null, null, null, null, orderThreads);
    }
}
