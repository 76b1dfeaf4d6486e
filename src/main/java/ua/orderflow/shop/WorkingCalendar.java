package ua.orderflow.shop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * One shop's working hours on a given date: its working week, with Ukraine's public holidays either
 * off or, while martial law makes them working days (Law 2136-IX, art. 6), worked at the hours of a
 * weekend, as seed 002 has buyers called "у вихідні та святкові дні з 10 до 20".
 */
public final class WorkingCalendar {

    /** From when to when on one date; {@code to} after {@code from}. */
    public record Hours(LocalTime from, LocalTime to) {
    }

    private final WorkingWeek week;
    private final UkrainianHolidays holidays;
    private final boolean holidaysAreWorkingDays;

    /** {@code week} with every hour given (the shop's own, or the defaults filled in). */
    public WorkingCalendar(WorkingWeek week, UkrainianHolidays holidays, boolean holidaysAreWorkingDays) {
        this.week = week;
        this.holidays = holidays;
        this.holidaysAreWorkingDays = holidaysAreWorkingDays;
    }

    /** Empty on a day the shop does not work. */
    public Optional<Hours> hours(LocalDate day) {
        if (!week.days().contains(day.getDayOfWeek())) {
            return Optional.empty();
        }
        if (holidaysAreWorkingDays) {
            return Optional.of(holidays.holidays(day.getYear()).contains(day) || isWeekend(day)
                    ? new Hours(week.weekendFrom(), week.weekendTo()) : new Hours(week.weekdayFrom(), week.weekdayTo()));
        }
        if (holidays.daysOff(day.getYear()).contains(day)) {
            return Optional.empty();
        }
        return Optional.of(isWeekend(day) ? new Hours(week.weekendFrom(), week.weekendTo())
                : new Hours(week.weekdayFrom(), week.weekdayTo()));
    }

    public boolean isWorkingDay(LocalDate day) {
        return hours(day).isPresent();
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
