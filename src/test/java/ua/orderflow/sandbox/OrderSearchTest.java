package ua.orderflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.orderflow.sandbox.rozetka.order.SandboxOrder;
import ua.orderflow.sandbox.rozetka.order.SearchResult;
import ua.orderflow.sandbox.rozetka.search.InvalidQuery;
import ua.orderflow.sandbox.rozetka.search.OrderQuery;

/** GET /orders/search: filters, sorting and the Yii2 paging quirks. */
class OrderSearchTest {

    private final SandboxFixture sandbox = new SandboxFixture();

    /** A search with {@code Accept-Validate-Exception: 1}, as our client sends it. */
    private SearchResult<Long> search(String... keyValues) {
        return search(true, keyValues);
    }

    private SearchResult<Long> search(boolean validate, String... keyValues) {
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], keyValues[i + 1]);
        }
        return sandbox.book.search(OrderQuery.parse(params, validate), SandboxOrder::id);
    }

    @Test
    void twentyPerPageAndAPagePastTheLastRepeatsTheLastPage() {
        List<Long> ids = sandbox.book.create(45, null);
        SearchResult<Long> first = search("sort", "id");
        assertThat(first.page().items()).containsExactlyElementsOf(ids.subList(0, 20));
        assertThat(first.page().totalCount()).isEqualTo(45);
        assertThat(first.page().pageCount()).isEqualTo(3);
        assertThat(first.page().perPage()).isEqualTo(20);

        SearchResult<Long> last = search("sort", "id", "page", "3");
        assertThat(last.page().items()).containsExactlyElementsOf(ids.subList(40, 45));
        for (String past : List.of("4", "99")) {
            SearchResult<Long> beyond = search("sort", "id", "page", past);
            assertThat(beyond.page().items()).containsExactlyElementsOf(ids.subList(40, 45));
            assertThat(beyond.page().currentPage()).isEqualTo(3);
        }
        assertThat(search("page", "0").page().currentPage()).isEqualTo(1);
    }

    @Test
    void anEmptyResultHasNoPagesAndNoOrders() {
        SearchResult<Long> empty = search();
        assertThat(empty.page().items()).isEmpty();
        assertThat(empty.page().pageCount()).isZero();
        assertThat(empty.page().currentPage()).isEqualTo(1);
        assertThat(empty.costWithDiscount()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void typesAndTypeSelectStatusGroups() {
        long fresh = sandbox.order(1);
        long processing = sandbox.order(26);
        long shipped = sandbox.order(61);
        long atPickup = sandbox.order(5);
        long received = sandbox.order(6);
        long cancelled = sandbox.order(45);
        long notPickedUp = sandbox.order(11);

        assertThat(search("types", "1").page().items()).hasSize(7);
        assertThat(search("types", "2").page().items())
                .containsExactlyInAnyOrder(fresh, processing, shipped, atPickup);
        assertThat(search("types", "3").page().items()).containsExactly(received);
        assertThat(search("types", "4").page().items()).containsExactly(fresh);
        assertThat(search("types", "5").page().items()).containsExactlyInAnyOrder(shipped, atPickup);
        assertThat(search("types", "6").page().items()).containsExactlyInAnyOrder(cancelled, notPickedUp);
        assertThat(search("type", "1").page().items()).containsExactlyInAnyOrder(fresh, processing, shipped, atPickup);
        assertThat(search("type", "2").page().items()).containsExactly(received);
        assertThat(search("type", "3").page().items()).containsExactlyInAnyOrder(cancelled, notPickedUp);
        assertThat(search("status", "26").page().items()).containsExactly(processing);
        assertThat(search("id", String.valueOf(shipped)).page().items()).containsExactly(shipped);
    }

    @Test
    void withTheValidationHeaderEveryFilterItCannotReadIsReportedByName() {
        assertThatThrownBy(() -> search("type", "1", "types", "2")).isInstanceOf(InvalidQuery.class);
        assertThatThrownBy(() -> search("types", "7")).isInstanceOf(InvalidQuery.class);
        assertThatThrownBy(() -> search("created_from", "14.03.2025")).isInstanceOf(InvalidQuery.class);
        assertThatThrownBy(() -> search("sort", "amount")).isInstanceOf(InvalidQuery.class);
        assertThatThrownBy(() -> search("page", "two")).isInstanceOf(InvalidQuery.class);
        // status is one integer, and a time part is documented only for created_*
        assertThatThrownBy(() -> search("status", "1,45")).isInstanceOf(InvalidQuery.class);
        assertThatThrownBy(() -> search("changed_from", "2025-03-14 10:00:00")).isInstanceOf(InvalidQuery.class);
        assertThatThrownBy(() -> search("status_updated_from", "2025-03-14 10:00")).isInstanceOf(InvalidQuery.class);
        assertThatThrownBy(() -> search("changed_from", "yesterday", "status", "x", "sort", "amount"))
                .isInstanceOfSatisfying(InvalidQuery.class, e -> assertThat(e.problems())
                        .extracting(InvalidQuery.Problem::field).containsExactly("sort", "status", "changed_from"));
    }

    @Test
    void withoutTheHeaderAFilterItCannotReadIsDroppedAndTheSearchWidens() {
        long old = sandbox.order(26);
        sandbox.clock.advance(Duration.ofDays(10));
        long recent = sandbox.order(1);

        assertThat(search("changed_from", "2025-03-24").page().items()).containsExactly(recent);
        assertThat(search(false, "changed_from", "2025-03-24 08:00:00").page().items())
                .as("the whole history: the time part made the filter unreadable").containsExactly(recent, old);
        assertThat(search(false, "status", "1,26", "types", "9", "sort", "amount", "page", "two").page().items())
                .containsExactly(recent, old);
        assertThat(search(false, "type", "3", "types", "4").page().items()).containsExactly(recent);
    }

    @Test
    void statusUpdatedSelectsByTheLastStatusChange() {
        long moved = sandbox.order(26);
        long still = sandbox.order(26);
        sandbox.clock.advance(Duration.ofDays(2));
        sandbox.put(moved, 47, null);
        assertThat(search("status_updated_from", "2025-03-16").page().items()).containsExactly(moved);
        assertThat(search("status_updated_to", "2025-03-15").page().items()).containsExactly(still);
    }

    @Test
    void ttnFilterMeansAbsentPresentOrAPartialMatchOfFourOrMore() {
        long without = sandbox.order(26);
        long with = sandbox.order(26);
        sandbox.put(with, 61, "20450000012345");
        assertThat(search("ttn", "0").page().items()).containsExactly(without);
        assertThat(search("ttn", "1").page().items()).containsExactly(with);
        assertThat(search("ttn", "2345").page().items()).containsExactly(with);
        assertThat(search("ttn", "204").page().items()).isEmpty();
        assertThat(search("ttn", "99999").page().items()).isEmpty();
    }

    @Test
    void dateRangesAreKyivDaysAndDateTimes() {
        long early = sandbox.order(1); // 2025-03-14 09:00 Kyiv
        sandbox.clock.advance(Duration.ofHours(14)); // 2025-03-14 23:00 Kyiv
        long late = sandbox.order(1);
        sandbox.clock.advance(Duration.ofHours(2)); // 2025-03-15 01:00 Kyiv
        long nextDay = sandbox.order(1);
        sandbox.put(early, 26, null);

        assertThat(search("created_from", "2025-03-14", "created_to", "2025-03-14").page().items())
                .containsExactlyInAnyOrder(early, late);
        assertThat(search("created_from", "2025-03-15").page().items()).containsExactly(nextDay);
        assertThat(search("created_from", "2025-03-14 10:00:00", "created_to", "2025-03-15 00:30").page().items())
                .containsExactly(late);
        assertThat(search("changed_from", "2025-03-15").page().items()).containsExactlyInAnyOrder(early, nextDay);
    }

    @Test
    void sortsByIdCreatedOrChangedEitherWayNewestIdFirstByDefault() {
        long a = sandbox.order(1);
        sandbox.clock.advance(Duration.ofMinutes(1));
        long b = sandbox.order(1);
        sandbox.clock.advance(Duration.ofMinutes(1));
        sandbox.put(a, 26, null);
        assertThat(search().page().items()).containsExactly(b, a);
        assertThat(search("sort", "id").page().items()).containsExactly(a, b);
        assertThat(search("sort", "created").page().items()).containsExactly(a, b);
        assertThat(search("sort", "-created").page().items()).containsExactly(b, a);
        assertThat(search("sort", "changed").page().items()).containsExactly(b, a);
        assertThat(search("sort", "-changed").page().items()).containsExactly(a, b);
    }

    @Test
    void totalFieldsSumEveryMatchedOrderNotJustThePage() {
        sandbox.book.create(25, null);
        SearchResult<Long> result = search();
        BigDecimal expected = result.page().items().stream().map(id -> sandbox.get(id).costWithDiscount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(result.costWithDiscount()).isGreaterThan(expected);
        BigDecimal all = search("page", "1").costWithDiscount();
        assertThat(search("page", "2").costWithDiscount()).isEqualByComparingTo(all);
    }
}
