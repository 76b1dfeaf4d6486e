package ua.orderflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.orderflow.rozetka.model.RozetkaOrder;

class OrderCardsTest {

    /** No ROZETKA calls: an order without next statuses needs no status names. */
    private final OrderCards cards = new OrderCards(null, null);

    @ParameterizedTest(name = "card, status_payment {0}: awaited {1}")
    @CsvSource({
            "2, false, оплачено",
            "7, true,  сума заблокована",     // held on the buyer's card: not credited (seed 002)
            "6, true,  термін оплати минув",  // expired
            "3, true,  очікує оплати",
            "4, true,  очікує оплати",
            "5, true,  очікує оплати"})       // part-paid is not paid
    void onlyMoneyCreditedCountsAsPaid(int paymentStatus, boolean awaited, String text) {
        OrderCard card = cards.card("sandbox", order("card", paymentStatus));
        assertThat(card.paymentPending()).isEqualTo(awaited);
        assertThat(card.paymentText()).contains(text);
    }

    @ParameterizedTest
    @CsvSource({"cash", "credit"})
    void noCardPaymentIsAwaitedForOtherPaymentTypes(String type) {
        assertThat(cards.card("sandbox", order(type, null)).paymentPending()).isFalse();
    }

    @Test
    void theCardWritesTheAmountAndThePhoneAsPeopleReadThem() {
        OrderCard card = cards.card("sandbox", order("cash", null));
        assertThat(card.amountText()).isEqualTo("100,00\u00a0грн");
        assertThat(card.customerPhone()).isEqualTo("+380 67 111 22 33");
        assertThat(card.deliveryCity()).isEqualTo("—");
        assertThat(card.itemsText()).endsWith("Разом до сплати: 100,00\u00a0грн");
    }

    private static RozetkaOrder order(String paymentType, Integer paymentStatus) {
        var payment = new RozetkaOrder.Payment(6, "Оплата карткою онлайн", paymentType, "Безготівкова",
                paymentStatus == null ? null : new RozetkaOrder.PaymentStatus(paymentStatus, "x", "x"));
        var line = new RozetkaOrder.Purchase(1, 2, "Термокружка", 1, new BigDecimal("100.00"), null,
                new BigDecimal("100.00"), null, 1, false, null);
        return new RozetkaOrder(812345678L, LocalDateTime.of(2025, 3, 3, 10, 0), null, null, null,
                new BigDecimal("100.00"), new BigDecimal("100.00"), 26, 1, null, "380671112233", null, null,
                false, null, null, List.of(line), null, payment, null, null);
    }
}
