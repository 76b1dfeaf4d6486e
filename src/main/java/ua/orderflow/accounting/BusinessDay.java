package ua.orderflow.accounting;

import java.time.Clock;
import java.time.LocalDate;
import ua.orderflow.rozetka.json.KyivDateTime;

/** The date a document or payment carries: the shop's day in Kyiv, not the server's. */
final class BusinessDay {

    private BusinessDay() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), KyivDateTime.KYIV);
    }
}
