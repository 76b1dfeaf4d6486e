package ua.orderflow.sandbox.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ROZETKA's envelope: {success, content} or {success:false, errors{message, code, details}}, always HTTP 200. */
public final class Envelope {

    public static final int INCORRECT_USERNAME_PASSWORD = 1004;
    public static final int INCORRECT_ACCESS_TOKEN = 1020;
    public static final int REQUIRED_PARAMETER = 1001;
    public static final int INCORRECT_DATA_FORMAT = 1002;
    public static final int CHECK_CORRECTNESS_OF_DATA = 1005;
    public static final int MODEL_NOT_FOUND = 1404;
    public static final int TECHNICAL_MAINTENANCE = 5503;

    private Envelope() {
    }

    public static Map<String, Object> ok(Object content) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("content", content);
        return body;
    }

    public static Map<String, Object> error(String message, int code, Object details) {
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("message", message);
        errors.put("code", code);
        if (details != null) {
            errors.put("details", details);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("errors", errors);
        return body;
    }

    /** Yii2's validation shape: {field: [reason]}. */
    public static Map<String, Object> error(String message, int code, String field, String reason) {
        return error(message, code, Map.of(field, List.of(reason)));
    }

    public static Map<String, Object> incorrectAccessToken() {
        return error("incorrect_access_token", INCORRECT_ACCESS_TOKEN, null);
    }

    /** The _meta block of every list. */
    public static Map<String, Object> meta(int totalCount, int pageCount, int currentPage, int perPage) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("totalCount", totalCount);
        meta.put("pageCount", pageCount);
        meta.put("currentPage", currentPage);
        meta.put("perPage", perPage);
        return meta;
    }
}
