package ua.orderflow.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.order.OrderStage;
import ua.orderflow.order.AfterShipment;
import ua.orderflow.sync.SandboxAdmin;

/**
 * The end-of-scenario check: every order ROZETKA (the sandbox) holds against our tables and the
 * engine's, read over JDBC. The stock's start is taken before any order is worked.
 */
final class Agreement {

    private static final String KEY_PREFIX = "sandbox:";
    private static final Set<String> SHIPPED_OR_LATER = Set.of("SHIPPED", "DELIVERING", "AT_PICKUP", "RECEIVED");
    private static final int EXAMPLES = 8;

    private final JdbcClient db;
    private final SandboxAdmin sandbox;
    private final Map<String, Integer> stockAtStart;

    private Agreement(JdbcClient db, SandboxAdmin sandbox, Map<String, Integer> stockAtStart) {
        this.db = db;
        this.sandbox = sandbox;
        this.stockAtStart = stockAtStart;
    }

    /** Plenty of every product, so that no order waits for stock, and that as the start of the books. */
    static Agreement restockAndStart(JdbcClient db, SandboxAdmin sandbox) {
        db.sql("update stock set on_hand = 100000, reserved = 0").update();
        Map<String, Integer> start = new HashMap<>();
        db.sql("select offer_id, warehouse, on_hand from stock").query((rs, n) -> start.put(
                rs.getString(1) + "@" + rs.getString(2), rs.getInt(3))).list();
        return new Agreement(db, sandbox, start);
    }

    /** Compares now; {@code ids} are every order the sandbox holds. */
    Tally compare(List<Long> ids) {
        Map<Long, String> stage = new HashMap<>();
        db.sql("select order_id, stage from marketplace_order where shop_id = 'sandbox'")
                .query((rs, n) -> stage.put(rs.getLong(1), rs.getString(2))).list();
        Map<Long, Integer> instances = countsByOrder("""
                select business_key_, count(*) from act_hi_procinst where proc_def_key_ = 'rozetka-order'
                and business_key_ like 'sandbox:%' group by business_key_""", true);
        Map<Long, Integer> invoices = countsByOrder(
                "select order_id, count(*) from invoice where shop_id = 'sandbox' group by order_id", false);
        Map<Long, Integer> notes = countsByOrder("""
                select i.order_id, count(*) from expense_note n join invoice i on i.id = n.invoice_id
                where i.shop_id = 'sandbox' group by i.order_id""", false);
        Map<Long, Integer> stillReserved = reservationsByOrder("RESERVED");
        Map<Long, Integer> writtenOff = reservationsByOrder("WRITTEN_OFF");

        int lost = 0;
        int duplicated = 0;
        int mismatched = 0;
        List<String> problems = new ArrayList<>();
        for (long id : ids) {
            JsonNode order = sandbox.order(id);
            int status = order.path("status").asInt();
            String theirs = OrderStage.ofStatus(status, order.path("status_group").isMissingNode() ? null
                    : order.path("status_group").asInt()).name();
            String ours = stage.get(id);
            int instanceCount = instances.getOrDefault(id, 0);
            if (ours == null || instanceCount == 0) {
                lost++;
                note(problems, id + ": lost (ROZETKA status " + status + ", order row " + (ours != null)
                        + ", instances " + instanceCount + ")");
                continue;
            }
            if (instanceCount > 1 || invoices.getOrDefault(id, 0) > 1 || notes.getOrDefault(id, 0) > 1) {
                duplicated++;
                note(problems, id + ": duplicated (instances " + instanceCount + ", invoices "
                        + invoices.getOrDefault(id, 0) + ", expense notes " + notes.getOrDefault(id, 0) + ")");
            }
            String documents = documentsMisfit(theirs, invoices.getOrDefault(id, 0), notes.getOrDefault(id, 0),
                    stillReserved.getOrDefault(id, 0));
            if (documents == null && AfterShipment.goodsComeBack(status) && writtenOff.getOrDefault(id, 0) > 0) {
                documents = "the goods are back (ROZETKA " + status + ") but still written off here";
            }
            if (!theirs.equals(ours) || documents != null) {
                mismatched++;
                note(problems, id + ": ROZETKA " + status + " (" + theirs + "), ours " + ours
                        + (documents == null ? "" : ", " + documents));
            }
        }
        int jobs = count("select count(*) from act_ru_job where retries_ = 0");
        int incidents = count("select count(*) from act_ru_incident");
        int stockOff = stockOffBalance(problems);
        // a status or cancellation no instance can take is a change of ROZETKA's that we never acted on
        int parked = count("""
                select count(*) from sync_inbox where delivered_at is null
                and message_name in ('OrderStatusChanged', 'OrderCancelled')""");
        if (parked > 0) {
            db.sql("""
                    select order_id || ': ' || message_name || ' waits in the inbox' from sync_inbox
                    where delivered_at is null and message_name in ('OrderStatusChanged', 'OrderCancelled')""")
                    .query(String.class).list().stream().limit(3).forEach(line -> note(problems, line));
        }
        if (jobs > 0 || incidents > 0) {
            db.sql("select incident_msg_ from act_ru_incident").query(String.class).list().stream().limit(3)
                    .forEach(message -> note(problems, "incident: " + message));
        }
        return new Tally(ids.size(), lost, duplicated, mismatched + jobs + incidents + stockOff + parked, jobs, incidents,
                stockOff, problems);
    }

