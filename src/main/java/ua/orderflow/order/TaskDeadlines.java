package ua.orderflow.order;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;
import ua.orderflow.shop.Shops;

/**
 * When each waiting task of an order is due, on the shop's calendar (orderflow.order.deadlines). The
 * BPMN stores the answer in a variable as the task starts ({@code shipBy}, {@code payBy}, …) and
 * takes it as the task's {@code camunda:dueDate}, so Tasklist sorts by it and the desk can show it.
 * The engine passes and takes {@link Date}s.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

    private final OrderProcessProperties.Deadlines rules;
    private final ShopCalendars calendars;

    public TaskDeadlines(OrderProcessProperties properties, Shops shops) {
        this.rules = properties.deadlines();
        this.calendars = new ShopCalendars(properties.contactHours(), shops);
    }

    /** Ship by: closing time of the shop's working day {@code shipWithinDays} after {@code from}. */
    public Date shipBy(String shopId, Date from) {
        return close(shopId, from.toInstant(), rules.shipWithinDays());
    }

    /**
     * Pay by: the shop's closing time on the day {@code payWithin} after the order runs out (a late
     * check of a payment long overdue is due at once: its date has passed). Without the order's time,
     * counted from {@code now}.
     */
    public Date payBy(String shopId, Date orderedAt, Date now) {
        Instant from = (orderedAt == null ? now : orderedAt).toInstant().plus(rules.payWithin());
        return close(shopId, from, 0);
    }

    /** Within {@code answerWithin} of working time: a refused status, a TTN ROZETKA does not know, a missed call. */
    public Date answerBy(String shopId, Date from) {
        return working(shopId, from.toInstant(), rules.answerWithin());
    }

    /** The own courier's delivery recorded by closing time, {@code deliverWithinDays} working days on. */
    public Date deliverBy(String shopId, Date from) {
        return close(shopId, from.toInstant(), rules.deliverWithinDays());
    }

    /** A supervisor's review by closing time, {@code reviewWithinDays} working days on. */
    public Date reviewBy(String shopId, Date from) {
        return close(shopId, from.toInstant(), rules.reviewWithinDays());
    }

    private Date close(String shopId, Instant from, int workingDays) {
        // a calendar without a working day in a year: due then, rather than never
        return Date.from(calendars.closeOfWorkingDay(shopId, from, workingDays)
                .orElse(from.plus(Duration.ofDays(Math.max(1, workingDays)))));
    }

    private Date working(String shopId, Instant from, Duration time) {
        return Date.from(calendars.plusWorkingTime(shopId, from, time).orElse(from.plus(time)));
    }
}
