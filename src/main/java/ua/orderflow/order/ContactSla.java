package ua.orderflow.order;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;
import ua.orderflow.shop.UkrainianHolidays;
import ua.orderflow.shop.WorkingCalendar;
import ua.orderflow.shop.WorkingWeek;

/**
 * When a new order must have been called at the latest (seed 002): two working hours on the shop's
 * calendar after the order, and never later than 24 hours after it, the days the shop does not work
 * (its days off, and public holidays when they are not working days) excepted. The BPMN reads it as
 * {@code ${contactSla.dueBy(shopId, orderedAt)}} for the task's due date and the escalation timer.
 */
@Component("contactSla")
public class ContactSla {

    /** A year and more of days without a working hour: a calendar nobody can meet. */
    private static final int MAX_DAYS = 400;

    private final OrderProcessProperties.ContactHours hours;
    private final Duration recallAfter;
    private final Shops shops;
    private final UkrainianHolidays holidays;
    private final Map<String, WorkingCalendar> calendars = new ConcurrentHashMap<>();

    public ContactSla(OrderProcessProperties properties, Shops shops) {
        this.hours = properties.contactHours();
        this.recallAfter = properties.timers().recallAfter();
        this.shops = shops;
        this.holidays = new UkrainianHolidays(hours.holidays());
    }

    public Instant dueAt(String shopId, Instant orderedAt) {
        WorkingCalendar calendar = calendar(shopId);
        Duration left = hours.workingTime();
        ZonedDateTime cursor = orderedAt.atZone(hours.zone());
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
                        return earlier(cursor.plus(left).toInstant(), latest(calendar, orderedAt));
                    }
                    left = left.minus(available);
                }
            }
            cursor = date.plusDays(1).atStartOfDay(hours.zone());
        }
        return latest(calendar, orderedAt);
    }

    /** The engine's flavour: Camunda takes a {@link Date} for due dates and timer dates. */
    public Date dueBy(String shopId, Date orderedAt) {
        return Date.from(dueAt(shopId, orderedAt.toInstant()));
    }

    /**
     * When to call a buyer back who could not be reached at {@code from}: the configured pause later,
     * or when the shop opens next if that falls outside its hours.
     */
    public Date callBackAt(String shopId, Date from) {
        WorkingCalendar calendar = calendar(shopId);
        ZonedDateTime cursor = from.toInstant().plus(recallAfter).atZone(hours.zone());
        for (int day = 0; day < MAX_DAYS; day++) {
            LocalDate date = cursor.toLocalDate();
            Optional<WorkingCalendar.Hours> open = calendar.hours(date);
            if (open.isPresent() && cursor.isBefore(at(date, open.get().to()))) {
                ZonedDateTime opens = at(date, open.get().from());
                return Date.from((cursor.isBefore(opens) ? opens : cursor).toInstant());
            }
            cursor = date.plusDays(1).atStartOfDay(hours.zone());
        }
        return Date.from(from.toInstant().plus(recallAfter));
    }

    /** {@code latest} after the order, counting only the days the shop works (seed 002's exception). */
    private Instant latest(WorkingCalendar calendar, Instant orderedAt) {
        Duration left = hours.latest();
        ZonedDateTime cursor = orderedAt.atZone(hours.zone());
        for (int day = 0; day < MAX_DAYS; day++) {
            ZonedDateTime midnight = cursor.toLocalDate().plusDays(1).atStartOfDay(hours.zone());
            if (calendar.isWorkingDay(cursor.toLocalDate())) {
                Duration today = Duration.between(cursor, midnight);
                if (today.compareTo(left) >= 0) {
                    return cursor.plus(left).toInstant();
                }
                left = left.minus(today);
            }
            cursor = midnight;
        }
        return orderedAt.plus(hours.latest());
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

    private static Instant earlier(Instant a, Instant b) {
        return a.isAfter(b) ? b : a;
    }
}
