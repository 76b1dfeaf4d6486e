package ua.orderflow.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.orderflow.sync.change.OrderView;
import ua.orderflow.sync.intake.SearchColumns;

/**
 * Many orders straight into our tables, as the intake would have written them (snapshot, search
 * columns, name words) but in JDBC batches: 20,000 in seconds, for the order list's tests and its
 * benchmark. No process instances: the list reads our tables; tasks come from the engine by key.
 * Every figure is a function of the order's index, so a test can count what a filter must find.
 */
public final class ManyOrders {

    public static final long FIRST_ID = 900_000_000L;
    /** One order every 20 minutes from here on (Kyiv time, as ROZETKA's "created"). */
    public static final LocalDateTime FIRST_ORDERED = LocalDateTime.of(2026, 1, 1, 0, 0);
    public static final List<String> SURNAMES = List.of("Коваленко", "Ковальчук", "Бондаренко", "Шевченко", "Ткаченко",
            "Кравченко", "Олійник", "Мельник", "Лисенко", "Петренко", "Савченко", "Руденко", "Мороз", "Поліщук",
            "Марченко", "Гончаренко", "Левченко", "Бойко", "Павленко", "Ґудзь");
    public static final List<String> NAMES = List.of("Олена", "Андрій", "Ірина", "Тарас", "Юлія", "Богдан", "Наталія",
            "Олег", "Світлана", "Євген", "Марія", "Іван", "Оксана");
    /** Stage and a status of it, by index modulo their count. */
    public static final List<String> STAGES = List.of("NEW", "PROCESSING", "PROCESSING", "CONFIRMED", "SHIPPED",
            "DELIVERING", "AT_PICKUP", "RECEIVED", "CANCELLED");
    public static final List<Integer> STATUSES = List.of(1, 26, 47, 2, 3, 4, 5, 6, 18);
    public static final String SECOND_SHOP = "second";

    private ManyOrders() {
    }

    /** One generated order, as the tests reason about it. */
    public record Generated(int index, String shop, long orderId, String stage, int status, LocalDateTime ordered,
            String name, String phone, String ttn) {
    }

    public static Generated order(int i, int secondShopEvery) {
        String shop = secondShopEvery > 0 && i % secondShopEvery == secondShopEvery - 1 ? SECOND_SHOP : "sandbox";
        String stage = STAGES.get(i % STAGES.size());
        boolean shipped = List.of("SHIPPED", "DELIVERING", "AT_PICKUP", "RECEIVED").contains(stage);
        return new Generated(i, shop, FIRST_ID + i, stage, STATUSES.get(i % STATUSES.size()),
                FIRST_ORDERED.plusMinutes(20L * i), SURNAMES.get(i % SURNAMES.size()) + " "
                        + NAMES.get(i / SURNAMES.size() % NAMES.size()),
                "38067" + String.format("%07d", i), shipped ? "2045" + String.format("%010d", i) : "");
    }

    public static List<Generated> all(int count, int secondShopEvery) {
        return IntStream.range(0, count).mapToObj(i -> order(i, secondShopEvery)).toList();
    }

    public static long count(List<Generated> orders, Predicate<Generated> which) {
        return orders.stream().filter(which).count();
    }

    /** Inserts the orders in batches of a thousand; returns them. */
    public static List<Generated> load(JdbcTemplate jdbc, ObjectMapper json, int count, int secondShopEvery) {
        List<Generated> orders = all(count, secondShopEvery);
        for (int from = 0; from < orders.size(); from += 1000) {
            List<Generated> batch = orders.subList(from, Math.min(orders.size(), from + 1000));
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> words = new ArrayList<>();
            for (Generated o : batch) {
                LocalDateTime imported = o.ordered().plusMinutes(1);
                rows.add(new Object[] {o.shop(), o.orderId(), o.status(), o.status() == 18 ? 3 : o.status() >= 6 ? 2 : 1,
                    o.stage(), snapshot(json, o), imported, imported, o.phone(), o.ttn().isEmpty() ? null : o.ttn(),
                    o.ordered()});
                for (String word : SearchColumns.words(o.name())) {
                    words.add(new Object[] {o.shop(), o.orderId(), word, SearchColumns.head(word), SearchColumns.longHead(word)});
                }
            }
            jdbc.batchUpdate("""
                    insert into marketplace_order (shop_id, order_id, status, status_group, stage, snapshot, imported_at,
                        updated_at, buyer_phone, ttn, ordered_at, search_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""",
                    rows);
            jdbc.batchUpdate("insert into order_name_word (shop_id, order_id, word, head, head5) values (?, ?, ?, ?, ?)",
                    words);
        }
        jdbc.execute("analyze");
        return orders;
    }

    private static String snapshot(ObjectMapper json, Generated o) {
        BigDecimal price = BigDecimal.valueOf(199 + (o.index() % 40) * 50L, 0).setScale(2);
        OrderView view = new OrderView(o.orderId(), o.ordered(), o.ordered(), o.status(), 1, o.ttn(), false, o.name(),
                o.phone(), "buyer" + o.index() + "@example.com", null, "cash", "Оплата під час отримання товару", null,
                "Нова Пошта", 1, "Київ", "Відділення № " + (1 + o.index() % 300), new BigDecimal("0.00"), price,
                List.of(new OrderView.Line(o.index(), 1000L + o.index() % 40, "offer-" + o.index() % 40, null,
                        "Товар " + o.index() % 40, 1, price, price, false)));
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Kyiv date of an order, as the date filter reads it. */
    public static LocalDate day(Generated o) {
        return o.ordered().toLocalDate();
    }
}
