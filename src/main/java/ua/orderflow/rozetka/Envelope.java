package ua.orderflow.rozetka;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * ROZETKA's envelope: {@code {"success":true,"content":…}} or {@code {"success":false,"errors":{…}}},
 * the latter usually with HTTP 200, {@code errors} sometimes an array. Turns an error into the typed
 * exception the caller can act on, deciding on the code, never on the wording.
 */
final class Envelope {

    private static final Set<Integer> TOKEN_CODES = Set.of(1018, 1020, 6001);
    private static final Set<Integer> NOT_FOUND_CODES = Set.of(1019, 1021, 1404, 5404);
    private static final Set<Integer> UNAVAILABLE_CODES = Set.of(0, 5503);
    private static final int CHECK_CORRECTNESS_OF_DATA = 1005;

    private Envelope() {
    }

    static JsonNode content(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new RozetkaException.Unavailable("ROZETKA answered without an envelope", null, null);
        }
        if (body.path("success").asBoolean(false)) {
            return body.path("content");
        }
        JsonNode errors = body.path("errors");
        if (errors.isArray()) {
            errors = errors.path(0);
        }
        String message = errors.path("message").asText("");
        Integer code = errors.hasNonNull("code") ? errors.path("code").asInt() : null;
        String text = message + (code == null ? "" : " (" + code + ")");
        if ("incorrect_access_token".equals(message) || "session_expired".equals(message)
                || (code != null && TOKEN_CODES.contains(code))) {
            throw new RozetkaException.TokenExpired(text, code);
        }
        if ("incorrect_username_password".equals(message) || "invalid_credentials".equals(message)
                || Integer.valueOf(1004).equals(code) || Integer.valueOf(5401).equals(code)) {
            throw new RozetkaException.AuthenticationRefused(text, code);
        }
        if (Integer.valueOf(CHECK_CORRECTNESS_OF_DATA).equals(code)
                || (code == null && "check_correctness_of_data".equals(message))) {
            // a person reads the reason: with no words from ROZETKA, say so in Ukrainian
            throw new RozetkaException.StatusRefused(reason(errors, "ROZETKA відмовила без пояснення (" + text + ")"),
                    code == null ? CHECK_CORRECTNESS_OF_DATA : code);
        }
        if ((code != null && NOT_FOUND_CODES.contains(code)) || message.endsWith("not_found")) {
            throw new RozetkaException.NotFound(text, code);
        }
        if ((code != null && UNAVAILABLE_CODES.contains(code)) || "technical_maintenance".equals(message)) {
            throw new RozetkaException.Unavailable(text, code, null);
        }
        String details = reason(errors, null);
        throw new RozetkaException("ROZETKA refused the call: " + text + (details == null ? "" : ": " + details),
                code, null);
    }

    /**
     * ROZETKA's own words for a refusal, whatever shape {@code details} takes: {"status":["…"]},
     * "…", ["…"], [{"field":…,"message":"…"}] or null; then {@code description}, which some answers
     * carry; else {@code fallback}.
     */
    private static String reason(JsonNode errors, String fallback) {
        Set<String> texts = new LinkedHashSet<>();
        collect(errors.path("details"), texts);
        if (texts.isEmpty()) {
            collect(errors.path("description"), texts);
        }
        return texts.isEmpty() ? fallback : String.join("; ", texts);
    }

    private static void collect(JsonNode node, Set<String> texts) {
        if (node.isTextual()) {
            if (!node.asText().isBlank()) {
                texts.add(node.asText().trim());
            }
        } else if (node.isObject() && node.path("message").isTextual()) {
            // Yii2's list of invalid attributes: the message names the attribute already
            collect(node.path("message"), texts);
        } else if (node.isContainerNode()) {
            node.forEach(child -> collect(child, texts));
        }
    }
}
