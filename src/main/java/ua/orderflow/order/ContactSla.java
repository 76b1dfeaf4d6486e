package ua.orderflow.order;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When a new order must have been called at the latest: the order's time plus two working hours on
 * the store's calendar, never later than 24 hours after the order. The BPMN reads it as
 * {@code ${contactSla.dueBy(orderedAt)}} for the task's due date and the escalation timer.
 */
@Component("contactSla")
public class ContactSla {

    private final OrderProcessProperties.ContactHours hours;

    public ContactSla(OrderProcessProperties properties) {
        this.hours = properties.contactHours();
    }

    public Instant dueAt(Instant orderedAt) {
        Duration left = hours.workingTime();
        ZonedDateTime cursor = orderedAt.atZone(hours.zone());
        while (true) {
            ZonedDateTime opens = cursor.with(from(cursor));
            ZonedDateTime closes = cursor.with(to(cursor));
            if (!cursor.isBefore(closes)) {
                cursor = cursor.toLocalDate().plusDays(1).atStartOfDay(hours.zone());
                continue;
            }
            if (cursor.isBefore(opens)) {
                cursor = opens;
            }
            Duration open = Duration.between(cursor, closes);
            if (open.compareTo(left) >= 0) {
                cursor = cursor.plus(left);
                break;
            }
            left = left.minus(open);
            cursor = closes;
        }
        Instant latest = orderedAt.plus(hours.latest());
        return cursor.toInstant().isAfter(latest) ? latest : cursor.toInstant();
    }

    /** The engine's flavour: Camunda takes a {@link Date} for due dates and timer dates. */
    public Date dueBy(Date orderedAt) {
        return Date.from(dueAt(orderedAt.toInstant()));
    }

    private LocalTime from(ZonedDateTime day) {
        return isWeekend(day) ? hours.weekendFrom() : hours.weekdayFrom();
    }

    private LocalTime to(ZonedDateTime day) {
        return isWeekend(day) ? hours.weekendTo() : hours.weekdayTo();
    }

    private static boolean isWeekend(ZonedDateTime day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
