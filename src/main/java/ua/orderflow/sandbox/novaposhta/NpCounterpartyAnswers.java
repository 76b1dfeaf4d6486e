package ua.orderflow.sandbox.novaposhta;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The counterparty methods: the account's one sender, its contact and options, private recipients. */
final class NpCounterpartyAnswers {

    private NpCounterpartyAnswers() {
    }

    static Map<String, Object> senders(JsonNode props) {
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

    static Map<String, Object> contacts(JsonNode props) {
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
    static Map<String, Object> recipient(JsonNode props) {
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

    /** The simulated sender may use payment control (AfterpaymentOnGoodsCost) and non-cash payment. */
    static Map<String, Object> options(JsonNode props) {
        if (!NpDirectory.SENDER.equals(props.path("Ref").asText())) {
            return NpAnswer.ok(List.of());
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("CanAfterpaymentOnGoodsCost", true);
        options.put("CanNonCashPayment", true);
        options.put("CanPayTheThirdPerson", false);
        return NpAnswer.ok(List.of(options));
    }
}
