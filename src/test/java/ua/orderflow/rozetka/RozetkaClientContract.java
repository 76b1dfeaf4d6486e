package ua.orderflow.rozetka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.orderflow.rozetka.model.DeliveryType;
import ua.orderflow.rozetka.model.NewOrderCounts;
import ua.orderflow.rozetka.model.OrderSearch;
import ua.orderflow.rozetka.model.OrderStatus;
import ua.orderflow.rozetka.model.RozetkaOrder;

/**
 * One contract for the Seller API client, run against WireMock stubs built from the reference's
 * examples and against the sandbox over HTTP. A subclass supplies the ROZETKA it talks to. Each
 * case is a fact of rozetka-seller-api.md the client relies on.
 */
abstract class RozetkaClientContract {

    /** A fresh client (no cached token) for the shop behind this ROZETKA. */
    abstract RozetkaClient client();

    /** A client whose password ROZETKA refuses. */
    abstract RozetkaClient clientWithWrongPassword();

    /** The id of an order in status 26 (processing by a manager). */
    abstract long orderInProcessing();

    /**
     * The id of an order in {@code status}: 2, 5 and 4 of a carrier parcel (with its TTN), or 61;
     * it was changed today.
     */
    abstract long orderIn(int status);

    /** Makes sure at least {@code count} orders exist, in more than one page. */
    abstract void ordersExist(int count);

    /** ROZETKA forgets every token it issued. */
    abstract void expireTokens();

    /** The next {@code times} calls of order search answer HTTP 503; a negative number: all of them. */
    abstract void searchFails(int times);

    /** How many logins ROZETKA has seen so far. */
    abstract int logins();

    /** Orders changed days ago, then one changed today: its id. */
    abstract long anOrderChangedTodayAmongOlderOnes();

    /** ROZETKA's today, in Kyiv. */
    abstract LocalDate today();

    /** Carrier tracking moves the parcel {@code shipped} (in 61) on to its buyer. */
    abstract void trackingMovesOn(long shipped);

    /** A refused status change comes in this wording and with {@code errors.details} in this shape. */
    abstract void refusalsCome(String wording, String detailsShape);

    /** The next {@code times} searches (negative: all) answer HTTP 429, with Retry-After when given. */
    abstract void searchesAreRateLimited(int times, Integer retryAfterSeconds);

    /** How many order searches ROZETKA has answered so far. */
    abstract int searchCalls();

    /** Status names of the shop behind this ROZETKA, with nothing cached, and ROZETKA slow to list them. */
    abstract StatusNames slowStatusNames();

    /** The shop whose names {@link #slowStatusNames()} reads. */
    abstract String namedShop();

    /** How many status-list calls ROZETKA answered so far (a listing may take several pages). */
    abstract int statusListings();

    @Test
    void searchWalksEveryPageOnceAndDropsTheRepeatedLastPage() {
        ordersExist(45);
        List<RozetkaOrder> orders = client().searchAll(everything(OrderSearch.FULL_EXPAND));
        assertThat(orders).hasSizeGreaterThanOrEqualTo(45);
        assertThat(orders).extracting(RozetkaOrder::id).doesNotHaveDuplicates();
        // one more page than _meta.pageCount would have returned the last page again
        assertThat(client().searchPage(everything(null), 99).orders()).isNotEmpty();
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
        assertThat(inParallel(6, () -> client.order(id, "").id())).containsOnly(id);
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

    /** §2: two wordings live, details as an object, a string, an array or null; the code decides. */
    @ParameterizedTest(name = "{0}, details as {1}")
    @CsvSource({"next-unavailable,object", "next-unavailable,string", "next-unavailable,array",
            "next-unavailable,null", "transition-impossible,object", "transition-impossible,string",
            "transition-impossible,array"})
    void aRefusalIsReadInEitherWordingAndEveryShapeOfDetails(String wording, String shape) {
        long id = orderInProcessing();
        refusalsCome(wording, shape);
        assertThatThrownBy(() -> client().updateOrder(id, 6, null, null))
                .isInstanceOfSatisfying(RozetkaException.StatusRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo(1005);
                    if (shape.equals("null")) {
                        assertThat(refused.reason()).startsWith("ROZETKA відмовила без пояснення");
                    } else if (wording.equals("next-unavailable")) {
                        assertThat(refused.reason())
                                .isEqualTo("Неможливо змінити статус. З 26 на 6. Наступний статус недоступний.");
                    } else {
                        assertThat(refused.reason()).isEqualTo("Перехід в цей статус неможливий");
                    }
                });
    }

