package ua.orderflow.shop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ukraine's public holidays by today's Labour Code (КЗпП art. 73, as of 2023): nine dated ones and
 * Easter and Trinity, both on the Orthodox date; and art. 67's days off, taken the next working day
 * when a holiday falls on a weekend. A year given in configuration takes exactly the dates listed
 * for it (the law or a government decision may change them).
 */
public final class UkrainianHolidays {

    /** 1 Jan, 8 Mar, 1 May, 8 May, 28 Jun, 15 Jul, 24 Aug, 1 Oct, 25 Dec. */
    private static final List<MonthDay> DATED = List.of(MonthDay.of(1, 1), MonthDay.of(3, 8), MonthDay.of(5, 1),
            MonthDay.of(5, 8), MonthDay.of(6, 28), MonthDay.of(7, 15), MonthDay.of(8, 24), MonthDay.of(10, 1),
            MonthDay.of(12, 25));
    private static final int TRINITY_AFTER_EASTER = 49;

    private final Map<Integer, List<LocalDate>> configured;

    public UkrainianHolidays(Map<Integer, List<LocalDate>> configured) {
        this.configured = configured == null ? Map.of() : Map.copyOf(configured);
    }

    /** The year's holidays themselves: the festive days, when calling hours are the weekend's. */
    public Set<LocalDate> holidays(int year) {
        List<LocalDate> listed = configured.get(year);
        if (listed != null) {
            return new TreeSet<>(listed);
        }
        Set<LocalDate> days = new TreeSet<>();
        DATED.forEach(day -> days.add(day.atYear(year)));
        LocalDate easter = orthodoxEaster(year);
        days.add(easter);
        days.add(easter.plusDays(TRINITY_AFTER_EASTER));
        return days;
    }

    /** The holidays and, for a year taken from the law, the weekdays off that art. 67 moves them to. */
    public Set<LocalDate> daysOff(int year) {
        Set<LocalDate> off = new TreeSet<>(holidays(year));
        if (configured.containsKey(year)) {
            return off;
        }
        for (LocalDate holiday : holidays(year)) {
            if (isWeekend(holiday)) {
                LocalDate next = holiday.plusDays(1);
                while (isWeekend(next) || off.contains(next)) {
                    next = next.plusDays(1);
                }
                off.add(next);
            }
        }
        return off;
    }

    /** Easter by the Julian computus (Meeus), moved to the Gregorian calendar: 13 days in 1900–2099. */
    static LocalDate orthodoxEaster(int year) {
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        return LocalDate.of(year, month, day).plusDays(13);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
