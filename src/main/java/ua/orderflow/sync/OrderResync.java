package ua.orderflow.sync;

import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/** Re-reads one order from ROZETKA now and brings it into line, outside any sync run. */
@Service
public class OrderResync {

    private final OrderSource source;
    private final OrderSyncer syncer;
    private final SyncJournal journal;

    public OrderResync(OrderSource source, OrderSyncer syncer, SyncJournal journal) {
        this.source = source;
        this.syncer = syncer;
        this.journal = journal;
    }

    public OrderSyncer.Result resync(String shopId, long orderId) {
        try {
            return source.order(shopId, orderId)
                    .map(order -> syncer.sync(null, shopId, order))
                    .orElseThrow(() -> new NoSuchElementException("Замовлення " + orderId + " у ROZETKA немає"));
        } catch (OrderSource.SourceUnavailableException e) {
            journal.record(null, shopId, orderId, SourceTrouble.kind(e), Severity.ERROR,
                    "Не вдалося перечитати замовлення " + orderId + ": " + SourceTrouble.inWords(e), e.getMessage());
            throw e;
        }
    }
}
