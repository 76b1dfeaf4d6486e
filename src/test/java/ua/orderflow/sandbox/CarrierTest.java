package ua.orderflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.orderflow.sandbox.SandboxProperties.CarrierSettings;
import ua.orderflow.sandbox.clock.KyivTime;
import ua.orderflow.sandbox.rozetka.order.Payment;
import ua.orderflow.sandbox.rozetka.order.SandboxOrder;
import ua.orderflow.sandbox.rozetka.order.StatusChange;

/** The carrier's own progression on the sandbox clock along status-transitions.csv, and the 45-day rule. */
class CarrierTest {

    private static final String TTN = "20450000012345";

    @Test
    void anOrderWithATtnMovesOneStepEvery12HoursAlongTheMainLine() {
        SandboxFixture sandbox = new SandboxFixture(SandboxFixture.carrier(0, 0), 1);
        long id = sandbox.order(26);
        sandbox.put(id, 61, TTN);

        sandbox.clock.advance(Duration.ofHours(11));
        assertThat(sandbox.status(id)).isEqualTo(61);
        sandbox.clock.advance(Duration.ofHours(1));
        assertThat(sandbox.status(id)).as("the carrier accepted the parcel").isEqualTo(3);
        sandbox.clock.advance(Duration.ofHours(12));
        assertThat(sandbox.status(id)).isEqualTo(4);
        sandbox.clock.advance(Duration.ofHours(12));
        assertThat(sandbox.status(id)).isEqualTo(5);
        sandbox.clock.advance(Duration.ofHours(12));
        SandboxOrder order = sandbox.get(id);
        assertThat(order.status()).isEqualTo(6);
        assertThat(order.statusGroup()).isEqualTo(2);
        assertThat(order.ttn()).isEqualTo(TTN);
    }

    @Test
    void ordersShippedAtDifferentTimesEachMoveOnTheirOwnSchedule() {
        // the book looks only at shipped orders and only once a step can be due: a later shipment
        // must not push an earlier one's step back, and an order taken off the road has no steps
        // (only the 45-day rule, which counts from its shipment)
        SandboxFixture sandbox = new SandboxFixture(SandboxFixture.carrier(0, 0), 1);
        long first = sandbox.order(26);
        long second = sandbox.order(26);
        long recalled = sandbox.order(26);
        sandbox.put(first, 61, TTN);
        sandbox.put(recalled, 61, "20450000054321");
        sandbox.clock.advance(Duration.ofHours(6));
        sandbox.put(second, 61, "20450000099999");
        sandbox.book.forceStatus(recalled, 26, null);

        sandbox.clock.advance(Duration.ofHours(6));
        assertThat(sandbox.status(first)).isEqualTo(3);
        assertThat(sandbox.status(second)).isEqualTo(61);
        sandbox.clock.advance(Duration.ofHours(6));
        assertThat(sandbox.status(second)).isEqualTo(3);
        assertThat(sandbox.status(recalled)).isEqualTo(26);
        sandbox.clock.advance(Duration.ofDays(60));
        assertThat(sandbox.status(first)).isEqualTo(6);
        assertThat(sandbox.status(second)).isEqualTo(6);
        assertThat(sandbox.status(recalled)).isEqualTo(6);
    }

    @Test
    void aClockJumpReplaysEveryStepAtTheTimeItFellDue() {
        SandboxFixture sandbox = new SandboxFixture(SandboxFixture.carrier(0, 0), 1);
        long id = sandbox.order(2);
        sandbox.put(id, 3, TTN);
        sandbox.clock.advance(Duration.ofDays(10));

        SandboxOrder order = sandbox.get(id);
        assertThat(order.history()).extracting(StatusChange::statusId).containsExactly(1, 26, 2, 3, 4, 5, 6);
        assertThat(order.history().subList(3, 7)).extracting(h -> KyivTime.format(h.created()))
                .containsExactly("2025-03-14 09:00:00", "2025-03-14 21:00:00", "2025-03-15 09:00:00",
                        "2025-03-15 21:00:00");
        assertThat(KyivTime.format(order.lastStatusChange())).isEqualTo("2025-03-15 21:00:00");
    }

