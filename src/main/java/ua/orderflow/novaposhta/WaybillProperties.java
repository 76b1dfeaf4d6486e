package ua.orderflow.novaposhta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A waybill request as InternetDocument.save's methodProperties. */
final class WaybillProperties {

    private WaybillProperties() {
    }

    static Map<String, Object> of(WaybillRequest w) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("PayerType", w.payerType());
        props.put("PaymentMethod", w.paymentMethod());
        props.put("DateTime", w.shipOn().format(NpValues.DOTTED_DATE));
        props.put("CargoType", w.cargoType());
        props.put("Weight", NpValues.number(w.weight()));
        props.put("ServiceType", w.door() == null ? "WarehouseWarehouse" : "WarehouseDoors");
        props.put("SeatsAmount", String.valueOf(w.seats()));
        props.put("Description", w.description());
        props.put("Cost", NpValues.number(w.declaredValue()));
        props.put("CitySender", w.citySender());
        props.put("Sender", w.sender());
        props.put("SenderAddress", w.senderAddress());
        props.put("ContactSender", w.contactSender());
        props.put("SendersPhone", w.sendersPhone());
        props.put("CityRecipient", w.cityRecipient());
        props.put("Recipient", w.recipient());
        if (w.door() == null) {
            props.put("RecipientAddress", w.recipientAddress());
        } else {
            // the address in words, no Address.save first (the set ROZETKA's proxy sends; §4.2, L)
            props.put("NewAddress", "1");
            props.put("RecipientCityName", w.door().cityName());
            props.put("RecipientAddressName", w.door().street());
            props.put("RecipientHouse", w.door().house());
            props.put("RecipientFlat", w.door().flat() == null ? "" : w.door().flat());
            props.put("RecipientType", "PrivatePerson");
        }
        props.put("ContactRecipient", w.contactRecipient());
        props.put("RecipientsPhone", w.recipientsPhone());
        props.put("InfoRegClientBarcodes", w.orderId());
        if (w.cashOnDelivery() != null && w.cashOnDelivery().signum() > 0 && w.paymentControl()) {
            props.put("AfterpaymentOnGoodsCost", NpValues.number(w.cashOnDelivery()));
        } else if (w.cashOnDelivery() != null && w.cashOnDelivery().signum() > 0) {
            props.put("BackwardDeliveryData", List.of(Map.of("PayerType", "Recipient", "CargoType", "Money",
                    "RedeliveryString", NpValues.number(w.cashOnDelivery()))));
        }
        return props;
    }
}
