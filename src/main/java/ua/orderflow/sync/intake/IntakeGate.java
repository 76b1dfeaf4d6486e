package ua.orderflow.sync.intake;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ua.orderflow.sync.change.OrderView;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * Lets a new order through only when {@link IntakeCheck} accepts it. A refused one is journalled once per
 * problem, not on every run that sees it again (a malformed order was journalled 18 times in three
 * minutes), and the next sync takes it in as soon as ROZETKA sends it whole.
 */
@Service
public class IntakeGate {

    private final SyncJournal journal;
    private final JdbcClient jdbc;
    private final MarketplaceOrders orders;

    public IntakeGate(SyncJournal journal, JdbcClient jdbc, MarketplaceOrders orders) {
        this.journal = journal;
        this.jdbc = jdbc;
        this.orders = orders;
    }

    /** True when the order may be synced; false when it was held back (and journalled, once). */
    public boolean admits(Long runId, String shopId, OrderView order) {
        List<String> problems = IntakeCheck.problems(order);
        // an order already in work is never held back: the sync must still see it cancelled or edited
        if (problems.isEmpty() || order.id() > 0 && orders.find(shopId, order.id()).isPresent()) {
            return true;
        }
        Long orderId = order.id() > 0 ? order.id() : null;
        String message = "Замовлення " + (orderId == null ? "без номера" : orderId) + " не прийнято: "
                + String.join("; ", problems) + ". Перевірте його в кабінеті продавця ROZETKA.";
        journalOnce(runId, shopId, orderId, message, null);
        return false;
    }

    /** Journals a malformed order unless the same words are already on record for it. */
    public void journalOnce(Long runId, String shopId, Long orderId, String message, String details) {
        long already = jdbc.sql("""
                select count(*) from sync_event where shop_id = :shop and kind = 'MALFORMED_ORDER'
                and (order_id = :order or (order_id is null and cast(:order as bigint) is null)) and message = :message""")
                .param("shop", shopId).param("order", orderId).param("message", message)
                .query(Long.class).single();
        if (already == 0) {
            journal.record(runId, shopId, orderId, EventKind.MALFORMED_ORDER, Severity.WARN, message, details);
        }
    }
}
