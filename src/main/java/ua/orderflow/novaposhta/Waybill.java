package ua.orderflow.novaposhta;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A waybill Nova Poshta holds: {@code number} is the 14-digit TTN (IntDocNumber) that goes to ROZETKA,
 * {@code ref} what update, delete and printing take. {@code orderId} is what we wrote into
 * InfoRegClientBarcodes, when the answer carries it.
 */
public record Waybill(String ref, String number, BigDecimal deliveryCost, LocalDate estimatedDelivery,
        String orderId) {
}
