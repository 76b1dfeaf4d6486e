package ua.orderflow.order;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The lifecycle settings as the BPMN reads them ({@code ${orderSettings.recallAfter}}): status ids as
 * numbers, timer durations as ISO-8601 strings, stages by name.
 */
@Component("orderSettings")
public class OrderSettings {

    /** Values of the process variable {@code cancelReason} (the manager's own choice otherwise). */
    public static final String UNPAID = "unpaid";
    public static final String OUT_OF_STOCK = "out_of_stock";

    private final OrderProcessProperties properties;
    private final StageMapping stages;

    public OrderSettings(OrderProcessProperties properties, StageMapping stages) {
        this.properties = properties;
        this.stages = stages;
    }

    public int getNotReachedFirstStatus() {
        return properties.statusIds().notReachedFirst();
    }

    public int getNotReachedSecondStatus() {
        return properties.statusIds().notReachedSecond();
    }

    public int getShippedWithTtnStatus() {
        return properties.statusIds().shippedWithTtn();
    }

    /**
     * The cancel statuses to try, best first, for a cancellation for {@code reason}: the one the
     * manager chose, or the configured ones for an unpaid order or goods out of stock. Which of them
     * is sent is for ROZETKA's list of allowed statuses to decide.
     */
    public List<Integer> cancelPreferences(String reason, Object chosenStatus) {
        return switch (reason == null ? "" : reason) {
            case UNPAID -> properties.statusIds().unpaid();
            case OUT_OF_STOCK -> properties.statusIds().outOfStock();
            default -> chosenStatus == null ? List.of() : List.of(Integer.parseInt(String.valueOf(chosenStatus)));
        };
    }

    public String getRecallAfter() {
        return properties.timers().recallAfter().toString();
    }

    public String getPaymentReminderAfter() {
        return properties.timers().paymentReminderAfter().toString();
    }

    public String getDeliveryDeadline() {
        return properties.timers().deliveryDeadline().toString();
    }

    /** Whether a cancellation after shipment means the goods are back with us (refused, not picked up, returned). */
    public boolean goodsComeBack(Object statusId) {
        return AfterShipment.goodsComeBack(Integer.parseInt(String.valueOf(statusId)));
    }

    /** 15 «Некоректний ТТН»: the manager is to send a correct TTN. */
    public boolean isIncorrectTtn(Object statusId) {
        return Integer.parseInt(String.valueOf(statusId)) == AfterShipment.INCORRECT_TTN;
    }

    /**
     * Whether a status after shipment wants a supervisor's eye: a return on its way, or an id the
     * stage table does not know (never taken for "on its way", and never silent till the 45 days).
     */
    public boolean needsAttentionAfterShipment(Object statusId) {
        int status = Integer.parseInt(String.valueOf(statusId));
        return AfterShipment.isReturning(status) || !stages.isKnown(status);
    }

    /** The name of the stage a ROZETKA status puts the order in, for the process variable {@code stage}. */
    public String stageOf(Object statusId) {
        return stages.stageOf(Integer.parseInt(String.valueOf(statusId)), null).name();
    }
}
