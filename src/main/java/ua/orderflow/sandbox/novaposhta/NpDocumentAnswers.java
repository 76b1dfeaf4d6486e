package ua.orderflow.sandbox.novaposhta;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.orderflow.sandbox.clock.KyivTime;
import ua.orderflow.sandbox.clock.SandboxClock;

/** The waybill methods (InternetDocument) and the day's register (ScanSheet), over the simulated parcels. */
final class NpDocumentAnswers {

    private static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final List<String> REQUIRED = List.of("PayerType", "PaymentMethod", "DateTime", "CargoType",
            "Weight", "ServiceType", "SeatsAmount", "Description", "Cost", "CitySender", "Sender", "SenderAddress",
            "ContactSender", "SendersPhone", "CityRecipient", "Recipient", "ContactRecipient", "RecipientsPhone");

    private final NpParcels parcels;
    private final SandboxClock clock;

    NpDocumentAnswers(NpParcels parcels, SandboxClock clock) {
        this.parcels = parcels;
        this.clock = clock;
    }

    Map<String, Object> save(JsonNode props) {
        for (String field : REQUIRED) {
            if (props.path(field).asText("").isBlank()) {
                return NpAnswer.error(field + " is empty", null);
            }
        }
        boolean toDoor = props.path("ServiceType").asText().endsWith("Doors");
        String address = props.path("RecipientAddress").asText("");
        if (toDoor && address.isBlank()) {
            // a door without a pre-created address Ref: the address in words (NewAddress, as ROZETKA's proxy sends it)
            if (!"1".equals(props.path("NewAddress").asText()) || props.path("RecipientAddressName").asText("").isBlank()
                    || props.path("RecipientHouse").asText("").isBlank()) {
                return NpAnswer.error("RecipientAddress is empty", null);
            }
            String flat = props.path("RecipientFlat").asText("");
            address = props.path("RecipientAddressName").asText() + ", " + props.path("RecipientHouse").asText()
                    + (flat.isBlank() ? "" : ", кв. " + flat);
        } else if (address.isBlank()) {
            return NpAnswer.error("RecipientAddress is empty", null);
        }
        LocalDate shipOn;
        try {
            shipOn = LocalDate.parse(props.path("DateTime").asText(), DOTTED_DATE);
        } catch (DateTimeParseException e) {
            return NpAnswer.error("DateTime has an invalid format", null);
        }
        LocalDate today = LocalDate.parse(KyivTime.formatDate(clock.now()));
        if (shipOn.isBefore(today)) {
            return NpAnswer.error("DateTime cannot be less then now", NpAnswer.DATE_IN_PAST);
        }
        if (!NpDirectory.knownCity(props.path("CityRecipient").asText())) {
            return NpAnswer.error("CityRecipient not found", NpAnswer.CITY_NOT_FOUND);
        }
        if (!NpDirectory.validPhone(props.path("RecipientsPhone").asText())) {
            return NpAnswer.error("The phone number is invalid", NpAnswer.PHONE_INVALID);
        }
        BigDecimal weight = number(props.path("Weight"));
        int seats = Math.max(1, number(props.path("SeatsAmount")).intValue());
        if (weight == null || weight.signum() <= 0) {
            return NpAnswer.error("Weight is invalid", null);
        }
        if (weight.divide(BigDecimal.valueOf(seats), 3, java.math.RoundingMode.HALF_UP)
                .compareTo(BigDecimal.valueOf(NpDirectory.PLACE_MAX_WEIGHT)) > 0) {
            return NpAnswer.error("Warehouse place max allowed weight: " + NpDirectory.PLACE_MAX_WEIGHT,
                    NpAnswer.PLACE_MAX_WEIGHT);
        }
        BigDecimal cod = null;
        JsonNode backward = props.path("BackwardDeliveryData").path(0);
        if ("Money".equals(backward.path("CargoType").asText())) {
            cod = number(backward.path("RedeliveryString"));
        }
        if (!props.path("AfterpaymentOnGoodsCost").asText("").isBlank()) {
            // payment control: the simulated sender has it (getCounterpartyOptions), and only one way of collecting
            if (cod != null) {
                return NpAnswer.error("AfterpaymentOnGoodsCost cannot be used with BackwardDeliveryData", null);
            }
            cod = number(props.path("AfterpaymentOnGoodsCost"));
            if (cod == null || cod.signum() <= 0) {
                return NpAnswer.error("AfterpaymentOnGoodsCost is invalid", NpAnswer.AFTERPAYMENT_INVALID);
            }
        }
        NpParcel parcel = parcels.create(new NpParcels.NewParcel(props.path("InfoRegClientBarcodes").asText(""), shipOn,
                weight, seats, number(props.path("Cost")), cod, props.path("PayerType").asText(),
                props.path("PaymentMethod").asText(), props.path("CityRecipient").asText(),
                address, NpDirectory.normalPhone(props.path("RecipientsPhone").asText()),
                props.path("ServiceType").asText()));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Ref", parcel.ref);
        // a number here, a string in the reference's types: the answer ROZETKA relays has it so
        row.put("CostOnSite", parcel.deliveryCost.intValue());
        row.put("EstimatedDeliveryDate", shipOn.plusDays(2).format(DOTTED_DATE));
        row.put("IntDocNumber", parcel.number);
        row.put("TypeDocument", "InternetDocument");
        return NpAnswer.ok(List.of(row));
    }

