package ua.orderflow.sandbox.rozetka.api;

import java.util.LinkedHashMap;
import java.util.Map;
import ua.orderflow.sandbox.clock.KyivTime;
import ua.orderflow.sandbox.rozetka.order.Payment;
import ua.orderflow.sandbox.rozetka.order.SandboxOrder;

/** How an order is paid in ROZETKA's JSON: the payment method, and a card payment's status (null for cash). */
final class PaymentJson {

    private static final Map<Integer, String[]> PAYMENT_STATUS_NAMES = Map.of(
            1, new String[] {"cancelled", "Скасовано"}, 2, new String[] {"paid", "Оплачено"},
            3, new String[] {"unpaid", "Не оплачено"}, 4, new String[] {"unapproved", "Не підтверджено"},
            5, new String[] {"part-paid", "Частково оплачено"}, 6, new String[] {"expired", "Термін оплати минув"},
            7, new String[] {"hold", "Кошти заблоковано"}, 8, new String[] {"returned", "Кошти повернено"},
            9, new String[] {"part-returned", "Кошти повернено частково"},
            10, new String[] {"ready_for_return", "Готово до повернення"});

    private PaymentJson() {
    }

    static Map<String, Object> payment(SandboxOrder o) {
        boolean card = o.payment().isCard();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("payment_method_id", card ? 6 : 1);
        json.put("payment_method_name", card ? "Оплата карткою онлайн" : "Оплата під час отримання товару");
        json.put("payment_type", card ? "card" : "cash");
        json.put("payment_type_title", card ? "Безготівкова" : "Готівкова");
        json.put("payment_status", statusPayment(o));
        json.put("credit", null);
        return json;
    }

    static Map<String, Object> statusPayment(SandboxOrder o) {
        Payment p = o.payment();
        if (!p.isCard() || p.statusId() == null) {
            return null;
        }
        String[] name = PAYMENT_STATUS_NAMES.getOrDefault(p.statusId(), new String[] {"unknown", "Невідомо"});
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("order_id", o.id());
        json.put("status_payment_id", p.statusId());
        json.put("name", name[0]);
        json.put("title", name[1]);
        json.put("value", Money.of(o.costWithDiscount()));
        json.put("payment_invoice_id", p.invoiceId());
        json.put("created_at", KyivTime.format(p.statusChanged()));
        return json;
    }
}
