package ua.orderflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.orderflow.sandbox.order.SandboxOrder;
import ua.orderflow.sandbox.order.StatusChange;
import ua.orderflow.sandbox.status.OrderStatus;
import ua.orderflow.sandbox.status.StatusChangeRefused;

/** ROZETKA's status rules as the reference gives them, driven through the sandbox's order book. */
class StatusRulesTest {

    private static final String TTN = "20450000012345";
    private static final List<Integer> CANCELLATIONS = SandboxFixture.STATUSES.all().stream()
            .filter(OrderStatus::sellerCancellation).map(OrderStatus::id).toList();

    private final SandboxFixture sandbox = new SandboxFixture();

    static Stream<Arguments> allowed() {
        List<Arguments> cases = new ArrayList<>(List.of(
                Arguments.of(1, 26, null, 26),
                Arguments.of(26, 2, null, 2), Arguments.of(26, 47, null, 47), Arguments.of(26, 48, null, 48),
                Arguments.of(26, 61, TTN, 61), Arguments.of(26, 3, TTN, 3),
                Arguments.of(47, 26, null, 26), Arguments.of(47, 2, null, 2), Arguments.of(47, 48, null, 48),
                Arguments.of(47, 61, TTN, 61),
                Arguments.of(48, 26, null, 26), Arguments.of(48, 2, null, 2), Arguments.of(48, 3, TTN, 3),
                Arguments.of(2, 3, TTN, 3), Arguments.of(2, 61, TTN, 61), Arguments.of(2, 4, null, 4),
                Arguments.of(2, 26, null, 26),
                // a TTN sent with status 2 makes the order 61
                Arguments.of(2, 2, TTN, 61), Arguments.of(26, 2, TTN, 61), Arguments.of(47, 2, TTN, 61),
                Arguments.of(61, 26, null, 26), Arguments.of(3, 26, null, 26)));
        for (int from : List.of(26, 47, 48, 2)) {
            for (int cancel : CANCELLATIONS) {
                cases.add(Arguments.of(from, cancel, null, cancel));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} (ttn {2}) gives {3}")
    @MethodSource("allowed")
    void aSellerMayMakeTheseChanges(int from, int to, String ttn, int expected) {
        long id = sandbox.order(from);
        SandboxOrder order = sandbox.put(id, to, ttn);
        assertThat(order.status()).isEqualTo(expected);
        if (expected != from) {
            assertThat(order.history()).last().extracting(StatusChange::statusId).isEqualTo(expected);
        }
    }

    static Stream<Arguments> refused() {
        List<Arguments> cases = new ArrayList<>(List.of(
                Arguments.of(1, 2, null), Arguments.of(1, 3, TTN), Arguments.of(1, 47, null), Arguments.of(1, 45, null),
                Arguments.of(1, 4, null), Arguments.of(1, 6, null),
                Arguments.of(26, 4, null), Arguments.of(26, 5, null), Arguments.of(26, 6, null), Arguments.of(26, 1, null),
                Arguments.of(26, 45, null), Arguments.of(48, 47, null),
                Arguments.of(2, 5, null), Arguments.of(2, 6, null), Arguments.of(2, 1, null), Arguments.of(2, 47, null),
                Arguments.of(61, 4, null), Arguments.of(61, 6, null), Arguments.of(61, 3, TTN), Arguments.of(3, 61, TTN),
                Arguments.of(61, 40, null), Arguments.of(4, 6, null), Arguments.of(5, 6, null), Arguments.of(5, 26, null),
                // 13 is ROZETKA's own
                Arguments.of(1, 13, null), Arguments.of(26, 13, null), Arguments.of(2, 13, null),
                Arguments.of(26, 999, null)));
        // groups 2 and 3 are final
        for (int fin : List.of(6, 11, 12, 13, 40, 45, 46)) {
            for (int to : List.of(26, 2, 61, 1, 18)) {
                cases.add(Arguments.of(fin, to, to == 61 ? TTN : null));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("refused")
    void refusedChangesAnswerTheReasonAndChangeNothing(int from, int to, String ttn) {
        long id = sandbox.order(from);
        SandboxOrder before = sandbox.get(id);
        String ttnBefore = before.ttn();
        int historyBefore = before.history().size();

        assertThatThrownBy(() -> sandbox.put(id, to, ttn))
                .isInstanceOfSatisfying(StatusChangeRefused.class, e -> {
                    assertThat(e.field()).isEqualTo("status");
                    assertThat(e.reason()).isEqualTo("Неможливо змінити статус. З " + from + " на " + to
                            + ". Наступний статус недоступний.");
                });
        SandboxOrder after = sandbox.get(id);
        assertThat(after.status()).isEqualTo(from);
        assertThat(after.ttn()).isEqualTo(ttnBefore);
        assertThat(after.history()).hasSize(historyBefore);
    }

    @Test
    void theReferenceLiveRefusalReadsWordForWord() {
        long id = sandbox.order(1);
        assertThatThrownBy(() -> sandbox.put(id, 61, TTN)).hasMessage(
                "Неможливо змінити статус. З 1 на 61. Наступний статус недоступний.");
    }

    @Test
    void statuses3And61NeedATtn() {
        for (int target : List.of(3, 61)) {
            for (int from : List.of(26, 47, 48, 2)) {
                long id = sandbox.order(from);
                assertThatThrownBy(() -> sandbox.put(id, target, null)).as(from + " -> " + target)
                        .isInstanceOfSatisfying(StatusChangeRefused.class, e -> assertThat(e.reason())
                                .isEqualTo("Неможливо змінити статус. З " + from + " на " + target
                                        + ". Необхідно заповнити «ТТН»."));
                assertThatThrownBy(() -> sandbox.put(id, target, "  ")).isInstanceOf(StatusChangeRefused.class);
                assertThat(sandbox.status(id)).isEqualTo(from);
            }
        }
    }

    @Test
    void aTtnWithStatus2MakesIt61AndKeepsTheTtn() {
        long id = sandbox.order(26);
        SandboxOrder order = sandbox.put(id, 2, " " + TTN + " ");
        assertThat(order.status()).isEqualTo(61);
        assertThat(order.ttn()).isEqualTo(TTN);
        assertThat(order.history()).extracting(StatusChange::statusId).containsExactly(1, 26, 61);
    }

    @Test
    void setting26ClearsTheTtnSoA61AgainChangesIt() {
        long id = sandbox.order(26);
        sandbox.put(id, 61, TTN);
        assertThat(sandbox.put(id, 26, null).ttn()).isEmpty();
        assertThat(sandbox.put(id, 61, "20450000099999").ttn()).isEqualTo("20450000099999");
    }

    @Test
    void anUnchangedStatusWithANewTtnSucceedsButKeepsTheOldTtn() {
        long id = sandbox.order(26);
        sandbox.put(id, 61, TTN);
        SandboxOrder order = sandbox.put(id, 61, "20450000099999");
        assertThat(order.status()).isEqualTo(61);
        assertThat(order.ttn()).isEqualTo(TTN);
        assertThat(order.history()).extracting(StatusChange::statusId).containsExactly(1, 26, 61);
    }

    @Test
    void anOwnCourierOrderIsDeliveredOrRefusedByTheSeller() {
        long delivered = sandbox.order(2);
        sandbox.put(delivered, 4, null);
        assertThat(sandbox.put(delivered, 6, null).status()).isEqualTo(6);
        long refused = sandbox.order(2);
        sandbox.put(refused, 4, null);
        assertThat(sandbox.put(refused, 12, null).status()).isEqualTo(12);
    }

    @Test
    void statusAvailableListsWhatTheRulesAllowPerOrder() {
        assertThat(childIds(sandbox.order(1))).containsExactly(26);
        assertThat(childIds(sandbox.order(26))).startsWith(2, 47, 48, 3, 61).containsAll(CANCELLATIONS)
                .doesNotContain(13, 4, 1);
        assertThat(childIds(sandbox.order(2))).startsWith(26, 3, 61, 4).containsAll(CANCELLATIONS);
        assertThat(childIds(sandbox.order(61))).containsExactly(26);
        assertThat(childIds(sandbox.order(6))).isEmpty();
        assertThat(childIds(sandbox.order(45))).isEmpty();
        assertThat(CANCELLATIONS).containsExactlyInAnyOrder(11, 12, 16, 17, 18, 20, 24, 25, 28, 29, 33, 37, 38, 40,
                42, 43);
    }

    @Test
    void theHistoryKeepsEveryStatusWithItsTime() {
        long id = sandbox.order(1);
        sandbox.put(id, 26, null);
        sandbox.clock.advance(java.time.Duration.ofMinutes(30));
        sandbox.put(id, 2, null);
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> history = (List<java.util.Map<String, Object>>) sandbox
                .render(id, "order_status_history").get("order_status_history");
        assertThat(history).extracting(h -> h.get("status_id")).containsExactly(1, 26, 2);
        assertThat(history).extracting(h -> h.get("created"))
                .containsExactly("2025-03-14 09:00:00", "2025-03-14 09:00:00", "2025-03-14 09:30:00");
        assertThat(history.get(2).get("status")).asString().contains("name_uk=Комплектується. Дані підтверджені");
    }

    @SuppressWarnings("unchecked")
    private List<Integer> childIds(long id) {
        List<java.util.Map<String, Object>> available = (List<java.util.Map<String, Object>>) sandbox
                .render(id, "status_available").get("status_available");
        return available.stream().map(a -> (Integer) a.get("child_id")).toList();
    }
}
