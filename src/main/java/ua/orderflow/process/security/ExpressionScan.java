package ua.orderflow.process.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds JUEL expressions ({@code ${…}} or {@code #{…}}) in what a caller sends: a query string or a
 * body, URL-encoded once or more, JSON at any depth (values and keys, {@code \u0024{} escapes
 * included). Camunda 7.24 CE refuses ad-hoc query expressions only at the top level of a query, so
 * the only safe rule for a non-admin is: no expression anywhere.
 */
final class ExpressionScan {

    static final Pattern MARK = Pattern.compile("[$#]\\{");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DECODE_ROUNDS = 3;

    private ExpressionScan() {
    }

    static boolean inText(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String current = text;
        for (int round = 0; round <= DECODE_ROUNDS; round++) {
            if (MARK.matcher(current).find()) {
                return true;
            }
            String decoded = urlDecoded(current);
            if (decoded.equals(current)) {
                return false;
            }
            current = decoded;
        }
        return MARK.matcher(current).find();
    }

    /** The body as text and, where it parses, as JSON: an escape hides the mark from the text only. */
    static boolean inBody(String body) {
        return inText(body) || jsonStrings(body).stream().anyMatch(ExpressionScan::inText);
    }

    /** Every string of a JSON document, keys too; empty when the text is not JSON. */
    static List<String> jsonStrings(String body) {
        List<String> strings = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return strings;
        }
        try {
            collect(JSON.readTree(body), strings);
        } catch (JsonProcessingException notJson) {
            // not JSON: the plain text scan has already looked at it
        }
        return strings;
    }

    private static void collect(JsonNode node, List<String> strings) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            strings.add(node.asText());
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                strings.add(field.getKey());
                collect(field.getValue(), strings);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, strings));
        }
    }

    private static String urlDecoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
