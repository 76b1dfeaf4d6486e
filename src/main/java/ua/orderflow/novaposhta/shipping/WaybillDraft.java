package ua.orderflow.novaposhta.shipping;

import java.math.BigDecimal;

/**
 * What the ship form shows and the manager may change before the waybill is made: weight, seats and
 * description; the declared value is the invoice total and the amount to collect on delivery what
 * the buyer still owes (null when nothing is collected).
 */
public record WaybillDraft(BigDecimal weight, int seats, String description, BigDecimal declaredValue,
        BigDecimal cashOnDelivery) {
}