    @Test
    void trackingLeavesChangedAloneUnlessToldOtherwise() {
        // unverified (reference §3): the sandbox takes the harder case, a client must also ask by status_updated
        assertThat(changedAfterTracking(SandboxFixture.carrier(0, 0))).isEqualTo("2025-03-14 09:00:00");
        assertThat(changedAfterTracking(new CarrierSettings(true, Duration.ofHours(12), 0, 0, 0, 0, 0, 0, true,
                Duration.ofDays(45)))).isEqualTo("2025-03-15 21:00:00");
    }

    /** An order shipped with 3, tracked for three days to 6: its {@code changed}. */
    private static String changedAfterTracking(CarrierSettings carrier) {
        SandboxFixture sandbox = new SandboxFixture(carrier, 1);
        long id = sandbox.order(2);
        sandbox.put(id, 3, TTN);
        sandbox.clock.advance(Duration.ofDays(3));
        assertThat(sandbox.status(id)).isEqualTo(6);
        return KyivTime.format(sandbox.get(id).changed());
    }

    @Test
    void notPickedUpAndRefusedHappenAtTheirShares() {
        SandboxFixture notPickedUp = new SandboxFixture(SandboxFixture.carrier(1, 0), 1);
        long a = notPickedUp.order(61);
        notPickedUp.clock.advance(Duration.ofDays(2));
        assertThat(notPickedUp.get(a).history()).extracting(StatusChange::statusId).endsWith(61, 3, 4, 5, 11);

        SandboxFixture refused = new SandboxFixture(SandboxFixture.carrier(0, 1), 1);
        long b = refused.order(61);
        refused.clock.advance(Duration.ofDays(2));
        assertThat(refused.get(b).history()).extracting(StatusChange::statusId).endsWith(61, 3, 4, 5, 12);
        assertThat(refused.get(b).statusGroup()).isEqualTo(3);
    }

    @Test
    void outcomesAreRepeatableWithASeedAndMixedAtRealisticShares() {
        List<Integer> first = outcomes(7);
        assertThat(outcomes(7)).isEqualTo(first);
        assertThat(first).contains(6, 11, 12);
        assertThat(first.stream().filter(s -> s == 6).count()).isGreaterThan(first.size() / 3);
    }

    @Test
    void everyFateOfTheTableHappensWhereItBranches() {
        assertThat(historyOf("incorrect-ttn", 61, 1)).endsWith(61, 15);
        assertThat(historyOf("incorrect-ttn", 3, 1)).endsWith(3, 15);
        assertThat(historyOf("expired", 61, 1)).endsWith(61, 10);
        assertThat(historyOf("lost", 61, 2)).endsWith(61, 3, 4, 88);
        assertThat(historyOf("returned", 61, 4)).endsWith(61, 3, 4, 5, 83, 84, 85, 19);
        assertThat(historyOf("not-picked-up", 61, 2)).endsWith(5, 11);
        assertThat(historyOf("refused", 61, 2)).endsWith(5, 12);
    }

    @Test
    void anIncorrectTtnStaysUntilTheSellerSendsAnotherWhichIsANewParcel() {
        SandboxFixture sandbox = new SandboxFixture(SandboxFixture.fate("incorrect-ttn"), 1);
        long id = sandbox.order(2);
        sandbox.put(id, 61, TTN);
        sandbox.clock.advance(Duration.ofDays(5));
        assertThat(sandbox.status(id)).isEqualTo(15);

        // only the share decides: with it at 0 the corrected number travels the main line
        SandboxFixture fixed = new SandboxFixture(SandboxFixture.carrier(0, 0), 1);
        long again = fixed.order(15);
        fixed.put(again, 61, "20450000099999");
        fixed.clock.advance(Duration.ofDays(3));
        assertThat(fixed.get(again).history()).extracting(StatusChange::statusId).endsWith(15, 61, 3, 4, 5, 6);
    }

    @Test
    void theReturnStatusesAndTheOtherFatesComeAtRealisticSharesAndRepeatWithASeed() {
        CarrierSettings realistic = SandboxProperties.defaults().carrier();
        List<Integer> first = finalStatuses(realistic, 3, 2000);
        assertThat(finalStatuses(realistic, 3, 2000)).isEqualTo(first);
        assertThat(first).contains(6, 11, 12, 19);
        assertThat(first.stream().filter(s -> s == 6).count()).isGreaterThan(first.size() * 3 / 4);
        assertThat(first.stream().filter(s -> s == 19).count()).isLessThan(first.size() / 10);
    }

