package ua.orderflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.orderflow.sandbox.rozetka.order.SandboxOrder;
import ua.orderflow.sandbox.rozetka.order.StatusChange;
import ua.orderflow.sandbox.rozetka.status.StatusChangeRefused;
import ua.orderflow.sandbox.rozetka.status.StatusTransition;

/** ROZETKA's status rules as the reference gives them, driven through the sandbox's order book. */
class StatusRulesTest {

    private static final String TTN = "20450000012345";
    /** What a seller may cancel with before shipping: seed 000's "about twenty". */
    private static final List<Integer> BEFORE_SHIPPING = List.of(16, 17, 18, 20, 24, 25, 28, 29, 33, 34, 35, 36, 37,
            38, 39, 40, 41, 42, 43);

    private final SandboxFixture sandbox = new SandboxFixture();

    static Stream<Arguments> allowed() {
        List<Arguments> cases = new ArrayList<>(List.of(
                Arguments.of(1, 26, null, 26),
                Arguments.of(26, 2, null, 2), Arguments.of(26, 47, null, 47), Arguments.of(26, 48, null, 48),
                Arguments.of(26, 55, null, 55), Arguments.of(26, 61, TTN, 61), Arguments.of(26, 3, TTN, 3),
                Arguments.of(47, 26, null, 26), Arguments.of(47, 2, null, 2), Arguments.of(47, 48, null, 48),
                Arguments.of(47, 55, null, 55), Arguments.of(47, 61, TTN, 61),
                Arguments.of(48, 26, null, 26), Arguments.of(48, 2, null, 2), Arguments.of(48, 3, TTN, 3),
                Arguments.of(55, 2, null, 2), Arguments.of(55, 26, null, 26), Arguments.of(55, 50, null, 50),
                Arguments.of(2, 3, TTN, 3), Arguments.of(2, 61, TTN, 61), Arguments.of(2, 4, null, 4),
                Arguments.of(2, 6, null, 6), Arguments.of(2, 26, null, 26), Arguments.of(2, 50, null, 50),
                // a TTN sent with status 2 makes the order 61
                Arguments.of(2, 2, TTN, 61), Arguments.of(26, 2, TTN, 61), Arguments.of(47, 2, TTN, 61),
                Arguments.of(61, 26, null, 26), Arguments.of(3, 26, null, 26), Arguments.of(3, 4, null, 4),
                Arguments.of(3, 6, null, 6),
                Arguments.of(5, 6, null, 6), Arguments.of(5, 11, null, 11), Arguments.of(5, 12, null, 12),
                Arguments.of(5, 3, TTN, 3), Arguments.of(4, 12, null, 12),
                Arguments.of(15, 61, "20450000099999", 61), Arguments.of(15, 3, "20450000099999", 3),
                Arguments.of(15, 26, null, 26)));
        for (int from : List.of(26, 47, 48, 2)) {
            for (int cancel : BEFORE_SHIPPING) {
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
                Arguments.of(26, 45, null), Arguments.of(48, 47, null), Arguments.of(26, 50, null),
                Arguments.of(2, 5, null), Arguments.of(2, 1, null), Arguments.of(2, 47, null),
                Arguments.of(61, 4, null), Arguments.of(61, 6, null), Arguments.of(61, 3, TTN), Arguments.of(3, 61, TTN),
                Arguments.of(61, 40, null), Arguments.of(3, 40, null), Arguments.of(5, 26, null), Arguments.of(5, 40, null),
                // a carrier parcel (it has a TTN) is not the seller's to move along: tracking does it
                Arguments.of(4, 5, null), Arguments.of(4, 6, null),
                // 13 is ROZETKA's own
                Arguments.of(1, 13, null), Arguments.of(26, 13, null), Arguments.of(2, 13, null),
                Arguments.of(26, 999, null)));
        // 11 and 12 need a parcel that was sent
        for (int from : List.of(26, 47, 48, 2)) {
            cases.add(Arguments.of(from, 11, null));
            cases.add(Arguments.of(from, 12, null));
        }
        // groups 2 and 3 are final
        for (int fin : List.of(6, 11, 12, 13, 40, 45, 46, 50)) {
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
                    assertThat(e.isNextUnavailable()).isTrue();
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
    void theOwnCourierDeliversToThePickupPointAndTheBuyerCollects() {
        long id = sandbox.order(2);
        assertThat(sandbox.put(id, 4, null).status()).isEqualTo(4);
        assertThat(sandbox.put(id, 5, null).status()).isEqualTo(5);
        SandboxOrder received = sandbox.put(id, 6, null);
        assertThat(received.history()).extracting(StatusChange::statusId).containsExactly(1, 26, 2, 4, 5, 6);
        assertThat(received.ttn()).isEmpty();
        assertThat(received.statusGroup()).isEqualTo(2);
    }

    @Test
    void theOwnCourierMayHandOverAtTheDoorOrBeRefusedOrNotCollected() {
        long atTheDoor = sandbox.order(2);
        sandbox.put(atTheDoor, 4, null);
        assertThat(sandbox.put(atTheDoor, 6, null).status()).isEqualTo(6);
        long refused = sandbox.order(2);
        sandbox.put(refused, 4, null);
        assertThat(sandbox.put(refused, 12, null).status()).isEqualTo(12);
        long notCollected = sandbox.order(2);
        sandbox.put(notCollected, 4, null);
        sandbox.put(notCollected, 5, null);
        assertThat(sandbox.put(notCollected, 11, null).status()).isEqualTo(11);
    }

    @Test
    void statuses3And61NeedATtn() {
        for (int target : List.of(3, 61)) {
            for (int from : List.of(26, 47, 48, 2)) {
                long id = sandbox.order(from);
                assertThatThrownBy(() -> sandbox.put(id, target, null)).as(from + " -> " + target)
                        .isInstanceOfSatisfying(StatusChangeRefused.class, e -> {
                            assertThat(e.isNextUnavailable()).isFalse();
                            assertThat(e.reason()).isEqualTo("Неможливо змінити статус. З " + from + " на " + target
                                    + ". Необхідно заповнити «ТТН».");
                        });
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
    void anIncorrectTtnIsCorrectedBySendingItAgainWith61() {
        long id = sandbox.order(15);
        assertThat(sandbox.get(id).ttn()).isNotEmpty();
        SandboxOrder corrected = sandbox.put(id, 61, "20450000099999");
        assertThat(corrected.status()).isEqualTo(61);
        assertThat(corrected.ttn()).isEqualTo("20450000099999");
    }

    @Test
    void eachStatusOffersItsOwnCancellations() {
        for (int status : List.of(26, 47, 48)) {
            assertThat(cancellations(sandbox.order(status))).as("in " + status)
                    .containsExactlyInAnyOrderElementsOf(BEFORE_SHIPPING);
        }
        List<Integer> confirmed = new ArrayList<>(BEFORE_SHIPPING);
        confirmed.add(50);
        assertThat(cancellations(sandbox.order(2))).containsExactlyInAnyOrderElementsOf(confirmed);
        assertThat(cancellations(sandbox.order(55))).contains(50).doesNotContain(11, 12);
        // seed 000: at the pickup point exactly two, «Відмова від товару» and «Не забрано посилку»
        assertThat(cancellations(sandbox.order(5))).containsExactlyInAnyOrder(11, 12);
        assertThat(cancellations(sandbox.order(4))).containsExactly(12);
        assertThat(cancellations(sandbox.order(61))).isEmpty();
        assertThat(cancellations(sandbox.order(3))).isEmpty();
    }

    @Test
    void statusAvailableRowsCarryTheirDeliveryType() {
        List<Map<String, Object>> rows = available(sandbox.order(2));
        assertThat(rows).extracting(r -> r.get("child_id"), r -> r.get("delivery_type"))
                .contains(tuple(4, 1), tuple(6, 1), tuple(3, 0), tuple(61, 0), tuple(26, 1), tuple(26, 0),
                        tuple(40, 1), tuple(40, 0))
                .doesNotContain(tuple(4, 0), tuple(3, 1), tuple(61, 1));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("parent_id")).isEqualTo(2);
            assertThat(r.get("market_group")).isEqualTo(0);
        });
        // the [DOC] examples: 1→26, 2→26 and 2→4 with delivery_type 1, 3→6 and 5→3 with 0
        assertThat(available(sandbox.order(1))).extracting(r -> r.get("child_id")).containsOnly(26);
        assertThat(available(sandbox.order(3))).extracting(r -> r.get("child_id"), r -> r.get("delivery_type"))
                .contains(tuple(6, 0));
        assertThat(available(sandbox.order(5))).extracting(r -> r.get("child_id"), r -> r.get("delivery_type"))
                .contains(tuple(3, 0));
        assertThat(available(sandbox.order(6))).isEmpty();
        assertThat(available(sandbox.order(45))).isEmpty();
    }

    @Test
    void everyTransitionIsOneRowWithItsOwnIdAndItsSource() {
        List<StatusTransition> rows = SandboxFixture.TRANSITIONS.all();
        assertThat(rows).extracting(StatusTransition::id).doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(t -> {
            assertThat(t.source()).as("row " + t.id()).isNotBlank();
            assertThat(SandboxFixture.STATUSES.find(t.from())).as("row " + t.id()).isPresent();
            assertThat(SandboxFixture.STATUSES.find(t.to())).as("row " + t.id()).isPresent();
            assertThat(t.deliveryType()).isIn(0, 1);
        });
        assertThat(rows).extracting(StatusTransition::from, StatusTransition::to, StatusTransition::deliveryType,
                StatusTransition::actor).doesNotHaveDuplicates();
        assertThat(rows).filteredOn(t -> !t.bySeller()).extracting(StatusTransition::deliveryType).containsOnly(0);
        assertThat(rows).filteredOn(StatusTransition::bySeller).filteredOn(t -> t.share() != null).isEmpty();
    }

    @Test
    void theHistoryKeepsEveryStatusWithItsTime() {
        long id = sandbox.order(1);
        sandbox.put(id, 26, null);
        sandbox.clock.advance(java.time.Duration.ofMinutes(30));
        sandbox.put(id, 2, null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) sandbox
                .render(id, "order_status_history").get("order_status_history");
        assertThat(history).extracting(h -> h.get("status_id")).containsExactly(1, 26, 2);
        assertThat(history).extracting(h -> h.get("created"))
                .containsExactly("2025-03-14 09:00:00", "2025-03-14 09:00:00", "2025-03-14 09:30:00");
        assertThat(history.get(2).get("status")).asString().contains("name_uk=Комплектується. Дані підтверджені");
    }

    private Set<Integer> cancellations(long id) {
        return Set.copyOf(available(id).stream().map(r -> (Integer) r.get("child_id"))
                .filter(child -> SandboxFixture.STATUSES.get(child).group() == 3).toList());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> available(long id) {
        return (List<Map<String, Object>>) sandbox.render(id, "status_available").get("status_available");
    }
}
