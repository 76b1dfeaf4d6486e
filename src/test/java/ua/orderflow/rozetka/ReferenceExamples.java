package ua.orderflow.rozetka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * ROZETKA's answers as rozetka-seller-api.md shows them, for WireMock: the composed order example
 * in any status, status_available rows with their delivery_type, the status list, pages of orders
 * and errors in each shape the reference lists.
 */
final class ReferenceExamples {

    static final long IN_PROCESSING = 812345678L;
    /** The cancellations the examples offer before shipping (seed 000: about twenty). */
    static final List<Integer> CANCELLATIONS = List.of(16, 17, 18, 20, 24, 25, 28, 29, 33, 34, 35, 36, 37, 38,
            39, 40, 41, 42, 43);
    private static final Map<Integer, Integer> GROUPS = groups();

    static final String ORDER_26 = """
            {"id":812345678,"created":"2025-03-14 09:12:05","changed":"2025-03-14 10:40:11",
             "amount":"1299.00","amount_with_discount":"1199.00","cost":"1299.00","cost_with_discount":"1199.00",
             "status":26,"status_group":1,"seller_comment":[{"comment":"Узгоджено","created":"2025-03-14 10:40:11",
             "seller_id":5501,"seller_fio":"Оператор"}],"comment":"","user_phone":"380671112233",
             "user_title":{"first_name":"Олена","last_name":"Коваль","second_name":"","full_name":"Коваль Олена"},
             "ttn":"","callback_off":0,"unknown_new_field":{"x":1},
             "user":{"id":90001122,"has_email":true,"contact_fio":"Олена Коваль","email":"true"},
             "delivery":{"delivery_service_id":5,"delivery_service_name":"Нова Пошта","delivery_method_id":1,
              "place_number":"12","cost":null,"city":{"id":1,"city_name":"Київ","title":"Київ"},
              "ref_id":"7b422fc5-e1b8-11e3-8c4a-0050568002cf"},
             "purchases":[{"id":990001,"item_id":401112233,"item_name":"Термокружка 500 мл","quantity":1,
              "price":"1299.00","price_with_discount":"1199.00","cost":"1299.00","cost_with_discount":"1199.00",
              "kit_id":0,"status":1,"is_additional_item":false,
              "item":{"id":401112233,"name":"Термокружка 500 мл","article":"TK-500","price_offer_id":"TK-500","price":"1299.00"}}],
             "payment":{"payment_method_id":1,"payment_method_name":"Оплата під час отримання товару",
              "payment_type":"cash","payment_type_title":"Готівкова","payment_status":null,"credit":null},
             "status_available":ROWS}""";

    private ReferenceExamples() {
    }

    /** The composed example with this id, status, TTN and next statuses ({@link #rows}). */
    static String order(long id, int status, String ttn, String rows) {
        return ORDER_26.replace("812345678", String.valueOf(id)).replace("\"status\":26,\"status_group\":1",
                "\"status\":" + status + ",\"status_group\":" + GROUPS.getOrDefault(status, 1))
                .replace("\"ttn\":\"\"", "\"ttn\":\"" + ttn + "\"").replace("ROWS", rows);
    }

    static String order26() {
        List<Integer> next = new ArrayList<>(List.of(2, 47, 48));
        next.addAll(CANCELLATIONS);
        return order(IN_PROCESSING, 26, "", rows(26, next, next));
    }

    /** status_available rows from {@code parent}: children of the seller's own delivery (1), then of a carrier (0). */
    static String rows(int parent, List<Integer> own, List<Integer> carrier) {
        List<String> rows = new ArrayList<>();
        own.forEach(child -> rows.add(row(parent, child, 1)));
        carrier.forEach(child -> rows.add(row(parent, child, 0)));
        return "[" + String.join(",", rows) + "]";
    }

    static String withHistory(String order, int... statuses) {
        return order.replace("\"status_available\":", "\"order_status_history\":" + history(statuses)
                + ",\"status_available\":");
    }

    private static String history(int... statuses) {
        return IntStream.of(statuses).mapToObj(s -> "{\"status_id\":" + s + ",\"created\":\"2025-03-14 10:00:00\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** The documented shape of /order-statuses/search (orderStatus, name_ua); the client reads the live one too. */
    static String statuses() {
        String list = GROUPS.entrySet().stream().map(s -> "{\"id\":" + s.getKey() + ",\"name_ua\":\"" + name(s.getKey())
                + "\",\"status_group\":" + s.getValue() + "}").collect(Collectors.joining(","));
        return "{\"success\":true,\"content\":{\"orderStatus\":[" + list + "],"
                + "\"_meta\":{\"totalCount\":" + GROUPS.size() + ",\"pageCount\":1,\"currentPage\":1,\"perPage\":20}}}";
    }

    static String page(List<String> orders, int page, int pageCount, int total) {
        return "{\"success\":true,\"content\":{\"orders\":[" + String.join(",", orders) + "],\"_meta\":{\"totalCount\":"
                + total + ",\"pageCount\":" + pageCount + ",\"currentPage\":" + page + ",\"perPage\":20}}}";
    }

    static String ok(String content) {
        return "{\"success\":true,\"content\":" + content + "}";
    }

    /** A refused status change: [BM]'s live answer, in the wording and details shape asked for. */
    static String refusal(int from, int to, String wording, String shape) {
        String reason = wording.equals("next-unavailable")
                ? "Неможливо змінити статус. З " + from + " на " + to + ". Наступний статус недоступний."
                : "Перехід в цей статус неможливий";
        String details = switch (shape) {
            case "object" -> "{\"status\":[\"" + reason + "\"]}";
            case "string" -> "\"" + reason + "\"";
            case "array" -> "[\"" + reason + "\"]";
            default -> "null";
        };
        return "{\"success\":false,\"errors\":{\"code\":1005,\"message\":\"check_correctness_of_data\",\"details\":"
                + details + "}}";
    }

    private static String row(int parent, int child, int deliveryType) {
        return "{\"id\":" + (parent * 1000 + child * 2 + deliveryType) + ",\"parent_id\":" + parent + ",\"child_id\":"
                + child + ",\"delivery_type\":" + deliveryType + ",\"market_group\":0}";
    }

    private static String name(int id) {
        return switch (id) {
            case 26 -> "Обробляється менеджером";
            case 45 -> "Скасовано покупцем";
            default -> "Статус " + id;
        };
    }

    private static Map<Integer, Integer> groups() {
        Map<Integer, Integer> groups = new java.util.TreeMap<>();
        for (int open : List.of(1, 2, 3, 4, 5, 26, 47, 48, 61)) {
            groups.put(open, 1);
        }
        groups.put(6, 2);
        for (int failed : List.of(11, 12, 45, 50)) {
            groups.put(failed, 3);
        }
        CANCELLATIONS.forEach(c -> groups.put(c, 3));
        return groups;
    }
}
