package ua.orderflow.sync;

import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import ua.orderflow.sync.intake.IntakeGate;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/** Re-reads one order from ROZETKA now and brings it into line, outside any sync run. */
@Service
public class OrderResync {

    private final OrderSource source;
    private final OrderSyncer syncer;
    private final SyncJournal journal;
    private final IntakeGate intake;

    public OrderResync(OrderSource source, OrderSyncer syncer, SyncJournal journal, IntakeGate intake) {
        this.source = source;
        this.syncer = syncer;
        this.journal = journal;
        this.intake = intake;
    }

    public OrderSyncer.Result resync(String shopId, long orderId) {
        try {
            return source.order(shopId, orderId)
                    .map(order -> intake.admits(null, shopId, order) ? syncer.sync(null, shopId, order)
                            : OrderSyncer.Result.SKIPPED)
                    .orElseThrow(() -> new NoSuchElementException("Замовлення " + orderId + " у ROZETKA немає"));
        } catch (OrderSource.SourceUnavailableException e) {
            journal.record(null, shopId, orderId, SourceTrouble.kind(e), Severity.ERROR,
                    "Не вдалося перечитати замовлення " + orderId + ": " + SourceTrouble.inWords(e), e.getMessage());
            throw e;
        }
    }
}
