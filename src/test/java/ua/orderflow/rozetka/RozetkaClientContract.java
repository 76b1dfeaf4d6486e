package ua.orderflow.rozetka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import ua.orderflow.rozetka.model.OrderSearch;
import ua.orderflow.rozetka.model.OrderStatus;
import ua.orderflow.rozetka.model.RozetkaOrder;

/**
 * One contract for the Seller API client, run against WireMock stubs built from the reference's
 * examples and against the sandbox over HTTP. A subclass supplies the ROZETKA it talks to.
 */
abstract class RozetkaClientContract {

    /** A fresh client (no cached token) for the shop behind this ROZETKA. */
    abstract RozetkaClient client();

    /** A client whose password ROZETKA refuses. */
    abstract RozetkaClient clientWithWrongPassword();

    /** The id of an order in status 26 (processing by a manager). */
    abstract long orderInProcessing();

    /** Makes sure at least {@code count} orders exist, in more than one page. */
    abstract void ordersExist(int count);

    /** ROZETKA forgets every token it issued. */
    abstract void expireTokens();

    /** The next {@code times} calls of order search answer HTTP 503; a negative number: all of them. */
    abstract void searchFails(int times);

    /** How many logins ROZETKA has seen so far. */
    abstract int logins();

    @Test
    void searchWalksEveryPageOnceAndDropsTheRepeatedLastPage() {
        ordersExist(45);
        List<RozetkaOrder> orders = client().searchAll(new OrderSearch(1, null, null, null, null, null,
                OrderSearch.FULL_EXPAND, "id"));
        assertThat(orders).hasSizeGreaterThanOrEqualTo(45);
        assertThat(orders).extracting(RozetkaOrder::id).doesNotHaveDuplicates();
        // one more page than _meta.pageCount would have returned the last page again
        assertThat(client().searchPage(new OrderSearch(1, null, null, null, null, null, null, "id"), 99).orders())
                .isNotEmpty();
    }

    @Test
    void anOrderIsReadWithTypedMoneyDatesAndFlags() {
        RozetkaOrder order = client().order(orderInProcessing(), OrderSearch.FULL_EXPAND);
        assertThat(order.status()).isEqualTo(26);
        assertThat(order.statusGroup()).isEqualTo(1);
        assertThat(order.created()).isNotNull();
        assertThat(order.costWithDiscount().scale()).isEqualTo(2);
        assertThat(order.costWithDiscount()).isGreaterThan(BigDecimal.ZERO);
        assertThat(order.purchases()).isNotEmpty();
        assertThat(order.purchases().get(0).offerId()).isNotBlank();
        assertThat(order.userPhone()).matches("380\\d{9}");
        if (order.user() != null) {
            assertThat(order.user().realEmail()).isNotEqualTo("true");
        }
    }

    @Test
    void anExpiredTokenCausesExactlyOneLoginAgainAndTheCallIsReplayed() {
        RozetkaClient client = client();
        long id = orderInProcessing();
        client.order(id, "");
        int loginsBefore = logins();

        expireTokens();
        RozetkaOrder again = client.order(id, "");

        assertThat(again.id()).isEqualTo(id);
        assertThat(logins()).isEqualTo(loginsBefore + 1);
    }

    @Test
    void concurrentCallersShareOneLogin() throws Exception {
        RozetkaClient client = client();
        long id = orderInProcessing();
        int loginsBefore = logins();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Callable<Long> read = () -> {
                start.await();
                return client.order(id, "").id();
            };
            List<Future<Long>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(read));
            }
            start.countDown();
            for (Future<Long> future : futures) {
                assertThat(future.get()).isEqualTo(id);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(logins()).isEqualTo(loginsBefore + 1);
    }

    @Test
    void anAllowedStatusChangeIsAppliedAndARefusedOneCarriesRozetkasReason() {
        RozetkaClient client = client();
        long id = orderInProcessing();
        assertThat(client.allowedNextStatuses(id)).contains(2, 47);

        assertThatThrownBy(() -> client.updateOrder(id, 6, null, null))
                .isInstanceOfSatisfying(RozetkaException.StatusRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo(1005);
                    assertThat(refused.reason()).contains("Неможливо змінити статус");
                });

        RozetkaOrder updated = client.updateOrder(id, 47, null, "Покупець не відповідає");
        assertThat(updated.status()).isEqualTo(47);
    }

    @Test
    void aFailingSearchIsRetriedAndAnUnreachableOneIsTypedUnavailable() {
        RozetkaClient client = client();
        OrderSearch search = new OrderSearch(1, null, null, null, null, null, null, "id");
        client.searchPage(search, 1);

        searchFails(1);
        assertThat(client.searchPage(search, 1).orders()).isNotEmpty();

        searchFails(-1);
        assertThatThrownBy(() -> client.searchPage(search, 1)).isInstanceOf(RozetkaException.Unavailable.class);
    }

    @Test
    void anUnknownOrderIsNotFoundAndAWrongPasswordIsRefused() {
        assertThatThrownBy(() -> client().order(999_999_999L, ""))
                .isInstanceOf(RozetkaException.NotFound.class);
        assertThatThrownBy(() -> clientWithWrongPassword().order(orderInProcessing(), ""))
                .isInstanceOf(RozetkaException.AuthenticationRefused.class);
    }

    @Test
    void statusesComeWithUkrainianNamesAndGroups() {
        List<OrderStatus> statuses = client().orderStatuses();
        assertThat(statuses).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo(26);
            assertThat(s.nameUk()).isEqualTo("Обробляється менеджером");
            assertThat(s.statusGroup()).isEqualTo(1);
        });
        assertThat(statuses).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo(45);
            assertThat(s.statusGroup()).isEqualTo(3);
        });
    }
}
