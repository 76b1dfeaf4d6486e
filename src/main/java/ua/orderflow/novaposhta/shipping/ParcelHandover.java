package ua.orderflow.novaposhta.shipping;

import org.springframework.stereotype.Service;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/** A manager handed an order's parcel to Nova Poshta: the waybill says so, and the journal. */
@Service
public class ParcelHandover {

    private final WaybillBook book;
    private final SyncJournal journal;

    public ParcelHandover(WaybillBook book, SyncJournal journal) {
        this.book = book;
        this.journal = journal;
    }

    public void handedOver(String shopId, long orderId, String who) {
        book.live(shopId, orderId).ifPresent(waybill -> {
            book.handedOver(shopId, orderId);
            journal.record(null, shopId, orderId, EventKind.PARCEL_STATUS, Severity.INFO, "Посилку ТТН "
                    + waybill.number() + " передано Новій Пошті" + (who == null ? "" : " (" + who + ")")
                    + ": вона буде в реєстрі відправлень за день", null);
        });
    }
}
