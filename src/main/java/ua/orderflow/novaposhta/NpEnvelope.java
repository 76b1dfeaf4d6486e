package ua.orderflow.novaposhta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Nova Poshta's nine-key envelope (novaposhta-api.md §2): HTTP 200 even on failure, so the caller
 * decides on {@code success}, then on {@code errorCodes}, never on the wording.
 */
final class NpEnvelope {

    static final Set<String> KEY_CODES = Set.of("20000200068", "20000200069", "20000201204");

    private NpEnvelope() {
    }

    /** {@code data}, always an array, of a successful answer. */
    static JsonNode data(JsonNode body) {
        if (body == null || !body.isObject() || !body.has("success")) {
            throw new NovaPoshtaException.Unavailable("Nova Poshta answered without its envelope", null);
        }
        if (body.path("success").asBoolean(false)) {
            JsonNode data = body.path("data");
            return data.isArray() ? data : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        List<String> codes = texts(body.path("errorCodes"));
        List<String> errors = texts(body.path("errors"));
        String reason = errors.isEmpty() ? "без пояснення" : String.join("; ", errors);
        if (codes.stream().anyMatch(KEY_CODES::contains)) {
            throw new NovaPoshtaException.KeyRefused("Nova Poshta refused the API key: " + reason + " " + codes, codes);
        }
        throw new NovaPoshtaException.Refused(reason, codes);
    }

    /** Warnings are strings or objects such as {"ID_204…":"Please enter a valid phone number"}. */
    static List<String> warnings(JsonNode body) {
        List<String> out = new ArrayList<>();
        body.path("warnings").forEach(w -> {
            if (w.isObject()) {
                w.fields().forEachRemaining(f -> out.add(f.getKey() + ": " + f.getValue().asText()));
            } else {
                out.add(w.asText());
            }
        });
        return out;
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> {
                if (!n.asText().isBlank()) {
                    out.add(n.asText().trim());
                }
            });
        } else if (node.isObject()) {
            // errors keyed by field, seen in some answers: keep the texts
            node.forEach(n -> out.add(n.asText().trim()));
        } else if (node.isTextual() && !node.asText().isBlank()) {
            out.add(node.asText().trim());
        }
        return out;
    }
}
