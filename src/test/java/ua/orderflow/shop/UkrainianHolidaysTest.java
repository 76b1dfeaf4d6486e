package ua.orderflow.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import ua.orderflow.order.OrderProcessProperties;

class UkrainianHolidaysTest {

    private final UkrainianHolidays law = new UkrainianHolidays(null);

    @ParameterizedTest(name = "Orthodox Easter {0}")
    @CsvSource({"2024-05-05", "2025-04-20", "2026-04-12", "2027-05-02", "2028-04-16"})
    void easterIsTheOrthodoxOne(LocalDate easter) {
        assertThat(UkrainianHolidays.orthodoxEaster(easter.getYear())).isEqualTo(easter);
        assertThat(law.holidays(easter.getYear())).contains(easter, easter.plusDays(49));
    }

    @Test
    void theLabourCodesElevenHolidays() {
        assertThat(law.holidays(2026)).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 8),
                LocalDate.of(2026, 4, 12), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 8),
                LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 28), LocalDate.of(2026, 7, 15),
                LocalDate.of(2026, 8, 24), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 25));
    }

    @Test
    void aHolidayOnAWeekendGivesTheNextWorkingDayOff() {
        // 2026: 8 March, Easter (12 April), Trinity (31 May) and 28 June fall on a Sunday
        assertThat(law.daysOff(2026)).contains(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 4, 13),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 29));
        assertThat(law.daysOff(2026)).filteredOn(d -> !law.holidays(2026).contains(d))
                .allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
    }

    @Test
    void theSwitchAndAYearsListBindFromConfiguration() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "orderflow.order.contact-hours.holidays-are-working-days", "false",
                "orderflow.order.contact-hours.holidays.2027[0]", "2027-01-01",
                "orderflow.order.contact-hours.holidays.2027[1]", "2027-03-03")));
        OrderProcessProperties.ContactHours hours = binder.bind("orderflow.order", OrderProcessProperties.class).get()
                .contactHours();
        assertThat(hours.holidaysAreWorkingDays()).isFalse();
        assertThat(hours.holidays()).containsEntry(2027, List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 3)));
        assertThat(new UkrainianHolidays(hours.holidays()).daysOff(2027))
                .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 3));
        assertThat(OrderProcessProperties.defaults().contactHours().holidaysAreWorkingDays())
                .as("martial law: holidays are working days").isTrue();
    }

    @Test
    void aShopsScheduleBindsFromConfiguration() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "orderflow.shops[0].id", "main",
                "orderflow.shops[0].schedule.days", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY",
                "orderflow.shops[0].schedule.weekday-from", "10:00")));
        Shop shop = binder.bind("orderflow", Shops.class).get().byId("main");
        assertThat(shop.schedule().days()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY);
        assertThat(shop.schedule().weekdayFrom()).hasToString("10:00");
        assertThat(shop.schedule().weekdayTo()).isNull();
    }
}