    /** Compares until ROZETKA and we agree or {@code limit} passes; the last comparison and how long it took. */
    Settled settle(List<Long> ids, Duration limit) {
        long start = System.nanoTime();
        AtomicReference<Tally> last = new AtomicReference<>();
        try {
            // a comparison reads every order of the sandbox: not more often than every few seconds
            Awaitility.await("ROZETKA and our side agree").atMost(limit).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofSeconds(5)).ignoreExceptions().until(() -> {
                        last.set(compare(ids));
                        return last.get().agrees();
                    });
        } catch (ConditionTimeoutException disagree) {
            // the tally below says in what
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Settled(last.get() == null || !last.get().agrees() ? compare(ids) : last.get(), took);
    }

    record Settled(Tally tally, Duration took) {
    }

    /** Documents a stage needs: an invoice from confirmation on, an expense note and goods written off once shipped. */
    private static String documentsMisfit(String stage, int invoices, int notes, int reserved) {
        if (SHIPPED_OR_LATER.contains(stage)) {
            if (notes == 0) {
                return "shipped without an expense note";
            }
            if (reserved > 0) {
                return "shipped with goods still reserved";
            }
        }
        if (("CONFIRMED".equals(stage) || SHIPPED_OR_LATER.contains(stage)) && invoices == 0) {
            return "no invoice";
        }
        return null;
    }

    /** On hand = start − written off (returned goods are back); reserved = what open reservations hold. */
    private int stockOffBalance(List<String> problems) {
        Map<String, Integer> writtenOff = new HashMap<>();
        Map<String, Integer> reserved = new HashMap<>();
        db.sql("select offer_id, warehouse, state, sum(quantity) from reservation group by offer_id, warehouse, state")
                .query((rs, n) -> {
                    String key = rs.getString(1) + "@" + rs.getString(2);
                    if ("WRITTEN_OFF".equals(rs.getString(3))) {
                        writtenOff.merge(key, rs.getInt(4), Integer::sum);
                    } else if ("RESERVED".equals(rs.getString(3))) {
                        reserved.merge(key, rs.getInt(4), Integer::sum);
                    }
                    return key;
                }).list();
        int[] off = {0};
        db.sql("select offer_id, warehouse, on_hand, reserved from stock").query((rs, n) -> {
            String key = rs.getString(1) + "@" + rs.getString(2);
            int expectedOnHand = stockAtStart.getOrDefault(key, 0) - writtenOff.getOrDefault(key, 0);
            int expectedReserved = reserved.getOrDefault(key, 0);
            if (rs.getInt(3) != expectedOnHand || rs.getInt(4) != expectedReserved) {
                off[0]++;
                note(problems, "stock " + key + ": on hand " + rs.getInt(3) + " (expected " + expectedOnHand
                        + "), reserved " + rs.getInt(4) + " (expected " + expectedReserved + ")");
            }
            return key;
        }).list();
        return off[0];
    }

    /** Each order's reservation rows in {@code state}. */
    private Map<Long, Integer> reservationsByOrder(String state) {
        Map<Long, Integer> counts = new HashMap<>();
        db.sql("""
                select i.order_id, count(*) from reservation r join invoice i on i.id = r.invoice_id
                where i.shop_id = 'sandbox' and r.state = :state group by i.order_id""").param("state", state)
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
        return counts;
    }

    private Map<Long, Integer> countsByOrder(String sql, boolean businessKey) {
        Map<Long, Integer> counts = new HashMap<>();
        db.sql(sql).query((rs, n) -> {
            String key = rs.getString(1);
            counts.put(Long.parseLong(businessKey ? key.substring(KEY_PREFIX.length()) : key), rs.getInt(2));
            return key;
        }).list();
        return counts;
    }

    private int count(String sql) {
        return db.sql(sql).query(Integer.class).single();
    }

    private static void note(List<String> problems, String problem) {
        if (problems.size() < EXAMPLES) {
            problems.add(problem);
        }
    }
}
