package ua.orderflow.order;

import org.springframework.stereotype.Component;

/**
 * The lifecycle settings as the BPMN reads them ({@code ${orderSettings.recallAfter}}): status ids as
 * numbers, timer durations as ISO-8601 strings, stages by name.
 */
@Component("orderSettings")
public class OrderSettings {

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

    public int getUnpaidStatus() {
        return properties.statusIds().unpaid();
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

    /** The name of the stage a ROZETKA status puts the order in, for the process variable {@code stage}. */
    public String stageOf(Object statusId) {
        return stages.stageOf(Integer.parseInt(String.valueOf(statusId)), null).name();
    }
}
