package ua.orderflow.order;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;
import ua.orderflow.shop.Shops;

/**
 * When a new order must have been called at the latest (seed 002): two working hours on the shop's
 * calendar after the order, and never later than 24 hours after it, the days the shop does not work
 * (its days off, and public holidays when they are not working days) excepted. The BPMN reads it as
 * {@code ${contactSla.dueBy(shopId, orderedAt)}} for the task's due date and the escalation timer.
 */
@Component("contactSla")
public class ContactSla {

    private final OrderProcessProperties.ContactHours hours;
    private final Duration recallAfter;
    private final ShopCalendars calendars;

    public ContactSla(OrderProcessProperties properties, Shops shops) {
        this.hours = properties.contactHours();
        this.recallAfter = properties.timers().recallAfter();
        this.calendars = new ShopCalendars(hours, shops);
    }

    public Instant dueAt(String shopId, Instant orderedAt) {
        Instant latest = latest(shopId, orderedAt);
        return calendars.plusWorkingTime(shopId, orderedAt, hours.workingTime()).filter(due -> due.isBefore(latest))
                .orElse(latest);
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
        Instant after = from.toInstant().plus(recallAfter);
        // the first working moment at or after the pause: zero working time added
        return Date.from(calendars.plusWorkingTime(shopId, after, Duration.ZERO).orElse(after));
    }

    /** {@code latest} after the order, counting only the days the shop works (seed 002's exception). */
    private Instant latest(String shopId, Instant orderedAt) {
        Duration left = hours.latest();
        ZonedDateTime cursor = calendars.zoned(orderedAt);
        for (int day = 0; day < ShopCalendars.MAX_DAYS; day++) {
            ZonedDateTime midnight = cursor.toLocalDate().plusDays(1).atStartOfDay(hours.zone());
            if (calendars.isWorkingDay(shopId, cursor.toLocalDate())) {
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
}
