package ua.orderflow.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.support.ServiceJvm;
import ua.orderflow.sync.SandboxAdmin;

/**
 * ROZETKA answering wrong while the node syncs: truncated JSON pages, orders without their number,
 * date, goods, buyer, delivery or payment, a comment over 4 KB, a field nobody knows, an unknown
 * status id, an unknown product, a date in a new format, pages padded to 10 MB, and a page count of
 * a million (the pages past the last repeat it). The sound orders must all come in while that lasts,
 * each broken one must be journalled once for a person, and once ROZETKA answers right again every
 * order must agree.
 */
final class WrongRozetkaAnswers implements Scenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int orders;
    private final int padBytes;

    WrongRozetkaAnswers(int orders, int padBytes) {
        this.orders = Math.max(orders, 16);
        this.padBytes = padBytes;
    }

    @Override
    public String name() {
        return "wrong answers from ROZETKA";
    }

    @Override
    public Map<String, Object> run(Lab lab) throws Exception {
        long start = System.nanoTime();
        SandboxAdmin sandbox = lab.sandbox();
        sandbox.reset();
        Database database = lab.postgres("wrong_answers");
        ServiceJvm node = lab.node("wrong-answers", database, Map.of());
        List<Long> ids = sandbox.createOrders(orders, 1);
        // the orders and what is wrong with them wait before the node starts: its first sync meets them
        Map<Long, String> refused = new LinkedHashMap<>();
        distort(sandbox, ids.get(0), "{\"drop\":[\"id\"]}", refused, "no number");
        // the buyer is known from any of user, user_phone and user_title: only an order without all three has none
        for (String part : List.of("created", "purchases", "user\",\"user_phone\",\"user_title", "delivery", "payment")) {
            distort(sandbox, ids.get(refused.size()), "{\"drop\":[\"" + part + "\"]}", refused, "no " + part);
        }
        distort(sandbox, ids.get(refused.size()), "{\"set\":{\"comment\":\"" + "Дуже довгий коментар. ".repeat(250) + "\"}}",
                refused, "comment over 4 KB");
        int next = refused.size();
        long unknownField = ids.get(next++);
        long unknownStatus = ids.get(next++);
        long unknownProduct = ids.get(next++);
        long newDateFormat = ids.get(next);
        sandbox.distort(unknownField, "{\"set\":{\"loyalty_programme\":{\"tier\":\"gold\",\"points\":120}}}");
        sandbox.distort(unknownStatus, "{\"set\":{\"status\":999}}");
        sandbox.distort(unknownProduct, "{\"set\":{\"purchases\":"
                + unknownOffers(sandbox.order(unknownProduct).path("purchases")) + "}}");
        sandbox.distort(newDateFormat, "{\"set\":{\"created\":\"2026-12-01T10:15:30+02:00\"}}");
        sandbox.faults("{\"pageCount\":1000000,\"padBytes\":" + padBytes + "}");
        sandbox.faults("{\"endpoint\":\"orders.search\",\"malformedShare\":1,\"times\":2}");
        try {
            node.start().awaitReady(Lab.START);
            JdbcClient db = database.jdbc();
            Agreement agreement = Agreement.restockAndStart(db, sandbox);
            List<Long> sound = new ArrayList<>(ids);
            sound.removeAll(refused.keySet());
            sound.remove(unknownStatus);
            sound.remove(newDateFormat);
            // a 10 MB page is refused as it is read: the run fails, journalled, and the window stays
            Scenario.await("a run failing on the oversized page", Duration.ofMinutes(3), Duration.ofSeconds(2),
                    () -> events(db, "ROZETKA_UNAVAILABLE", "%МБ%") > 0);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("oversized_page", "run failed, journalled");
            sandbox.faults("{\"pageCount\":1000000,\"padBytes\":0}");
            Scenario.await("the sound orders in, under wrong answers", Duration.ofMinutes(4), Duration.ofSeconds(2),
                    () -> finishedRuns(db) >= 4 && imported(db, sound) == sound.size());
            figures.put("runs", outcomes(db));
            int journalled = 0;
            int journalledTwice = 0;
            for (long id : refused.keySet()) {
                long times = id == ids.get(0) ? malformedWithoutNumber(db) : malformed(db, id);
                journalled += times > 0 ? 1 : 0;
                journalledTwice += times > 1 ? 1 : 0;
            }
            figures.put("refused_journalled", journalled + " of " + refused.size());
            figures.put("journalled_more_than_once", journalledTwice);
            figures.put("unknown_status_journalled", events(db, unknownStatus, "UNKNOWN_STATUS") > 0);
            figures.put("new_date_format", imported(db, List.of(newDateFormat)) == 1 ? "imported"
                    : malformed(db, newDateFormat) > 0 ? "journalled" : "neither");
            figures.put("rss_peak_mb", Math.round(node.peakRssMb()));

            sandbox.faults("{\"clear\":true}");
            long cleared = System.nanoTime();
            Agreement.Settled settled = agreement.settle(ids, Duration.ofMinutes(4));
            Map<String, Object> row = Scenario.row(name(), settled, start);
            row.put("recover_s", Scenario.seconds(Duration.ofNanos(System.nanoTime() - cleared)));
            row.putAll(figures);
            // a broken order nobody was told about is lost to the managers; a nagging journal hides the rest
            int silent = refused.size() - journalled;
            row.put("lost", (int) row.get("lost") + silent);
            row.put("mismatched", (int) row.get("mismatched") + journalledTwice);
            return row;
        } finally {
            node.stop();
        }
    }

    private static void distort(SandboxAdmin sandbox, long id, String distortion, Map<Long, String> refused, String what) {
        sandbox.distort(id, distortion);
        refused.put(id, what);
    }

    /** The order's purchases with every offer id one the catalogue has never heard of. */
    private static String unknownOffers(JsonNode purchases) throws Exception {
        JsonNode copy = purchases.deepCopy();
        for (JsonNode purchase : copy) {
            ObjectNode item = (ObjectNode) purchase.path("item");
            item.put("price_offer_id", "NO-SUCH-OFFER-" + item.path("id").asText());
            item.put("uploader_offer_id", "NO-SUCH-OFFER-" + item.path("id").asText());
        }
        return JSON.writeValueAsString(copy);
    }

    private static long finishedRuns(JdbcClient db) {
        return db.sql("select count(*) from sync_run where outcome <> 'RUNNING'").query(Long.class).single();
    }

    private static Map<String, Long> outcomes(JdbcClient db) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        db.sql("select outcome, count(*) from sync_run group by outcome order by outcome")
                .query((rs, n) -> outcomes.put(rs.getString(1), rs.getLong(2))).list();
        return outcomes;
    }

    private static long imported(JdbcClient db, List<Long> ids) {
        return db.sql("select order_id from marketplace_order").query(Long.class).list().stream()
                .filter(ids::contains).count();
    }

    private static long malformed(JdbcClient db, long id) {
        return events(db, id, "MALFORMED_ORDER");
    }

    private static long malformedWithoutNumber(JdbcClient db) {
        return db.sql("select count(*) from sync_event where kind = 'MALFORMED_ORDER' and (order_id is null or order_id = 0)"
                + " and message like 'Замовлення без номера%'")
                .query(Long.class).single();
    }

    private static long events(JdbcClient db, String kind, String messageLike) {
        return db.sql("select count(*) from sync_event where kind = :kind and message like :like")
                .param("kind", kind).param("like", messageLike).query(Long.class).single();
    }

    private static long events(JdbcClient db, long id, String kind) {
        return db.sql("select count(*) from sync_event where order_id = :id and kind = :kind")
                .param("id", id).param("kind", kind).query(Long.class).single();
    }
}
