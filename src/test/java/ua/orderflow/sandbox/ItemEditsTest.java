package ua.orderflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.orderflow.sandbox.rozetka.order.ItemChange;
import ua.orderflow.sandbox.rozetka.order.Purchase;
import ua.orderflow.sandbox.rozetka.order.SandboxOrder;
import ua.orderflow.sandbox.rozetka.order.SellerUpdate;
import ua.orderflow.sandbox.rozetka.status.StatusChangeRefused;

/** Items edited by the seller over the API (only in 26) and by the cabinet or buyer (admin). */
class ItemEditsTest {

    private final SandboxFixture sandbox = new SandboxFixture();
    private static final long YOGA_MAT = SandboxFixture.CATALOGUE.byOfferId("YOGA-MAT").orElseThrow().itemId();

    private SandboxOrder sellerEdit(long id, ItemChange... changes) {
        return sandbox.book.sellerUpdate(id, new SellerUpdate(null, null, null, List.of(changes)), o -> o);
    }

    @Test
    void theSellerChangesQuantitiesAndAddsItemsOnlyIn26() {
        long id = sandbox.order(26);
        Purchase first = sandbox.get(id).purchases().get(0);
        int quantity = first.quantity();
        int lines = sandbox.get(id).purchases().size();
        sandbox.clock.advance(Duration.ofMinutes(5));
        SandboxOrder edited = sellerEdit(id, new ItemChange(first.id(), null, null, quantity + 1, null),
                new ItemChange(null, YOGA_MAT, null, 2, null));
        assertThat(edited.purchases()).hasSize(lines + 1);
        assertThat(edited.purchases().get(0).quantity()).isEqualTo(quantity + 1);
        assertThat(edited.purchases()).last().satisfies(p -> {
            assertThat(p.item().offerId()).isEqualTo("YOGA-MAT");
            assertThat(p.costWithDiscount()).isEqualByComparingTo("1398.00");
        });
        assertThat(edited.changed()).isEqualTo(SandboxFixture.START.plus(Duration.ofMinutes(5)));

        long confirmed = sandbox.order(2);
        assertThatThrownBy(() -> sellerEdit(confirmed, new ItemChange(null, YOGA_MAT, null, 1, null)))
                .isInstanceOfSatisfying(StatusChangeRefused.class,
                        e -> assertThat(e.field()).isEqualTo("purchases"));
    }

    @Test
    void aPriceIsAllowedOnlyForAnAdditionalItem() {
        long id = sandbox.order(26);
        assertThatThrownBy(() -> sellerEdit(id, new ItemChange(null, YOGA_MAT, null, 1, new BigDecimal("1.00"))))
                .isInstanceOf(StatusChangeRefused.class);
        long wrapping = SandboxFixture.CATALOGUE.additionalItems().get(0).itemId();
        SandboxOrder edited = sellerEdit(id, new ItemChange(null, wrapping, null, 1, new BigDecimal("30")));
        assertThat(edited.purchases()).last().satisfies(p -> {
            assertThat(p.item().additional()).isTrue();
            assertThat(p.price()).isEqualByComparingTo("30.00");
        });
    }

    @Test
    void theCabinetRemovesAndAddsInAnyOpenStatusAndMoneyFollows() {
        long id = sandbox.order(2);
        SandboxOrder before = sandbox.get(id);
        BigDecimal oldTotal = before.costWithDiscount();
        Purchase first = before.purchases().get(0);
        BigDecimal firstCost = first.costWithDiscount();
        sandbox.book.editItems(id, List.of(new ItemChange(first.id(), null, null, 0, null),
                new ItemChange(null, null, "PB-10K", 1, null)));
        SandboxOrder after = sandbox.get(id);
        assertThat(after.purchases().get(0).status()).isEqualTo(Purchase.REMOVED);
        assertThat(after.costWithDiscount()).isEqualByComparingTo(
                oldTotal.subtract(firstCost).add(after.purchases().get(after.purchases().size() - 1)
                        .costWithDiscount()));
        assertThat(sandbox.render(id, "purchases").get("purchases")).asString().contains("status=0");
    }

    @Test
    void aRefusedEditChangesNothing() {
        long id = sandbox.order(26);
        SandboxOrder before = sandbox.get(id);
        int lines = before.purchases().size();
        int firstQuantity = before.purchases().get(0).quantity();
        List<ItemChange> removeAll = before.purchases().stream()
                .map(p -> new ItemChange(p.id(), null, null, 0, null)).toList();
        assertThatThrownBy(() -> sandbox.book.editItems(id, removeAll)).isInstanceOf(StatusChangeRefused.class);
        assertThatThrownBy(() -> sandbox.book.editItems(id, List.of(
                new ItemChange(before.purchases().get(0).id(), null, null, 5, null),
                new ItemChange(null, null, "NO-SUCH", 1, null)))).isInstanceOf(StatusChangeRefused.class);
        SandboxOrder after = sandbox.get(id);
        assertThat(after.purchases()).hasSize(lines).allMatch(Purchase::active);
        assertThat(after.purchases().get(0).quantity()).isEqualTo(firstQuantity);

        long received = sandbox.order(6);
        assertThatThrownBy(() -> sandbox.book.editItems(received, List.of(new ItemChange(null, YOGA_MAT, null, 1,
                null)))).isInstanceOf(StatusChangeRefused.class);
    }
}
