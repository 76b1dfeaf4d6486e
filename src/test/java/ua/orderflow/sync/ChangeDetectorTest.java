package ua.orderflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.orderflow.sync.change.ChangeDetector;
import ua.orderflow.sync.change.OrderChanges;
import ua.orderflow.sync.change.OrderView;

class ChangeDetectorTest {

    private final ChangeDetector detector = new ChangeDetector();

    @Test
    void anUnchangedOrderHasNoChanges() {
        OrderView order = order(26, "", 3, line("TK-500", 1, "1199.00"), line("USB-C-1M", 2, "199.00"));
        assertThat(detector.compare(order, order).any()).isFalse();
    }

    @Test
    void statusTtnAndPaymentChangesAreSeen() {
        OrderChanges changes = detector.compare(order(2, "", 3, line("TK-500", 1, "1199.00")),
                order(61, "20450000000001", 2, line("TK-500", 1, "1199.00")));
        assertThat(changes.statusChanged()).isTrue();
        assertThat(changes.newStatus()).isEqualTo(61);
        assertThat(changes.ttnChanged()).isTrue();
        assertThat(changes.paymentStatusChanged()).isTrue();
        assertThat(changes.itemsChanged()).isFalse();
    }

    @Test
    void quantityPriceRemovedAndAddedLinesAreEachReported() {
        OrderView before = order(26, "", null, line("TK-500", 1, "1199.00"), line("PB-10K", 1, "749.00"),
                line("USB-C-1M", 1, "199.00"));
        OrderView after = order(26, "", null, line("TK-500", 2, "1199.00"), line("PB-10K", 1, "699.00"),
                line("YOGA-MAT", 1, "699.00"));

        List<OrderChanges.LineChange> changes = detector.compare(before, after).lineChanges();

        assertThat(changes).extracting(OrderChanges.LineChange::kind, OrderChanges.LineChange::key)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("QUANTITY", "TK-500"),
                        org.assertj.core.groups.Tuple.tuple("PRICE", "PB-10K"),
                        org.assertj.core.groups.Tuple.tuple("REMOVED", "USB-C-1M"),
                        org.assertj.core.groups.Tuple.tuple("ADDED", "YOGA-MAT"));
        assertThat(changes).extracting(OrderChanges.LineChange::describe)
                .contains("«TK-500 name»: кількість 1 → 2", "«PB-10K name»: ціна 749,00\u00a0грн → 699,00\u00a0грн");
    }

    @Test
    void aLineLeftWithQuantityZeroCountsAsRemoved() {
        OrderChanges changes = detector.compare(order(26, "", null, line("TK-500", 1, "1199.00")),
                order(26, "", null, line("TK-500", 0, "1199.00")));
        assertThat(changes.lineChanges()).extracting(OrderChanges.LineChange::kind).containsExactly("REMOVED");
    }

    private static OrderView order(int status, String ttn, Integer paymentStatus, OrderView.Line... lines) {
        BigDecimal total = List.of(lines).stream().map(OrderView.Line::costWithDiscount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OrderView(1L, LocalDateTime.of(2026, 11, 24, 10, 0), LocalDateTime.of(2026, 11, 24, 10, 5),
                status, 1, ttn, false, "Коваль Олена", "380671112233", null, "", "cash", "Готівка",
                paymentStatus, "Нова Пошта", 1, "Київ", "12", null, total, List.of(lines));
    }

    private static OrderView.Line line(String offer, int quantity, String price) {
        BigDecimal unit = new BigDecimal(price);
        return new OrderView.Line(offer.hashCode(), offer.hashCode(), offer, offer, offer + " name", quantity, unit,
                unit.multiply(BigDecimal.valueOf(quantity)), false);
    }
}