    private static List<Integer> historyOf(String fate, int shippedAs, int days) {
        SandboxFixture sandbox = new SandboxFixture(SandboxFixture.fate(fate), 1);
        long id = sandbox.order(2);
        sandbox.put(id, shippedAs, TTN);
        sandbox.clock.advance(Duration.ofDays(days));
        return sandbox.get(id).history().stream().map(StatusChange::statusId).toList();
    }

    private static List<Integer> finalStatuses(CarrierSettings carrier, long seed, int orders) {
        SandboxFixture sandbox = new SandboxFixture(carrier, seed);
        List<Long> ids = sandbox.book.create(orders, 61);
        sandbox.clock.advance(Duration.ofDays(4));
        List<Integer> statuses = new ArrayList<>();
        ids.forEach(id -> statuses.add(sandbox.status(id)));
        return statuses;
    }

    private static List<Integer> outcomes(long seed) {
        SandboxFixture sandbox = new SandboxFixture(SandboxFixture.carrier(0.25, 0.25), seed);
        List<Long> ids = sandbox.book.create(40, 61);
        sandbox.clock.advance(Duration.ofDays(3));
        List<Integer> statuses = new ArrayList<>();
        ids.forEach(id -> statuses.add(sandbox.status(id)));
        return statuses;
    }

    @Test
    void fortyFiveDaysAfterShippingWithoutAFinalStatusTheOrderIsReceived() {
        CarrierSettings stalled = new CarrierSettings(false, Duration.ofHours(12), 0, 0, 0, 0, 0, 0, false,
                Duration.ofDays(45));
        SandboxFixture sandbox = new SandboxFixture(stalled, 1);
        long id = sandbox.order(26);
        sandbox.put(id, 61, TTN);

        sandbox.clock.advance(Duration.ofDays(45).minusMinutes(1));
        assertThat(sandbox.status(id)).isEqualTo(61);
        sandbox.clock.advance(Duration.ofMinutes(1));
        SandboxOrder order = sandbox.get(id);
        assertThat(order.status()).isEqualTo(6);
        assertThat(KyivTime.format(order.lastStatusChange())).isEqualTo("2025-04-28 10:00:00");
    }

    @Test
    void anOwnCourierOrderWithoutTtnIsLeftToTheSellerUntilDay45() {
        SandboxFixture sandbox = new SandboxFixture(SandboxFixture.carrier(0, 0), 1);
        long id = sandbox.order(2);
        sandbox.put(id, 4, null);
        sandbox.clock.advance(Duration.ofDays(44));
        assertThat(sandbox.status(id)).isEqualTo(4);
        sandbox.clock.advance(Duration.ofDays(1));
        assertThat(sandbox.status(id)).isEqualTo(6);
    }

    @Test
    void ordersWithoutTtnOrInAFinalStatusNeverMove() {
        SandboxFixture sandbox = new SandboxFixture(SandboxFixture.carrier(0, 0), 1);
        long processing = sandbox.order(26);
        long cancelled = sandbox.order(45);
        sandbox.clock.advance(Duration.ofDays(100));
        assertThat(sandbox.status(processing)).isEqualTo(26);
        assertThat(sandbox.get(cancelled).history()).extracting(StatusChange::statusId).containsExactly(1, 26, 45);
    }

    @Test
    void aCardHoldIsCapturedOnReceiptAndReleasedOnCancellation() {
        SandboxFixture sandbox = new SandboxFixture(SandboxFixture.carrier(0, 0), 1);
        List<Long> ids = sandbox.book.create(60, 61);
        List<Long> held = ids.stream().filter(id -> sandbox.get(id).payment().isCard()
                && Integer.valueOf(Payment.HOLD).equals(sandbox.get(id).payment().statusId())).toList();
        assertThat(held).isNotEmpty();
        sandbox.clock.advance(Duration.ofDays(2));
        held.forEach(id -> assertThat(sandbox.get(id).payment().statusId()).isEqualTo(Payment.PAID));
        @SuppressWarnings("unchecked")
        Map<String, Object> payment = (Map<String, Object>) sandbox.render(held.get(0), "payment").get("payment");
        assertThat(payment).containsEntry("payment_type", "card");
        assertThat(payment.get("payment_status")).asString().contains("name=paid", "status_payment_id=2");
    }
}
