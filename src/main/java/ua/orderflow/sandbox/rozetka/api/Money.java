package ua.orderflow.sandbox.rozetka.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** ROZETKA sends money as decimal strings with two places: "640.00". */
final class Money {

    private Money() {
    }

    static String of(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