    @Test
    void aFailingSearchIsRetriedAndAnUnreachableOneIsTypedUnavailable() {
        RozetkaClient client = aClientThatSearched();
        OrderSearch search = everything(null);

        searchFails(1);
        assertThat(client.searchPage(search, 1).orders()).isNotEmpty();

        searchFails(-1);
        assertThatThrownBy(() -> client.searchPage(search, 1)).isInstanceOf(RozetkaException.Unavailable.class);
    }

    /** §6: a 429 is a signal to slow down; the client waits what Retry-After says, within bounds. */
    @Test
    void aTooManyRequestsAnswerIsWaitedOutAndTheSearchRepeated() {
        RozetkaClient client = aClientThatSearched();
        OrderSearch search = everything(null);
        int before = searchCalls();

        searchesAreRateLimited(1, 1);
        assertThat(client.searchPage(search, 1).orders()).isNotEmpty();
        assertThat(searchCalls()).isEqualTo(before + 2);
    }

    @Test
    void aLongRetryAfterFailsTheCallAtOnceAndKeepsTheShopQuiet() {
        RozetkaClient client = aClientThatSearched();
        OrderSearch search = everything(null);
        int before = searchCalls();

        searchesAreRateLimited(-1, 3600);
        assertThatThrownBy(() -> client.searchPage(search, 1)).isInstanceOfSatisfying(
                RozetkaException.RateLimited.class,
                limited -> assertThat(limited.retryAfter()).contains(Duration.ofSeconds(3600)));
        assertThat(searchCalls()).isEqualTo(before + 1);

        assertThatThrownBy(() -> client.searchPage(search, 1)).isInstanceOf(RozetkaException.RateLimited.class);
        assertThat(searchCalls()).as("no call leaves while ROZETKA asked for quiet").isEqualTo(before + 1);
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

    /** §3: counts-new answers inProgress, inDone, inNotDone, new, delivering, unwatched and all. */
    @Test
    void newOrderCountsComeUnderRozetkasKeys() {
        orderInProcessing();
        NewOrderCounts counts = client().countsNew();
        assertThat(List.of(counts.inProgress(), counts.inDone(), counts.inNotDone(), counts.fresh(),
                counts.delivering(), counts.unwatched(), counts.all())).doesNotContainNull();
        assertThat(counts.inProgress() + counts.inDone() + counts.inNotDone()).isEqualTo(counts.all());
        assertThat(counts.inProgress()).isPositive();
    }

    /**
     * §1 and §3: with Accept-Validate-Exception and a date alone, changed_from narrows the search;
     * without the header, or with a time part ROZETKA may not read, the filter would be dropped.
     */
    @Test
    void aChangedWindowNarrowsTheSearchToWhatChangedSinceItsFirstDay() {
        long recent = anOrderChangedTodayAmongOlderOnes();
        assertThat(client().searchAll(OrderSearch.changedSince(today()))).extracting(RozetkaOrder::id)
                .containsExactly(recent);
    }

    @Test
    void aFilterRozetkaCannotReadIsReportedNotDropped() {
        OrderSearch unsortable = new OrderSearch(1, null, null, null, null, null, null, null, null, "-amount");
        assertThatThrownBy(() -> client().searchPage(unsortable, 1))
                .isInstanceOf(RozetkaException.class)
                .isNotInstanceOf(RozetkaException.Unavailable.class)
                .hasMessageContaining("1002").hasMessageContaining("sort");
    }

    /** §7: tracking takes a parcel 61 → 3 → 4 → 5 → 6 by itself; §3: status_updated_from finds it. */
    @Test
    void theCarrierTakesAParcelFrom61To3AndOnAndAStatusUpdatedSearchFindsIt() {
        long shipped = orderIn(61);
        trackingMovesOn(shipped);
        List<RozetkaOrder> moved = client().searchAll(OrderSearch.statusUpdatedSince(today()));
        assertThat(moved).extracting(RozetkaOrder::id).contains(shipped);
        RozetkaOrder order = client().order(shipped, "order_status_history");
        assertThat(order.orderStatusHistory()).extracting(RozetkaOrder.StatusHistory::statusId)
                .containsSequence(61, 3, 4, 5);
        assertThat(order.status()).isEqualTo(6);
    }

    /** §3: status_available rows carry delivery_type, 1 the seller's own delivery, 0 a carrier. */
    @Test
    void theNextStatusesDependOnHowTheOrderShips() {
        RozetkaClient client = client();
        long confirmed = orderIn(2);
        assertThat(client.order(confirmed, "status_available").statusAvailable())
                .allSatisfy(row -> assertThat(row.deliveryType()).isIn(0, 1));
        assertThat(client.allowedNextStatuses(confirmed, DeliveryType.OWN)).contains(4, 26).doesNotContain(3, 61);
        assertThat(client.allowedNextStatuses(confirmed, DeliveryType.CARRIER)).contains(3, 61, 26).doesNotContain(4);
    }

    /** §5, seed 000: the seller's own courier takes the order 2 → 4 → 5 → 6. */
    @Test
    void theOwnCourierDeliversToThePickupPointAndTheBuyerCollects() {
        RozetkaClient client = client();
        long id = orderIn(2);
        assertThat(client.updateOrder(id, 4, null, null).status()).isEqualTo(4);
        assertThat(client.updateOrder(id, 5, null, null).status()).isEqualTo(5);
        RozetkaOrder received = client.updateOrder(id, 6, null, null);
        assertThat(received.status()).isEqualTo(6);
        assertThat(received.statusGroup()).isEqualTo(2);
    }

    @Test
    void aCarrierParcelOnItsWayIsNotTheSellersToSetAtThePickupPoint() {
        long parcel = orderIn(4);
        assertThatThrownBy(() -> client().updateOrder(parcel, 5, null, null))
                .isInstanceOfSatisfying(RozetkaException.StatusRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo(1005));
    }

    /** Seed 002: a confirmed order whose payment never came is cancelled with 50. */
    @Test
    void aConfirmedOrderMayBeCancelledAsUnpaid() {
        RozetkaClient client = client();
        long id = orderIn(2);
        assertThat(client.allowedNextStatuses(id)).contains(50);
        RozetkaOrder cancelled = client.updateOrder(id, 50, null, "Оплата не надійшла");
        assertThat(cancelled.status()).isEqualTo(50);
        assertThat(cancelled.statusGroup()).isEqualTo(3);
    }

    /** Seed 000: about twenty cancellations in processing; at the pickup point only 11 and 12. */
    @Test
    void eachStatusOffersItsOwnCancellations() {
        RozetkaClient client = client();
        Map<Integer, Integer> groups = client.orderStatuses().stream()
                .collect(Collectors.toMap(OrderStatus::id, OrderStatus::statusGroup));
        Function<Long, List<Integer>> cancellations = id -> client.order(id, "status_available")
                .allowedNextStatusesAsShipped().stream().filter(s -> groups.getOrDefault(s, 0) == 3).toList();

        assertThat(cancellations.apply(orderInProcessing())).hasSizeGreaterThanOrEqualTo(15).doesNotContain(11, 12);
        assertThat(cancellations.apply(orderIn(5))).containsExactlyInAnyOrder(11, 12);
    }

    /** A fresh start loads many cards at once: ROZETKA is asked for its statuses once. */
    @Test
    void concurrentCardsFetchTheStatusNamesOnce() throws Exception {
        int before = statusListings();
        assertThat(slowStatusNames().nameOf(namedShop(), 26)).isEqualTo("Обробляється менеджером");
        int oneListing = statusListings() - before;

        StatusNames names = slowStatusNames();
        assertThat(inParallel(6, () -> names.nameOf(namedShop(), 26))).containsOnly("Обробляється менеджером");
        assertThat(names.groupOf(namedShop(), 45)).isEqualTo(3);
        assertThat(statusListings()).isEqualTo(before + 2 * oneListing);
    }

    /** A logged-in client that has read a page of orders (there is at least one). */
    private RozetkaClient aClientThatSearched() {
        ordersExist(1);
        RozetkaClient client = client();
        client.searchPage(everything(null), 1);
        return client;
    }

    private static OrderSearch everything(String expand) {
        return new OrderSearch(1, null, null, null, null, null, null, null, expand, "id");
    }

    private static <T> List<T> inParallel(int callers, Callable<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<T>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
