package ua.orderflow.sandbox.novaposhta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Nova Poshta's envelope: always the same nine keys, success or not, and {@code data} an array. */
final class NpAnswer {

    static final String AUTH_FAIL = "20000200068";
    static final String KEY_EMPTY = "20000200069";
    static final String KEY_EXPIRED = "20000201204";
    static final String CITY_NOT_FOUND = "20000200103";
    static final String PLACE_MAX_WEIGHT = "20000201162";
    static final String DATE_IN_PAST = "20000400455";
    static final String PHONE_INVALID = "20000100018";
    static final String AFTERPAYMENT_INVALID = "20000200032";

    private NpAnswer() {
    }

    static Map<String, Object> ok(List<?> data) {
        return envelope(true, data, List.of(), List.of(), List.of());
    }

    static Map<String, Object> ok(List<?> data, List<?> warnings) {
        return envelope(true, data, List.of(), List.of(), warnings);
    }

    /** A paged directory answer: {@code info} an object with the total instead of a list (§2). */
    static Map<String, Object> ok(List<?> data, Map<String, Object> info) {
        Map<String, Object> body = envelope(true, data, List.of(), List.of(), List.of());
        body.put("info", info);
        return body;
    }

    static Map<String, Object> error(String text, String code) {
        return envelope(false, List.of(), List.of(text), code == null ? List.of() : List.of(code), List.of());
    }

    private static Map<String, Object> envelope(boolean success, List<?> data, List<String> errors, List<String> codes,
            List<?> warnings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", success);
        body.put("data", data);
        body.put("errors", errors);
        body.put("warnings", warnings);
        body.put("info", List.of());
        body.put("messageCodes", List.of());
        body.put("errorCodes", codes);
        body.put("warningCodes", List.of());
        body.put("infoCodes", List.of());
        return body;
    }
}
