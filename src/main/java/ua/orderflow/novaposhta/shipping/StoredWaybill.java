package ua.orderflow.novaposhta.shipping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of np_waybill: a waybill made for an order, and what tracking last said of it. */
public record StoredWaybill(long id, String shopId, long orderId, String ref, String number, String recipientPhone,
        BigDecimal declaredValue, BigDecimal cashOnDelivery, BigDecimal weight, int seats, BigDecimal deliveryCost,
        LocalDateTime createdAt, LocalDateTime deletedAt, Integer statusCode, String statusText,
        LocalDateTime statusAt, boolean payoutBooked, LocalDateTime handedOverAt, String registerRef,
        LocalDate reserveUntil, LocalDateTime storageWarnedAt) {

    public boolean hasCashOnDelivery() {
        return cashOnDelivery != null && cashOnDelivery.signum() > 0;
    }

    /** Not yet in Nova Poshta's hands: created by us (1) or never tracked. */
    public boolean beforeHandover() {
        return statusCode == null || statusCode == 1;
    }
}
