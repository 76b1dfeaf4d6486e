package ua.orderflow.sandbox.novaposhta;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One waybill the simulated account created, with the status an admin forced on it, if any. */
final class NpParcel {

    final String ref;
    final String number;
    final String orderBarcode;
    final Instant created;
    final LocalDate shipOn;
    final BigDecimal weight;
    final int seats;
    final BigDecimal cost;
    final BigDecimal cashOnDelivery;
    final String payerType;
    final String paymentMethod;
    final String cityRecipient;
    final String recipientAddress;
    final String recipientPhone;
    final BigDecimal deliveryCost;
    /** WarehouseWarehouse, or WarehouseDoors with the address in words in {@code recipientAddress}. */
    final String serviceType;
    boolean deleted;
    Integer forcedStatus;
    Instant forcedAt;

    NpParcel(String ref, String number, String orderBarcode, Instant created, LocalDate shipOn, BigDecimal weight,
            int seats, BigDecimal cost, BigDecimal cashOnDelivery, String payerType, String paymentMethod,
            String cityRecipient, String recipientAddress, String recipientPhone, BigDecimal deliveryCost,
            String serviceType) {
        this.ref = ref;
        this.number = number;
        this.orderBarcode = orderBarcode;
        this.created = created;
        this.shipOn = shipOn;
        this.weight = weight;
        this.seats = seats;
        this.cost = cost;
        this.cashOnDelivery = cashOnDelivery;
        this.payerType = payerType;
        this.paymentMethod = paymentMethod;
        this.cityRecipient = cityRecipient;
        this.recipientAddress = recipientAddress;
        this.recipientPhone = recipientPhone;
        this.deliveryCost = deliveryCost;
        this.serviceType = serviceType == null || serviceType.isBlank() ? "WarehouseWarehouse" : serviceType;
    }

    boolean toDoor() {
        return serviceType.endsWith("Doors");
    }

    boolean cashOnDelivery() {
        return cashOnDelivery != null && cashOnDelivery.signum() > 0;
    }
}