    Map<String, Object> list(JsonNode props) {
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(props.path("DateTimeFrom").asText(), DOTTED_DATE);
            to = LocalDate.parse(props.path("DateTimeTo").asText(), DOTTED_DATE);
        } catch (DateTimeParseException e) {
            return NpAnswer.error("DateTimeFrom and DateTimeTo are required (dd.MM.yyyy)", null);
        }
        int page = Math.max(1, props.path("Page").asInt(1));
        List<Object> rows = new ArrayList<>();
        List<NpParcel> found = parcels.all().stream().filter(p -> !p.deleted && !p.shipOn.isBefore(from)
                && !p.shipOn.isAfter(to)).toList();
        for (NpParcel p : found.stream().skip((page - 1) * 100L).limit(100).toList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Ref", p.ref);
            row.put("IntDocNumber", p.number);
            row.put("DateTime", p.shipOn.format(DOTTED_DATE) + " 00:00:00");
            row.put("EWDateCreated", KyivTime.format(p.created));
            row.put("Cost", p.cost.toPlainString());
            row.put("CostOnSite", p.deliveryCost.toPlainString());
            row.put("PayerType", p.payerType);
            row.put("PaymentMethod", p.paymentMethod);
            row.put("AfterpaymentOnGoodsCost", "");
            row.put("CityRecipient", p.cityRecipient);
            row.put("RecipientAddress", p.recipientAddress);
            row.put("InfoRegClientBarcodes", p.orderBarcode);
            row.put("StateId", "1");
            row.put("StateName", NpStatus.text(1));
            rows.add(row);
        }
        return NpAnswer.ok(rows);
    }

    Map<String, Object> delete(JsonNode props) {
        JsonNode refs = props.path("DocumentRefs");
        String ref = refs.isArray() ? refs.path(0).asText("") : refs.asText("");
        if (parcels.byRef(ref).isEmpty()) {
            return NpAnswer.error("Document not found", null);
        }
        if (!parcels.delete(ref)) {
            return NpAnswer.error("Document can not be deleted: it is already in work", null);
        }
        return NpAnswer.ok(List.of(Map.of("Ref", ref)));
    }

    /** Into the day's register (ScanSheet), a new one unless {@code Ref} names one: data[0]{Ref, Number, Date}. */
    Map<String, Object> insertDocuments(JsonNode props) {
        List<String> refs = new ArrayList<>();
        props.path("DocumentRefs").forEach(r -> refs.add(r.asText("")));
        if (refs.isEmpty()) {
            return NpAnswer.error("DocumentRefs is empty", null);
        }
        LocalDate date;
        try {
            date = props.path("Date").asText("").isBlank() ? LocalDate.parse(KyivTime.formatDate(clock.now()))
                    : LocalDate.parse(props.path("Date").asText(), DOTTED_DATE);
        } catch (DateTimeParseException e) {
            return NpAnswer.error("Date has an invalid format", null);
        }
        return parcels.insert(props.path("Ref").asText(""), date, refs)
                .<Map<String, Object>>map(r -> NpAnswer.ok(List.of(Map.of("Ref", r.ref(), "Number", r.number(),
                        "Date", r.date().format(DOTTED_DATE)))))
                .orElseGet(() -> NpAnswer.error("ScanSheet or documents not found", null));
    }

    /** Numbers arrive as strings by convention, sometimes as numbers. */
    private static BigDecimal number(JsonNode node) {
        try {
            return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText("").trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
