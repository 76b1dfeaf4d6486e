package ua.orderflow.order;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;
import ua.orderflow.shop.UkrainianHolidays;
import ua.orderflow.shop.WorkingCalendar;
import ua.orderflow.shop.WorkingWeek;

/**
 * Each shop's working calendar (its own days and hours, the shop-wide ones where it gives none, and
 * Ukraine's holidays) and the two sums every deadline of the lifecycle is made of: working time
 * added to a moment, and the close of a working day some working days on.
 */
final class ShopCalendars {

    /** A year and more of days without a working hour: a calendar nobody can meet. */
    static final int MAX_DAYS = 400;

    private final OrderProcessProperties.ContactHours hours;
    private final Shops shops;
    private final UkrainianHolidays holidays;
    private final Map<String, WorkingCalendar> calendars = new ConcurrentHashMap<>();

    ShopCalendars(OrderProcessProperties.ContactHours hours, Shops shops) {
        this.hours = hours;
        this.shops = shops;
        this.holidays = new UkrainianHolidays(hours.holidays());
    }

    /** {@code workingTime} of the shop's hours after {@code from}; empty when the calendar has none. */
    Optional<Instant> plusWorkingTime(String shopId, Instant from, Duration workingTime) {
        WorkingCalendar calendar = calendar(shopId);
        Duration left = workingTime;
        ZonedDateTime cursor = from.atZone(hours.zone());
        for (int day = 0; day < MAX_DAYS; day++) {
            LocalDate date = cursor.toLocalDate();
            Optional<WorkingCalendar.Hours> open = calendar.hours(date);
            if (open.isPresent()) {
                ZonedDateTime opens = at(date, open.get().from());
                ZonedDateTime closes = at(date, open.get().to());
                if (cursor.isBefore(closes)) {
                    cursor = cursor.isBefore(opens) ? opens : cursor;
                    Duration available = Duration.between(cursor, closes);
                    if (available.compareTo(left) >= 0) {
                        return Optional.of(cursor.plus(left).toInstant());
                    }
                    left = left.minus(available);
                }
            }
            cursor = date.plusDays(1).atStartOfDay(hours.zone());
        }
        return Optional.empty();
    }

    /**
     * When the shop closes on the working day {@code workingDays} after the one {@code from} falls in
     * (0: that same day, or the next the shop works if it is closed by then); empty without any.
     */
    Optional<Instant> closeOfWorkingDay(String shopId, Instant from, int workingDays) {
        WorkingCalendar calendar = calendar(shopId);
        ZonedDateTime start = from.atZone(hours.zone());
        int toGo = workingDays;
        for (int day = 0; day < MAX_DAYS; day++) {
            LocalDate date = start.toLocalDate().plusDays(day);
            Optional<WorkingCalendar.Hours> open = calendar.hours(date);
            if (open.isEmpty() || (day == 0 && !start.isBefore(at(date, open.get().to())))) {
                continue;
            }
            if (toGo == 0) {
                return Optional.of(at(date, open.get().to()).toInstant());
            }
            toGo--;
        }
        return Optional.empty();
    }

    /** Whether the shop works on {@code date} at all. */
    boolean isWorkingDay(String shopId, LocalDate date) {
        return calendar(shopId).isWorkingDay(date);
    }

    ZonedDateTime zoned(Instant at) {
        return at.atZone(hours.zone());
    }

    private WorkingCalendar calendar(String shopId) {
        return calendars.computeIfAbsent(shopId == null ? "" : shopId, id -> {
            WorkingWeek own = shops.shops().stream().filter(s -> s.id().equals(id)).findFirst().map(Shop::schedule)
                    .orElse(WorkingWeek.everyDay());
            WorkingWeek week = new WorkingWeek(own.days(), or(own.weekdayFrom(), hours.weekdayFrom()),
                    or(own.weekdayTo(), hours.weekdayTo()), or(own.weekendFrom(), hours.weekendFrom()),
                    or(own.weekendTo(), hours.weekendTo()));
            return new WorkingCalendar(week, holidays, hours.holidaysAreWorkingDays());
        });
    }

    private ZonedDateTime at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(hours.zone());
    }

    private static LocalTime or(LocalTime own, LocalTime shopWide) {
        return own != null ? own : shopWide;
    }
}
