package ua.orderflow.novaposhta;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nova Poshta's API for one shop's account: tracking, waybills, recipients, cities and labels. Every
 * failure is a {@link NovaPoshtaException}: {@code Refused} for what a person must change,
 * {@code KeyRefused} for the key, {@code Unavailable} for what a retry may mend.
 */
public class NovaPoshtaClient {

    /** TrackingDocument.getStatusDocuments takes at most this many numbers a call (§4.1). */
    public static final int TRACKING_BATCH = 100;

    private final NpTransport transport;
    private final NpPrinting printing;

    NovaPoshtaClient(NovaPoshtaApi api, String apiKey, String printUrl, HttpClient http, Duration readTimeout) {
        this.transport = new NpTransport(api, apiKey);
        this.printing = new NpPrinting(apiKey, printUrl, http, readTimeout);
    }

    /** A number to follow and the phone that unlocks its full row (the recipient's or the sender's). */
    public record Query(String number, String phone) {
    }

    /** One call for at most {@value #TRACKING_BATCH} parcels; tracking needs no key. */
    public List<Parcel> track(List<Query> parcels) {
        if (parcels.size() > TRACKING_BATCH) {
            throw new IllegalArgumentException("Nova Poshta tracks at most " + TRACKING_BATCH + " parcels a call");
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Query q : parcels) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("DocumentNumber", q.number());
            doc.put("Phone", q.phone() == null ? "" : q.phone());
            documents.add(doc);
        }
        JsonNode body = transport.call("TrackingDocument", "getStatusDocuments", Map.of("Documents", documents), false);
        List<String> warnings = NpEnvelope.warnings(body);
        List<Parcel> out = new ArrayList<>();
        NpEnvelope.data(body).forEach(row -> out.add(parcel(row, warnings)));
        return out;
    }

    /** The account's sender counterparties (Counterparty.getCounterparties, CounterpartyProperty Sender). */
    public List<String> senders() {
        List<String> refs = new ArrayList<>();
        transport.data("Counterparty", "getCounterparties", Map.of("CounterpartyProperty", "Sender", "Page", "1"))
                .forEach(row -> refs.add(NpValues.text(row, "Ref")));
        return refs;
    }

    /** A contact person of a counterparty: its Ref and its phone. */
    public record Contact(String ref, String phone) {
    }

    public List<Contact> contacts(String counterparty) {
        List<Contact> contacts = new ArrayList<>();
        transport.data("Counterparty", "getCounterpartyContactPersons", Map.of("Ref", counterparty, "Page", "1"))
                .forEach(row -> contacts.add(new Contact(NpValues.text(row, "Ref"), NpValues.text(row, "Phones"))));
        return contacts;
    }

    /** The city Ref (DeliveryCity of the first settlement found) for a city's Ukrainian name. */
    public Optional<String> cityRef(String cityName) {
        JsonNode data = transport.data("Address", "searchSettlements",
                Map.of("CityName", cityName, "Limit", "5", "Page", "1"));
        JsonNode first = data.path(0).path("Addresses").path(0);
        return Optional.ofNullable(NpValues.text(first, "DeliveryCity"));
    }

    /** A branch as Nova Poshta's directory has it: its Ref, number and words. */
    public record Warehouse(String ref, String number, String description) {
    }

    /**
     * The city's branches (Address.getWarehouses by CityRef), only the one numbered {@code number}
     * when it is given: what tells whether a branch Ref is in the city.
     */
    public List<Warehouse> warehouses(String cityRef, String number) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("CityRef", cityRef);
        if (number != null && !number.isBlank()) {
            props.put("WarehouseId", number);
        }
        props.put("Page", "1");
        props.put("Limit", "500");
        List<Warehouse> found = new ArrayList<>();
        transport.data("Address", "getWarehouses", props).forEach(row -> found.add(new Warehouse(
                NpValues.text(row, "Ref"), NpValues.text(row, "Number"), NpValues.text(row, "Description"))));
        return found;
    }

    /** Whether the sender may collect with payment control (getCounterpartyOptions, CanAfterpaymentOnGoodsCost). */
    public boolean canPaymentControl(String counterparty) {
        JsonNode row = transport.data("Counterparty", "getCounterpartyOptions", Map.of("Ref", counterparty)).path(0);
        return NpValues.flag(row, "CanAfterpaymentOnGoodsCost");
    }

    /** A private person as recipient (Counterparty.save): created, or found again by Nova Poshta. */
    public Counterparty recipient(String firstName, String lastName, String middleName, String phone) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("FirstName", firstName);
        props.put("MiddleName", middleName == null ? "" : middleName);
        props.put("LastName", lastName);
        props.put("Phone", phone);
        props.put("Email", "");
        props.put("CounterpartyType", "PrivatePerson");
        props.put("CounterpartyProperty", "Recipient");
        JsonNode row = transport.data("Counterparty", "save", props).path(0);
        return new Counterparty(NpValues.text(row, "Ref"), NpValues.text(row.path("ContactPerson").path("data").path(0),
                "Ref"));
    }

    /** InternetDocument.save: the new waybill, or Refused with Nova Poshta's reason. */
    public Waybill create(WaybillRequest w) {
        Map<String, Object> props = WaybillProperties.of(w);
        JsonNode row = transport.data("InternetDocument", "save", props).path(0);
        return new Waybill(NpValues.text(row, "Ref"), NpValues.text(row, "IntDocNumber"),
                NpValues.decimal(row, "CostOnSite"), NpValues.date(row, "EstimatedDeliveryDate", NpValues.DOTTED_DATE),
                w.orderId());
    }

    /**
     * The waybill made for {@code orderId} between the two dates, if any (getDocumentList, matched on
     * InfoRegClientBarcodes): what makes a retried creation idempotent.
     */
    public Optional<Waybill> findForOrder(String orderId, LocalDate from, LocalDate to) {
        for (int page = 1; page <= 20; page++) {
            JsonNode data = transport.data("InternetDocument", "getDocumentList", Map.of(
                    "DateTimeFrom", from.format(NpValues.DOTTED_DATE), "DateTimeTo", to.format(NpValues.DOTTED_DATE),
                    "Page", String.valueOf(page), "GetFullList", "1"));
            for (JsonNode row : data) {
                if (orderId.equals(NpValues.text(row, "InfoRegClientBarcodes"))) {
                    return Optional.of(new Waybill(NpValues.text(row, "Ref"), NpValues.text(row, "IntDocNumber"),
                            NpValues.decimal(row, "CostOnSite"), null, orderId));
                }
            }
            if (data.size() < 100) {
                break;
            }
        }
        return Optional.empty();
    }

    /** InternetDocument.delete by Ref. */
    public void delete(String ref) {
        transport.data("InternetDocument", "delete", Map.of("DocumentRefs", ref));
    }

    /** The label PDF from the cabinet host; the key travels in the URL, so this stays on the server. */
    public byte[] label(String ref, LabelFormat format) {
        return printing.pdf("/orders/" + format.path() + "/orders%5B%5D/" + ref, "етикетку");
    }

    /** A day's register of handed-over waybills, as Nova Poshta numbered it. */
    public record Register(String ref, String number) {
    }

    /**
     * ScanSheet.insertDocuments: the waybills go into the register {@code existingRef} (the day's, made
     * before), or into a new one when it is null. Adding a waybill the register already holds is harmless.
     */
    public Register register(List<String> waybillRefs, LocalDate day, String existingRef) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("DocumentRefs", waybillRefs);
        props.put("Date", day.format(NpValues.DOTTED_DATE));
        if (existingRef != null) {
            props.put("Ref", existingRef);
        }
        JsonNode row = transport.data("ScanSheet", "insertDocuments", props).path(0);
        return new Register(NpValues.text(row, "Ref"), NpValues.text(row, "Number"));
    }

    /** The register's printed form (the cabinet's printScanSheet), a PDF like the labels. */
    public byte[] registerPdf(String registerRef) {
        return printing.pdf("/scanSheet/printScanSheet/refs%5B%5D/" + registerRef, "реєстр");
    }

    private static Parcel parcel(JsonNode row, List<String> warnings) {
        String number = NpValues.text(row, "Number");
        boolean shortRow = warnings.stream().anyMatch(w -> w.startsWith("ID_" + number));
        Integer code = NpValues.integer(row, "StatusCode");
        return new Parcel(number, code == null ? 3 : code, NpValues.text(row, "Status"),
                NpValues.dateTime(row, "ScheduledDeliveryDate", NpValues.DAY_FIRST),
                NpValues.dateTime(row, "ActualDeliveryDate", NpValues.ISO_SPACE),
                NpValues.dateTime(row, "RecipientDateTime", NpValues.DOTTED),
                NpValues.dateTime(row, "TrackingUpdateDate", NpValues.ISO_SPACE),
                NpValues.text(row, "WarehouseRecipient"),
                NpValues.decimal(row, "DocumentCost"),
                NpValues.decimal(row, "AmountToPay"),
                NpValues.flag(row, "Redelivery"),
                "RedeliveryGM".equals(NpValues.text(row, "LastCreatedOnTheBasisDocumentType"))
                        ? NpValues.text(row, "LastCreatedOnTheBasisNumber") : null,
                NpValues.date(row, "DateFirstDayStorage", java.time.format.DateTimeFormatter.ISO_LOCAL_DATE),
                !shortRow);
    }
}
