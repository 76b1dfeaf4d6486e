package ua.orderflow.sync.intake;

import java.util.ArrayList;
import java.util.List;
import ua.orderflow.sync.change.OrderView;

/**
 * What an order must have before it becomes a process: without a number it would be order 0 (an
 * instance, an invoice and a PUT /orders/0 to ROZETKA); without its date, goods, buyer, delivery or
 * payment the first step fails on every retry into an incident no manager sees. Such an order waits
 * in the journal for a person instead, and ROZETKA is told nothing.
 */
public final class IntakeCheck {

    /** The card's texts are process variables; longer ones would overflow the engine's 4,000 characters. */
    public static final int MAX_TEXT = 4000;
    /** A card lists the lines in one variable too: more than this many would not fit. */
    public static final int MAX_LINES = 40;

    private IntakeCheck() {
    }

    /** What is missing or too large, in Ukrainian; empty when the order may be taken in. */
    public static List<String> problems(OrderView order) {
        List<String> problems = new ArrayList<>();
        if (order.id() <= 0) {
            problems.add("немає номера замовлення");
        }
        if (order.created() == null) {
            problems.add("немає дати створення");
        }
        if (order.lines().isEmpty()) {
            problems.add("немає жодного товару");
        } else if (order.lines().size() > MAX_LINES) {
            problems.add(order.lines().size() + " рядків товарів, більше ніж " + MAX_LINES
                    + ", які вміщує картка замовлення");
        }
        if (blank(order.customerPhone()) && blank(order.customerName())) {
            problems.add("немає покупця (ні імені, ні телефону)");
        }
        if (blank(order.deliveryService()) && order.deliveryMethodId() == null) {
            problems.add("немає способу доставки");
        }
        if (blank(order.paymentType()) && blank(order.paymentMethod())) {
            problems.add("немає способу оплати");
        }
        if (order.comment() != null && order.comment().length() > MAX_TEXT) {
            problems.add("коментар покупця довший за " + MAX_TEXT + " символів (" + order.comment().length() + ")");
        }
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
