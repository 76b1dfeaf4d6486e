package ua.orderflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;
import ua.orderflow.shop.WorkingWeek;

class ContactSlaTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final String SHOP = "main";
    private final ContactSla defaults = sla(hours(null, null), WorkingWeek.everyDay());
    /** Public holidays as days off, as the Labour Code has them when martial law does not suspend it. */
    private final ContactSla holidaysOff = sla(hours(false, null), WorkingWeek.everyDay());

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
        assertThat(defaults.dueAt(SHOP, kyiv(ordered))).isEqualTo(kyiv(due));
    }

    @ParameterizedTest(name = "holidays worked: ordered {0} → due {1}")
    @CsvSource({
            "2026-08-24T09:00, 2026-08-24T12:00",   // Independence Day, a Monday: called 10–20 as at weekends
            "2025-12-25T19:30, 2025-12-26T10:30",   // Christmas evening: half an hour to 20:00, then Friday from 9
            "2026-04-13T09:00, 2026-04-13T11:00"})  // Easter Monday is an ordinary day while holidays are worked
    void whileMartialLawMakesHolidaysWorkingDaysBuyersAreCalledAtWeekendHoursOnThem(String ordered, String due) {
        assertThat(defaults.dueAt(SHOP, kyiv(ordered))).isEqualTo(kyiv(due));
    }

    @ParameterizedTest(name = "holidays off: ordered {0} → due {1}")
    @CsvSource({
            "2025-12-24T20:00, 2025-12-26T10:00",   // Christmas Eve: an hour today, none on the 25th
            "2025-12-31T22:00, 2026-01-02T11:00",   // New Year's Eve night: 1 January is off
            "2025-08-23T19:30, 2025-08-26T10:30",   // 24 August is a Sunday: its day off moves to Monday the 25th
            "2026-04-11T19:30, 2026-04-14T10:30",   // Orthodox Easter 12 April 2026 and its Monday off
            "2026-05-30T19:30, 2026-06-02T10:30",   // Trinity 31 May 2026: Monday 1 June is off too
            "2026-03-09T10:00, 2026-03-10T11:00"})  // 8 March 2026 is a Sunday: Monday 9 March is off
    void whenHolidaysAreDaysOffTheyAndTheirCarriedOverDaysAreExcepted(String ordered, String due) {
        assertThat(holidaysOff.dueAt(SHOP, kyiv(ordered))).isEqualTo(kyiv(due));
    }

    @Test
    void aYearsHolidaysCanBeConfiguredInsteadOfTheLabourCodesList() {
        ContactSla sla = sla(hours(false, Map.of(2027, List.of(LocalDate.of(2027, 3, 3)))), WorkingWeek.everyDay());
        assertThat(sla.dueAt(SHOP, kyiv("2027-03-02T20:00"))).isEqualTo(kyiv("2027-03-04T10:00"));
        // the configured list replaces the law's for that year: 8 March 2027 is an ordinary Monday
        assertThat(sla.dueAt(SHOP, kyiv("2027-03-08T10:00"))).isEqualTo(kyiv("2027-03-08T12:00"));
    }

    @Test
    void eachShopWorksItsOwnDaysAndHoursAndWeekendsItDoesNotWorkAreExcepted() {
        WorkingWeek weekdays = new WorkingWeek(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(10, 0), LocalTime.of(18, 0), null, null);
        ContactSla sla = sla(hours(null, null), weekdays);
        assertThat(sla.dueAt(SHOP, kyiv("2025-03-07T17:30"))).as("Friday, half an hour left: Monday from 10")
                .isEqualTo(kyiv("2025-03-10T11:30"));
        assertThat(sla.dueAt(SHOP, kyiv("2025-03-08T12:00"))).as("Saturday: the shop is closed")
                .isEqualTo(kyiv("2025-03-10T12:00"));
        assertThat(sla.dueAt("another", kyiv("2025-03-08T12:00"))).as("a shop without a schedule works every day")
                .isEqualTo(kyiv("2025-03-08T14:00"));
    }

    @Test
    void neverLaterThan24HoursAfterTheOrder() {
        OrderProcessProperties.ContactHours oneHourADay = new OrderProcessProperties.ContactHours(KYIV,
                LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(9, 0), LocalTime.of(10, 0), null, null, null, null);
        ContactSla sla = sla(oneHourADay, WorkingWeek.everyDay());
        Instant ordered = kyiv("2025-03-03T09:30");
        assertThat(sla.dueAt(SHOP, ordered)).isEqualTo(ordered.plus(Duration.ofHours(24)));
    }

    @Test
    void theDaysTheShopDoesNotWorkDoNotCountTowardsThe24Hours() {
        OrderProcessProperties.ContactHours oneHourADay = new OrderProcessProperties.ContactHours(KYIV,
                LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(9, 0), LocalTime.of(10, 0), null, null, false, null);
        ContactSla sla = sla(oneHourADay, WorkingWeek.everyDay());
        // 24 December 09:30: 14.5 h of the 24th, none of the 25th, 9.5 h of the 26th
        assertThat(sla.dueAt(SHOP, kyiv("2025-12-24T09:30"))).isEqualTo(kyiv("2025-12-26T09:30"));
    }

    @Test
    void callingHoursAndWorkingTimeAreConfigurable() {
        OrderProcessProperties.ContactHours allDay = new OrderProcessProperties.ContactHours(KYIV,
                LocalTime.of(8, 0), LocalTime.of(22, 0), LocalTime.of(8, 0), LocalTime.of(22, 0),
                Duration.ofMinutes(30), null, null, null);
        ContactSla sla = sla(allDay, WorkingWeek.everyDay());
        assertThat(sla.dueAt(SHOP, kyiv("2025-03-08T07:00"))).isEqualTo(kyiv("2025-03-08T08:30"));
    }

    @Test
    void acrossTheSpringClockChangeWallClockHoursCount() {
        // Saturday night before Kyiv moves to summer time (30 March, 03:00): Sunday opens at 10 local, due 12:00
        assertThat(defaults.dueAt(SHOP, kyiv("2025-03-29T23:00"))).isEqualTo(kyiv("2025-03-30T12:00"));
    }

    @Test
    void theEngineFlavourTakesAndGivesDates() {
        Date ordered = Date.from(kyiv("2025-03-03T10:00"));
        assertThat(defaults.dueBy(SHOP, ordered)).isEqualTo(Date.from(kyiv("2025-03-03T12:00")));
    }

    private static OrderProcessProperties.ContactHours hours(Boolean holidaysWorked,
            Map<Integer, List<LocalDate>> holidays) {
        return new OrderProcessProperties.ContactHours(null, null, null, null, null, null, null, holidaysWorked, holidays);
    }

    private static ContactSla sla(OrderProcessProperties.ContactHours hours, WorkingWeek week) {
        Shop shop = new Shop(SHOP, "Магазин", "/sandbox/rozetka", "u", "p", "Каса", "UA00", null, null, null, week);
        return new ContactSla(new OrderProcessProperties(null, null, hours, null), new Shops(List.of(shop)));
    }

    private static Instant kyiv(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KYIV).toInstant();
    }
}
