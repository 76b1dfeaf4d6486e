package ua.orderflow.sandbox.rozetka.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.orderflow.sandbox.fault.Refusals.DetailsShape;
import ua.orderflow.sandbox.rozetka.search.Page;

/**
 * ROZETKA's envelope: {success, content} or {success:false, errors{message, code, details}}, always
 * HTTP 200. {@code details} takes every shape the reference lists, each where it fits: an object for
 * a refused change of the order, an array for search filters, a string for an unreadable body, null
 * when there is nothing to add; login and token errors carry none at all, as the reference shows them.
 */
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

    /** An error with {@code details} as given, null included. */
    public static Map<String, Object> error(String message, int code, Object details) {
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("message", message);
        errors.put("code", code);
        errors.put("details", details);
        return wrap(errors);
    }

    /** Yii2's model validation: {field: [reason]}, or another shape a fault rule asks for. */
    public static Map<String, Object> error(String message, int code, String field, String reason,
            DetailsShape shape) {
        return error(message, code, shape.render(field, reason));
    }

    /** An error the reference shows without details: a refused login, a dead token. */
    public static Map<String, Object> bare(String message, int code) {
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("message", message);
        errors.put("code", code);
        return wrap(errors);
    }

    public static Map<String, Object> incorrectAccessToken() {
        return bare("incorrect_access_token", INCORRECT_ACCESS_TOKEN);
    }

    /** The content of a list answer: the named array of the page, then its _meta. */
    public static Map<String, Object> list(String key, Page<?> page) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put(key, page.items());
        content.put("_meta", meta(page.totalCount(), page.pageCount(), page.currentPage(), page.perPage()));
        return content;
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

    private static Map<String, Object> wrap(Map<String, Object> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("errors", errors);
        return body;
    }
}
