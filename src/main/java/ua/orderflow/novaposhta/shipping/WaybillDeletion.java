package ua.orderflow.novaposhta.shipping;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ua.orderflow.novaposhta.NovaPoshtaClient;
import ua.orderflow.novaposhta.NovaPoshtaClients;
import ua.orderflow.novaposhta.NovaPoshtaException;
import ua.orderflow.novaposhta.Parcel;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * A cancelled order's waybill is deleted while Nova Poshta has not received the parcel yet; Nova
 * Poshta is asked first (our last tracked status may be half an hour old). After handover it stays,
 * and the journal says a return is to be expected instead.
 */
@Service
public class WaybillDeletion {

    private final WaybillBook book;
    private final NovaPoshtaClients clients;
    private final SyncJournal journal;

    public WaybillDeletion(WaybillBook book, NovaPoshtaClients clients, SyncJournal journal) {
        this.book = book;
        this.clients = clients;
        this.journal = journal;
    }

    /** The deleted waybill's number, or empty when there was none or it is already on its way. */
    public Optional<String> deleteBeforeHandover(String shopId, long orderId) {
        Optional<StoredWaybill> live = book.live(shopId, orderId);
        if (live.isEmpty()) {
            return Optional.empty();
        }
        StoredWaybill waybill = live.get();
        NovaPoshtaClient np = clients.forShop(shopId);
        Parcel now = np.track(List.of(new NovaPoshtaClient.Query(waybill.number(), waybill.recipientPhone()))).get(0);
        if (now.handedOver() && now.statusCode() != 2) {
            journal.record(null, shopId, orderId, EventKind.PARCEL_WARNING, Severity.WARN, "ТТН " + waybill.number()
                    + " уже в Новій Пошті («" + now.status() + "»): видалити її не можна, посилка повернеться", null);
            return Optional.empty();
        }
        if (now.statusCode() != 2) {
            try {
                np.delete(waybill.ref());
            } catch (NovaPoshtaException.Refused e) {
                journal.record(null, shopId, orderId, EventKind.PARCEL_WARNING, Severity.WARN, "Нова Пошта не видалила ТТН "
                        + waybill.number() + ": «" + e.reason() + "»", null);
                return Optional.empty();
            }
        }
        book.markDeleted(waybill.id());
        journal.record(null, shopId, orderId, EventKind.WAYBILL_DELETED, Severity.INFO, "ТТН Нової Пошти "
                + waybill.number() + " видалено: замовлення " + orderId + " скасовано до передачі посилки", null);
        return Optional.of(waybill.number());
    }

    /** Whether the order's cash-on-delivery money comes with Nova Poshta's payout rather than at receipt. */
    public boolean paidAtPayout(String shopId, long orderId) {
        return book.live(shopId, orderId).map(StoredWaybill::hasCashOnDelivery).orElse(false);
    }
}
