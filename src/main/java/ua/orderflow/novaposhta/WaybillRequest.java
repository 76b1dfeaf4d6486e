package ua.orderflow.novaposhta;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What {@code InternetDocument.save} needs (novaposhta-api.md §4.2), sender and recipient already
 * resolved to Refs. {@code cashOnDelivery} is the amount Nova Poshta collects, null for none: sent
 * back as a money transfer (BackwardDeliveryData), or with {@code paymentControl} to the shop's bank
 * account (AfterpaymentOnGoodsCost). {@code door} is the buyer's address for courier delivery
 * (WarehouseDoors), null for a branch ({@code recipientAddress} is then the branch's Ref).
 * {@code orderId} goes into InfoRegClientBarcodes, so the waybill of an order can be found again.
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
        String recipientsPhone,
        Door door,
        boolean paymentControl) {

    /** The buyer's door: the city's name, the street, the house and the flat (may be blank). */
    public record Door(String cityName, String street, String house, String flat) {
    }
}
