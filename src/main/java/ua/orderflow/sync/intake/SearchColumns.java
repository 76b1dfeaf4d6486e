package ua.orderflow.sync.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ua.orderflow.accounting.Phones;
import ua.orderflow.sync.change.OrderView;

/**
 * The desk's search columns of an order (phone, TTN, order date, the words of the buyer's name),
 * written from the snapshot in the same statement sequence that writes the snapshot, and filled in
 * once at start for rows written before they existed.
 */
@Component
public class SearchColumns {

    /** Bumped when what is extracted changes, so that the backfill runs over every row again. */
    static final int VERSION = 1;
    static final int WORD_LENGTH = 100;
    /** The shortest word a name search looks up, and the two lengths of a word's beginning it looks up by. */
    public static final int HEAD = 3;
    public static final int LONG_HEAD = 5;
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(SearchColumns.class);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    public SearchColumns(JdbcClient jdbc, ObjectMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The buyer's name as search words: lower case, split on spaces, hyphens and apostrophes kept. */
    public static Set<String> words(String name) {
        Set<String> words = new LinkedHashSet<>();
        if (name != null) {
            for (String word : name.toLowerCase(Locale.ROOT).split("[\\s,.;:()\"«»]+")) {
                if (word.length() >= HEAD) {
                    words.add(word.length() > WORD_LENGTH ? word.substring(0, WORD_LENGTH) : word);
                }
            }
        }
        return words;
    }

    public static String head(String word) {
        return word.substring(0, Math.min(HEAD, word.length()));
    }

    public static String longHead(String word) {
        return word.substring(0, Math.min(LONG_HEAD, word.length()));
    }

    /** TTN digits only: the buyer's or carrier's spaces and dashes dropped. */
    public static String ttn(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }

    void write(String shopId, long orderId, String snapshot) {
        write(shopId, orderId, view(json, snapshot), null);
    }

    /**
     * The columns and words of {@code now}; with {@code before}, the snapshot the row held until now
     * (and so its columns), only what differs: a status change rewrites nothing, a new TTN one column.
     */
    void write(String shopId, long orderId, OrderView now, OrderView before) {
        Fields fields = Fields.of(now);
        Fields held = before == null ? null : Fields.of(before);
        if (held == null || !fields.sameColumns(held)) {
            jdbc.sql("""
                    update marketplace_order set buyer_phone = :phone, ttn = :ttn, ordered_at = :ordered,
                        search_version = :version where shop_id = :shop and order_id = :order""")
                    .param("phone", fields.phone()).param("ttn", fields.ttn()).param("ordered", fields.ordered())
                    .param("version", VERSION).param("shop", shopId).param("order", orderId).update();
        }
        if (held != null && fields.words().equals(held.words())) {
            return;
        }
        jdbc.sql("delete from order_name_word where shop_id = :shop and order_id = :order")
                .param("shop", shopId).param("order", orderId).update();
        for (String word : fields.words()) {
            jdbc.sql("""
                    insert into order_name_word (shop_id, order_id, word, head, head5)
                    values (:shop, :order, :word, :head, :head5)""")
                    .param("shop", shopId).param("order", orderId).param("word", word)
                    .param("head", head(word)).param("head5", longHead(word)).update();
        }
    }

    /** What the desk searches by, as the columns hold it; all empty for an unreadable snapshot. */
    private record Fields(String phone, String ttn, LocalDateTime ordered, Set<String> words) {

        static Fields of(OrderView order) {
            return order == null ? new Fields(null, null, null, Set.of())
                    : new Fields(Phones.normalize(order.customerPhone()), SearchColumns.ttn(order.ttn()), order.created(),
                            SearchColumns.words(order.customerName()));
        }

        boolean sameColumns(Fields other) {
            return Objects.equals(phone, other.phone) && Objects.equals(ttn, other.ttn)
                    && Objects.equals(ordered, other.ordered);
        }
    }

    /** Rows from before the search columns, a batch per transaction; on several nodes each row is simply written twice. */
    @EventListener(ApplicationReadyEvent.class)
    public void backfill() {
        int filled = 0;
        while (true) {
            Integer done = transaction.execute(status -> {
                List<StoredOrder> rows = jdbc.sql("""
                        select shop_id, order_id, status, status_group, stage, snapshot from marketplace_order
                        where search_version < :version order by id limit :batch""")
                        .param("version", VERSION).param("batch", BATCH).query(StoredOrder.class).list();
                rows.forEach(row -> write(row.shopId(), row.orderId(), row.snapshot()));
                return rows.size();
            });
            filled += done == null ? 0 : done;
            if (done == null || done < BATCH) {
                break;
            }
        }
        if (filled > 0) {
            log.info("Search columns filled in for {} orders written before them", filled);
        }
    }

    private static OrderView view(ObjectMapper json, String snapshot) {
        OrderView view = OrderView.read(json, snapshot).orElse(null);
        if (view == null && snapshot != null) {
            log.warn("An order's snapshot is not readable: its search columns stay empty");
        }
        return view;
    }
}
