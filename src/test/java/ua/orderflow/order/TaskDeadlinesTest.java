package ua.orderflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;
import ua.orderflow.shop.WorkingWeek;

/** Each task's due date on a shop's calendar: a shop open Monday to Friday, 9–18. */
class TaskDeadlinesTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final String SHOP = "weekdays";
    private final TaskDeadlines deadlines = deadlines(new OrderProcessProperties.Deadlines(null, null, null, null, null));

    @ParameterizedTest(name = "confirmed {0} → ship by {1}")
    @CsvSource({
            "2025-03-03T10:00, 2025-03-04T18:00",   // Monday morning: by Tuesday's closing
            "2025-03-03T19:00, 2025-03-05T18:00",   // Monday after closing counts as Tuesday: by Wednesday
            "2025-03-07T15:00, 2025-03-10T18:00",   // Friday: the weekend is not a working day
            "2025-03-08T12:00, 2025-03-11T18:00"})  // Saturday: as if confirmed on Monday
    void shipByTheNextWorkingDaysClosing(String confirmed, String due) {
        assertThat(deadlines.shipBy(SHOP, at(confirmed))).isEqualTo(at(due));
    }

    @ParameterizedTest(name = "ordered {0} → pay by {1}")
    @CsvSource({
            "2025-03-03T10:00, 2025-03-06T18:00",   // three days on, a Thursday: by its closing
            "2025-03-05T20:00, 2025-03-10T18:00"})  // three days on is Saturday night: Monday's closing
    void payByTheClosingOfTheDayThePaymentTermRunsOut(String ordered, String due) {
        assertThat(deadlines.payBy(SHOP, at(ordered), at("2025-03-04T12:00"))).isEqualTo(at(due));
    }

    @ParameterizedTest(name = "from {0} → answer by {1}")
    @CsvSource({
            "2025-03-03T10:00, 2025-03-03T12:00",   // two working hours
            "2025-03-03T17:30, 2025-03-04T10:30",   // half an hour today, the rest tomorrow from 9
            "2025-03-08T11:00, 2025-03-10T11:00"})  // Saturday: Monday from 9
    void answerWithinTwoWorkingHours(String from, String due) {
        assertThat(deadlines.answerBy(SHOP, at(from))).isEqualTo(at(due));
    }

    @ParameterizedTest(name = "{0} → deliver by {1}, review by {2}")
    @CsvSource({"2025-03-06T10:00, 2025-03-10T18:00, 2025-03-07T18:00"})
    void theCourierAndTheSupervisorsCountWorkingDaysToo(String from, String deliver, String review) {
        assertThat(deadlines.deliverBy(SHOP, at(from))).isEqualTo(at(deliver));
        assertThat(deadlines.reviewBy(SHOP, at(from))).isEqualTo(at(review));
    }

    @ParameterizedTest(name = "same day: confirmed {0} → ship by {1}")
    @CsvSource({"2025-03-03T10:00, 2025-03-03T18:00", "2025-03-03T18:30, 2025-03-04T18:00"})
    void aShopThatShipsTheSameDay(String confirmed, String due) {
        TaskDeadlines sameDay = deadlines(new OrderProcessProperties.Deadlines(0, Duration.ofDays(1), null, null, null));
        assertThat(sameDay.shipBy(SHOP, at(confirmed))).isEqualTo(at(due));
    }

    private static TaskDeadlines deadlines(OrderProcessProperties.Deadlines rules) {
        WorkingWeek week = new WorkingWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(18, 0), null, null);
        Shop shop = new Shop(SHOP, "Магазин", "/sandbox/rozetka", "u", "p", "Каса", "UA00", null, null, null, week);
        return new TaskDeadlines(new OrderProcessProperties(null, null, null, rules), new Shops(List.of(shop)));
    }

    private static Date at(String kyiv) {
        return Date.from(LocalDateTime.parse(kyiv).atZone(KYIV).toInstant());
    }
}
