package ua.orderflow.rozetka;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * ROZETKA's envelope: {@code {"success":true,"content":…}} or {@code {"success":false,"errors":{…}}},
 * the latter usually with HTTP 200. Turns an error into the typed exception the caller can act on.
 */
final class Envelope {

    private static final Set<Integer> TOKEN_CODES = Set.of(1018, 1020, 6001);
    private static final Set<Integer> NOT_FOUND_CODES = Set.of(1019, 1021, 1404, 5404);
    private static final Set<Integer> UNAVAILABLE_CODES = Set.of(0, 5503);

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
        if (Integer.valueOf(1005).equals(code)) {
            throw new RozetkaException.StatusRefused(reason(errors.path("details"), message), code);
        }
        if ((code != null && NOT_FOUND_CODES.contains(code)) || message.endsWith("not_found")) {
            throw new RozetkaException.NotFound(text, code);
        }
        if ((code != null && UNAVAILABLE_CODES.contains(code)) || "technical_maintenance".equals(message)) {
            throw new RozetkaException.Unavailable(text, code, null);
        }
        throw new RozetkaException("ROZETKA refused the call: " + text, code, null);
    }

    /** The first human text inside details: {"status":["Неможливо змінити статус…"]}, a string, or an array. */
    private static String reason(JsonNode details, String fallback) {
        if (details.isTextual()) {
            return details.asText();
        }
        if (details.isArray() || details.isObject()) {
            for (JsonNode child : details) {
                String found = reason(child, null);
                if (found != null && !found.isBlank()) {
                    return found;
                }
            }
        }
        return fallback;
    }
}
