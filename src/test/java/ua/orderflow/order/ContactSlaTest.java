package ua.orderflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactSlaTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private final ContactSla defaults = new ContactSla(OrderProcessProperties.defaults());

    @ParameterizedTest(name = "ordered {0} → due {1}")
    @CsvSource({
            "2025-03-03T10:00, 2025-03-03T12:00",   // Monday, inside calling hours
            "2025-03-03T20:00, 2025-03-04T10:00",   // Monday: one hour today, one tomorrow from 9
            "2025-03-04T23:30, 2025-03-05T11:00",   // night order: due next morning
            "2025-03-05T03:00, 2025-03-05T11:00",   // after midnight: the same morning
            "2025-03-05T07:15, 2025-03-05T11:00",   // before opening
            "2025-03-07T20:30, 2025-03-08T11:30",   // Friday evening: weekend opens at 10
            "2025-03-08T19:30, 2025-03-09T11:30",   // Saturday evening
            "2025-03-09T21:00, 2025-03-10T11:00",   // Sunday after closing: Monday from 9
            "2025-03-03T19:00, 2025-03-03T21:00"})  // exactly to closing time
    void twoWorkingHoursOnTheStoresCalendar(String ordered, String due) {
        assertThat(defaults.dueAt(kyiv(ordered))).isEqualTo(kyiv(due));
    }

    @Test
    void neverLaterThan24HoursAfterTheOrder() {
        OrderProcessProperties.ContactHours oneHourADay = new OrderProcessProperties.ContactHours(KYIV,
                LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(9, 0), LocalTime.of(10, 0), null, null);
        ContactSla sla = new ContactSla(new OrderProcessProperties(null, null, oneHourADay));
        Instant ordered = kyiv("2025-03-03T09:30");
        assertThat(sla.dueAt(ordered)).isEqualTo(ordered.plus(Duration.ofHours(24)));
    }

    @Test
    void callingHoursAndWorkingTimeAreConfigurable() {
        OrderProcessProperties.ContactHours allDay = new OrderProcessProperties.ContactHours(KYIV,
                LocalTime.of(8, 0), LocalTime.of(22, 0), LocalTime.of(8, 0), LocalTime.of(22, 0),
                Duration.ofMinutes(30), null);
        ContactSla sla = new ContactSla(new OrderProcessProperties(null, null, allDay));
        assertThat(sla.dueAt(kyiv("2025-03-08T07:00"))).isEqualTo(kyiv("2025-03-08T08:30"));
    }

    @Test
    void acrossTheSpringClockChangeWallClockHoursCount() {
        // Saturday night before Kyiv moves to summer time (30 March, 03:00): Sunday opens at 10 local, due 12:00
        assertThat(defaults.dueAt(kyiv("2025-03-29T23:00"))).isEqualTo(kyiv("2025-03-30T12:00"));
    }

    @Test
    void theEngineFlavourTakesAndGivesDates() {
        Date ordered = Date.from(kyiv("2025-03-03T10:00"));
        assertThat(defaults.dueBy(ordered)).isEqualTo(Date.from(kyiv("2025-03-03T12:00")));
    }

    private static Instant kyiv(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KYIV).toInstant();
    }
}
