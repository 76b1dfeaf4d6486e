package ua.orderflow.sandbox.novaposhta;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ua.orderflow.sandbox.SandboxProperties.NovaPoshtaSettings;
import ua.orderflow.sandbox.clock.KyivTime;
import ua.orderflow.sandbox.clock.SandboxClock;

/**
 * The simulated methods, routed on {@code modelName} + {@code calledMethod} as Nova Poshta routes
 * them, whatever the URL says. Each answers the envelope; only transport faults leave it.
 */
public final class NpMethods {

    private static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final List<String> REQUIRED = List.of("PayerType", "PaymentMethod", "DateTime", "CargoType",
            "Weight", "ServiceType", "SeatsAmount", "Description", "Cost", "CitySender", "Sender", "SenderAddress",
            "ContactSender", "SendersPhone", "CityRecipient", "Recipient", "ContactRecipient", "RecipientsPhone");
    private static final int WAREHOUSE_PAGE = 500;
    private static final int TRACKING_LIMIT = 100;

    private final NpParcels parcels;
    private final NovaPoshtaSettings settings;
    private final SandboxClock clock;

    public NpMethods(NpParcels parcels, NovaPoshtaSettings settings, SandboxClock clock) {
        this.parcels = parcels;
        this.settings = settings;
        this.clock = clock;
    }

    Map<String, Object> answer(JsonNode body) {
        String model = body.path("modelName").asText("");
        String method = body.path("calledMethod").asText("");
        JsonNode props = body.path("methodProperties");
        if ("TrackingDocument".equals(model) && "getStatusDocuments".equals(method)) {
            return track(props);
        }
        Map<String, Object> keyRefused = checkKey(body.path("apiKey").asText(""));
        if (keyRefused != null) {
            return keyRefused;
        }
        return switch (model + "." + method) {
            case "Counterparty.getCounterparties" -> senders(props);
            case "Counterparty.getCounterpartyContactPersons" -> contacts(props);
            case "Counterparty.save" -> recipient(props);
            case "Address.searchSettlements" -> settlements(props);
            case "Address.getWarehouses" -> warehouses(props);
            case "Counterparty.getCounterpartyOptions" -> options(props);
            case "InternetDocument.save" -> save(props);
            case "InternetDocument.getDocumentList" -> list(props);
            case "InternetDocument.delete" -> delete(props);
            case "ScanSheet.insertDocuments" -> insertDocuments(props);
            default -> NpAnswer.error("Method " + method + " of " + model + " is not supported by the sandbox", null);
        };
    }

    /** Whether printing takes this key, as the cabinet does. */
    boolean printable(String key) {
        return settings.apiKey().equals(key);
    }

    private Map<String, Object> checkKey(String key) {
        if (key.isBlank()) {
            return NpAnswer.error("apiKey is empty", NpAnswer.KEY_EMPTY);
        }
        if (key.equals(settings.expiredKey())) {
            return NpAnswer.error("API key expired", NpAnswer.KEY_EXPIRED);
        }
        return key.equals(settings.apiKey()) ? null : NpAnswer.error("API auth fail", NpAnswer.AUTH_FAIL);
    }

    private Map<String, Object> track(JsonNode props) {
        JsonNode documents = props.path("Documents");
        if (documents.size() > TRACKING_LIMIT) {
            // the real error is unknown (novaposhta-api.md §7): a plain refusal without a code
            return NpAnswer.error("Documents limit exceeded: at most " + TRACKING_LIMIT, null);
        }
        List<Map.Entry<String, String>> asked = new ArrayList<>();
        documents.forEach(d -> asked.add(new AbstractMap.SimpleEntry<>(d.path("DocumentNumber").asText(""),
                d.path("Phone").asText(""))));
        List<Object> data = new ArrayList<>();
        List<Object> warnings = new ArrayList<>();
        for (NpParcels.Row row : parcels.track(asked)) {
            data.add(row.data());
            if (!row.full()) {
                warnings.add(Map.of("ID_" + row.data().get("Number"),
                        "Please enter a valid phone number of the sender or recipient to get full information"));
            }
        }
        return NpAnswer.ok(data, warnings);
    }

    private Map<String, Object> senders(JsonNode props) {
        if (!"Sender".equals(props.path("CounterpartyProperty").asText())) {
            return NpAnswer.ok(List.of());
        }
        Map<String, Object> sender = new LinkedHashMap<>();
        sender.put("Description", "ФОП Демо-магазин");
        sender.put("Ref", NpDirectory.SENDER);
        sender.put("City", NpDirectory.KYIV);
        sender.put("Counterparty", NpDirectory.SENDER);
        sender.put("FirstName", "");
        sender.put("LastName", "");
        sender.put("MiddleName", "");
        sender.put("OwnershipFormRef", "");
        sender.put("EDRPOU", "3012345678");
        sender.put("CounterpartyType", "PrivatePerson");
        return NpAnswer.ok(List.of(sender));
    }

    private Map<String, Object> contacts(JsonNode props) {
        if (!NpDirectory.SENDER.equals(props.path("Ref").asText())) {
            return NpAnswer.ok(List.of());
        }
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("Description", "Коваль Олена Петрівна");
        contact.put("Ref", NpDirectory.SENDER_CONTACT);
        contact.put("Phones", NpDirectory.SENDER_PHONE);
        contact.put("Email", "");
        contact.put("LastName", "Коваль");
        contact.put("FirstName", "Олена");
        contact.put("MiddleName", "Петрівна");
        return NpAnswer.ok(List.of(contact));
    }

