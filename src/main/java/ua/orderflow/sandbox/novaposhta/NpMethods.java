package ua.orderflow.sandbox.novaposhta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ua.orderflow.sandbox.SandboxProperties.NovaPoshtaSettings;
import ua.orderflow.sandbox.clock.SandboxClock;

/**
 * The simulated methods, routed on {@code modelName} + {@code calledMethod} as Nova Poshta routes
 * them, whatever the URL says. Each answers the envelope; only transport faults leave it.
 */
public final class NpMethods {

    private static final int TRACKING_LIMIT = 100;

    private final NpParcels parcels;
    private final NovaPoshtaSettings settings;
    private final NpDocumentAnswers documentAnswers;

    public NpMethods(NpParcels parcels, NovaPoshtaSettings settings, SandboxClock clock) {
        this.parcels = parcels;
        this.settings = settings;
        this.documentAnswers = new NpDocumentAnswers(parcels, clock);
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
            case "Counterparty.getCounterparties" -> NpCounterpartyAnswers.senders(props);
            case "Counterparty.getCounterpartyContactPersons" -> NpCounterpartyAnswers.contacts(props);
            case "Counterparty.save" -> NpCounterpartyAnswers.recipient(props);
            case "Address.searchSettlements" -> NpAddressAnswers.settlements(props);
            case "Address.getWarehouses" -> NpAddressAnswers.warehouses(props);
            case "Counterparty.getCounterpartyOptions" -> NpCounterpartyAnswers.options(props);
            case "InternetDocument.save" -> documentAnswers.save(props);
            case "InternetDocument.getDocumentList" -> documentAnswers.list(props);
            case "InternetDocument.delete" -> documentAnswers.delete(props);
            case "ScanSheet.insertDocuments" -> documentAnswers.insertDocuments(props);
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
}
