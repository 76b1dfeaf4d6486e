package ua.orderflow.order;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the order lifecycle ({@code orderflow.order.*}): the status ids a shop may choose
 * differently, the process timers and the store's calling hours. Every value has a default, so an
 * empty section is a valid configuration.
 *
 * @param statusIds ROZETKA status ids the process pushes where a shop may choose
 * @param timers the process timers
 * @param contactHours the store's calling hours for the contact deadline
 * @param deadlines the shop's rules for when the other tasks of an order are due
 */
@ConfigurationProperties("orderflow.order")
public record OrderProcessProperties(StatusIds statusIds, Timers timers, ContactHours contactHours,
                                     Deadlines deadlines) {

    public OrderProcessProperties {
        statusIds = statusIds == null ? new StatusIds(null, null, null, null, null) : statusIds;
        timers = timers == null ? new Timers(null, null, null) : timers;
        contactHours = contactHours == null ? new ContactHours(null, null, null, null, null, null, null, null, null)
                : contactHours;
        deadlines = deadlines == null ? new Deadlines(null, null, null, null, null) : deadlines;
    }

    public static OrderProcessProperties defaults() {
        return new OrderProcessProperties(null, null, null, null);
    }

    /**
     * @param notReachedFirst "couldn't reach the customer, 1st time" (no confirmed id: 47 by default)
     * @param notReachedSecond "couldn't reach the customer, 2nd time" (48 by default)
     * @param shippedWithTtn the status sent with a TTN: 3 "handed to the carrier" or 61 "handover planned"
     * @param unpaid the cancel statuses for a card prepayment that never came, in order of preference
     *     (50 "no payment", then 40 "the buyer changed their mind", seed 002); the first ROZETKA allows
     *     for the order at that moment is sent
     * @param outOfStock the cancel statuses for goods not in stock, in order of preference (42, then 16)
     */
    public record StatusIds(Integer notReachedFirst, Integer notReachedSecond, Integer shippedWithTtn,
                            List<Integer> unpaid, List<Integer> outOfStock) {
        public StatusIds {
            notReachedFirst = notReachedFirst == null ? 47 : notReachedFirst;
            notReachedSecond = notReachedSecond == null ? 48 : notReachedSecond;
            shippedWithTtn = shippedWithTtn == null ? 3 : shippedWithTtn;
            unpaid = unpaid == null || unpaid.isEmpty() ? List.of(50, 40) : List.copyOf(unpaid);
            outOfStock = outOfStock == null || outOfStock.isEmpty() ? List.of(42, 16) : List.copyOf(outOfStock);
        }
    }

    /**
     * @param recallAfter how long after "couldn't reach" the manager is asked to call again
     * @param paymentReminderAfter how long a card prepayment is awaited before the manager is reminded
     * @param deliveryDeadline after shipment without a final status ROZETKA marks the order received (45 days)
     */
    public record Timers(Duration recallAfter, Duration paymentReminderAfter, Duration deliveryDeadline) {
        public Timers {
            recallAfter = recallAfter == null ? Duration.ofHours(2) : recallAfter;
            paymentReminderAfter = paymentReminderAfter == null ? Duration.ofDays(1) : paymentReminderAfter;
            deliveryDeadline = deliveryDeadline == null ? Duration.ofDays(45) : deliveryDeadline;
        }
    }

    /**
     * The shop-wide calling hours and ROZETKA's contact rule (seed 002): call within two working
     * hours, 9 to 21 on weekdays and 10 to 20 at weekends and on holidays, and never later than 24
     * hours after the order, weekends and holidays excepted. A shop may set its own days and hours
     * ({@code orderflow.shops[].schedule}); what it leaves out comes from here.
     *
     * @param zone the time zone of the calling hours
     * @param weekdayFrom when calling starts on weekdays
     * @param weekdayTo when calling ends on weekdays
     * @param weekendFrom when calling starts at weekends and on public holidays
     * @param weekendTo when calling ends at weekends and on public holidays
     * @param workingTime calling time within which a new order is due
     * @param latest a new order is due no later than this after it was placed, days the shop does not work
     *     excepted
     * @param holidaysAreWorkingDays whether Ukraine's public holidays are working days (weekend calling
     *     hours): true while martial law suspends them (Law 2136-IX, art. 6 part 6, since March 2022);
     *     false makes them and the days off they carry to a Monday (КЗпП art. 67) days without work
     * @param holidays the public holidays of a year, to replace the Labour Code's list for it (КЗпП art. 73:
     *     1 Jan, 8 Mar, 1 May, 8 May, 28 Jun, 15 Jul, 24 Aug, 1 Oct, 25 Dec, Orthodox Easter and Trinity)
     */
    public record ContactHours(ZoneId zone, LocalTime weekdayFrom, LocalTime weekdayTo, LocalTime weekendFrom,
                               LocalTime weekendTo, Duration workingTime, Duration latest,
                               Boolean holidaysAreWorkingDays, Map<Integer, List<LocalDate>> holidays) {
        public ContactHours {
            zone = zone == null ? ZoneId.of("Europe/Kyiv") : zone;
            weekdayFrom = weekdayFrom == null ? LocalTime.of(9, 0) : weekdayFrom;
            weekdayTo = weekdayTo == null ? LocalTime.of(21, 0) : weekdayTo;
            weekendFrom = weekendFrom == null ? LocalTime.of(10, 0) : weekendFrom;
            weekendTo = weekendTo == null ? LocalTime.of(20, 0) : weekendTo;
            workingTime = workingTime == null ? Duration.ofHours(2) : workingTime;
            latest = latest == null ? Duration.ofHours(24) : latest;
            holidaysAreWorkingDays = holidaysAreWorkingDays == null || holidaysAreWorkingDays;
            holidays = holidays == null ? Map.of() : Map.copyOf(holidays);
        }
    }

    /**
     * When the tasks after the first call are due, on the shop's calendar (its days and hours, see
     * {@code contact-hours}). ROZETKA's API gives no ship-by date of its own, so shipping follows the
     * shop's rule: out of the door by closing time of the next working day (seed 002: orders not
     * handled within a day or two are cancelled by buyers).
     *
     * @param shipWithinDays working days after confirmation (or after the card payment arrived) by whose
     *     closing time the order is to be handed to the carrier or courier; 0 means the same day
     * @param payWithin how long after the order a card prepayment may take; the payment check is due
     *     at the shop's closing time on the day this runs out
     * @param answerWithin working time within which a status conflict, an incorrect TTN or a missed
     *     contact deadline is to be dealt with
     * @param deliverWithinDays working days after shipment by whose closing time the own courier's
     *     delivery is to be recorded
     * @param reviewWithinDays working days by whose closing time a supervisor is to review a shipped
     *     order's item change, cancellation or delivery status
     */
    public record Deadlines(Integer shipWithinDays, Duration payWithin, Duration answerWithin,
                            Integer deliverWithinDays, Integer reviewWithinDays) {
        public Deadlines {
            shipWithinDays = shipWithinDays == null ? 1 : shipWithinDays;
            payWithin = payWithin == null ? Duration.ofDays(3) : payWithin;
            answerWithin = answerWithin == null ? Duration.ofHours(2) : answerWithin;
            deliverWithinDays = deliverWithinDays == null ? 2 : deliverWithinDays;
            reviewWithinDays = reviewWithinDays == null ? 1 : reviewWithinDays;
        }
    }
}
