package ua.orderflow.shop;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * When one shop works (seed 002: orders are handled by the shop's own schedule): the days of the
 * week it works and its hours on weekdays and at weekends. A value left out takes the shop-wide
 * default of {@code orderflow.order.contact-hours}; no days given means every day.
 *
 * @param days the days of the week the shop works (all seven when empty)
 * @param weekdayFrom when work starts Monday to Friday
 * @param weekdayTo when work ends Monday to Friday
 * @param weekendFrom when work starts on Saturday, Sunday and public holidays
 * @param weekendTo when work ends on Saturday, Sunday and public holidays
 */
public record WorkingWeek(Set<DayOfWeek> days, LocalTime weekdayFrom, LocalTime weekdayTo, LocalTime weekendFrom,
                          LocalTime weekendTo) {

    public WorkingWeek {
        days = days == null || days.isEmpty() ? Set.of(DayOfWeek.values()) : Set.copyOf(days);
    }

    /** Every day, all hours left to the defaults. */
    public static WorkingWeek everyDay() {
        return new WorkingWeek(null, null, null, null, null);
    }
}
