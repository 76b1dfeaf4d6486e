package ua.orderflow.sync;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * What a manager sees of an order in Tasklist, and what the process decides on: whether ROZETKA
 * cancelled it meanwhile, whether a card payment is still awaited, which cancellations are allowed.
 * Texts are as a person reads them: the phone as {@code +380 67 111 22 33}, the amount to pay as
 * {@code 2 310,00 грн}.
 */
public record OrderCard(
        Date orderedAt,
        int rozetkaStatus,
        String customerName,
        String customerPhone,
        String itemsText,
        String deliveryText,
        String paymentText,
        String amountText,
        String deliveryCity,
        String buyerComment,
        boolean callbackOff,
        boolean cancelledUpstream,
        boolean paymentPending,
        List<Map<String, Object>> cancelOptions) {
}
