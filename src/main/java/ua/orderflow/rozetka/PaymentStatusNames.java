package ua.orderflow.rozetka;

import java.util.Map;

/**
 * ROZETKA's payment statuses ({@code status_payment_id}) in Ukrainian words, for the journal:
 * ROZETKA sends an English key and a title per order, and the reference lists them by id
 * (rozetka-seller-api.md, "status_payment").
 */
public final class PaymentStatusNames {

    private static final Map<Integer, String> NAMES = Map.of(
            1, "скасовано",
            2, "оплачено",
            3, "не оплачено",
            4, "не підтверджено",
            5, "оплачено частково",
            6, "термін оплати минув",
            7, "кошти заблоковано, очікують зарахування",
            8, "повернуто",
            9, "повернуто частково",
            10, "готово до повернення");

    private PaymentStatusNames() {
    }

    /** «оплачено»; an id the reference does not list as «статус оплати N». */
    public static String quoted(Integer statusId) {
        return "«" + (statusId == null ? "немає" : NAMES.getOrDefault(statusId, "статус оплати " + statusId)) + "»";
    }
}
