package ua.orderflow.novaposhta;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What {@code InternetDocument.save} needs (novaposhta-api.md §4.2), sender and recipient already
 * resolved to Refs. {@code cashOnDelivery} is the amount Nova Poshta collects and sends back
 * (BackwardDeliveryData), null for none. {@code orderId} goes into InfoRegClientBarcodes, so the
 * waybill of an order can be found again.
 */
public record WaybillRequest(
        String orderId,
        LocalDate shipOn,
        String payerType,
        String paymentMethod,
        String cargoType,
        BigDecimal weight,
        int seats,
        String description,
        BigDecimal declaredValue,
        BigDecimal cashOnDelivery,
        String citySender,
        String sender,
        String senderAddress,
        String contactSender,
        String sendersPhone,
        String cityRecipient,
        String recipient,
        String recipientAddress,
        String contactRecipient,
        String recipientsPhone) {
}