    /** A private recipient: found again by name and phone, as Nova Poshta keeps one per person. */
    private Map<String, Object> recipient(JsonNode props) {
        String phone = props.path("Phone").asText("");
        if (!NpDirectory.validPhone(phone)) {
            return NpAnswer.error("The phone number is invalid", NpAnswer.PHONE_INVALID);
        }
        String first = props.path("FirstName").asText("");
        String last = props.path("LastName").asText("");
        if (first.isBlank() || last.isBlank()) {
            return NpAnswer.error("FirstName and LastName are required", null);
        }
        String who = last + " " + first + " " + props.path("MiddleName").asText("") + " " + NpDirectory.normalPhone(phone);
        String ref = UUID.nameUUIDFromBytes(("np-recipient:" + who).getBytes(StandardCharsets.UTF_8)).toString();
        String contactRef = UUID.nameUUIDFromBytes(("np-contact:" + who).getBytes(StandardCharsets.UTF_8)).toString();
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("Description", (last + " " + first + " " + props.path("MiddleName").asText("")).trim());
        contact.put("Ref", contactRef);
        contact.put("LastName", last);
        contact.put("FirstName", first);
        contact.put("MiddleName", props.path("MiddleName").asText(""));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Ref", ref);
        row.put("Description", "Приватна особа");
        row.put("FirstName", first);
        row.put("LastName", last);
        row.put("MiddleName", props.path("MiddleName").asText(""));
        row.put("Counterparty", ref);
        row.put("OwnershipForm", "");
        row.put("EDRPOU", "");
        row.put("CounterpartyType", "PrivatePerson");
        row.put("ContactPerson", Map.of("success", true, "data", List.of(contact), "errors", List.of(),
                "warnings", List.of(), "info", List.of()));
        return NpAnswer.ok(List.of(row));
    }

    private Map<String, Object> settlements(JsonNode props) {
        String name = props.path("CityName").asText("");
        List<Object> addresses = new ArrayList<>();
        NpDirectory.cityRef(name).ifPresent(ref -> {
            String city = NpDirectory.cityName(ref).orElse(name);
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("Present", "м. " + city);
            address.put("Warehouses", 25);
            address.put("MainDescription", city);
            address.put("Area", "");
            address.put("Region", "");
            address.put("SettlementTypeCode", "м.");
            address.put("Ref", UUID.nameUUIDFromBytes(("np-settlement:" + city).getBytes(StandardCharsets.UTF_8))
                    .toString());
            address.put("DeliveryCity", ref);
            address.put("AddressDeliveryAllowed", true);
            address.put("StreetsAvailability", true);
            addresses.add(address);
        });
        return NpAnswer.ok(List.of(Map.of("TotalCount", addresses.size(), "Addresses", addresses)));
    }

    /** The city's branches (CityRef), or the one numbered WarehouseId, paged; info carries the total. */
    private Map<String, Object> warehouses(JsonNode props) {
        String cityRef = props.path("CityRef").asText("");
        String city = NpDirectory.cityName(cityRef).orElse(null);
        if (city == null) {
            return NpAnswer.ok(List.of(), Map.of("totalCount", 0));
        }
        String wanted = props.path("WarehouseId").asText("");
        int limit = Math.max(1, Math.min(WAREHOUSE_PAGE, props.path("Limit").asInt(WAREHOUSE_PAGE)));
        int page = Math.max(1, props.path("Page").asInt(1));
        List<Object> rows = new ArrayList<>();
        int total = 0;
        for (int n = 1; n <= NpDirectory.BRANCHES; n++) {
            if (!wanted.isBlank() && !wanted.equals(String.valueOf(n))) {
                continue;
            }
            total++;
            if (total <= (page - 1) * limit || rows.size() >= limit) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Ref", NpDirectory.branchRef(city, n));
            row.put("Description", "Відділення №" + n + ": " + city);
            row.put("ShortAddress", city);
            row.put("Number", String.valueOf(n));
            row.put("CityRef", cityRef);
            row.put("CityDescription", city);
            row.put("TypeOfWarehouse", "841339c7-591a-42e2-8233-7a0a00f0ed6f");
            row.put("CategoryOfWarehouse", "Branch");
            row.put("PlaceMaxWeightAllowed", String.valueOf(NpDirectory.PLACE_MAX_WEIGHT));
            row.put("TotalMaxWeightAllowed", "0");
            row.put("WarehouseStatus", "Working");
            rows.add(row);
        }
        return NpAnswer.ok(rows, Map.of("totalCount", total));
    }

    /** The simulated sender may use payment control (AfterpaymentOnGoodsCost) and non-cash payment. */
    private Map<String, Object> options(JsonNode props) {
        if (!NpDirectory.SENDER.equals(props.path("Ref").asText())) {
            return NpAnswer.ok(List.of());
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("CanAfterpaymentOnGoodsCost", true);
        options.put("CanNonCashPayment", true);
        options.put("CanPayTheThirdPerson", false);
        return NpAnswer.ok(List.of(options));
    }

    private Map<String, Object> save(JsonNode props) {
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

    private Map<String, Object> list(JsonNode props) {
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

    private Map<String, Object> delete(JsonNode props) {
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
    private Map<String, Object> insertDocuments(JsonNode props) {
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
