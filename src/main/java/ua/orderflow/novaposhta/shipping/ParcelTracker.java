package ua.orderflow.novaposhta.shipping;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import ua.orderflow.accounting.Payments;
import ua.orderflow.desk.Formats;
import ua.orderflow.novaposhta.NovaPoshtaClient;
import ua.orderflow.novaposhta.NovaPoshtaClients;
import ua.orderflow.novaposhta.Parcel;
import ua.orderflow.sync.LedgerSnapshots;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * Follows a shop's open parcels with {@code TrackingDocument.getStatusDocuments}, at most 100 numbers a
 * call, each with the recipient's phone for the full row. Every new status is journalled on its order
 * in Ukrainian; early signals go to people as warnings (refused: a return is expected; storage ends
 * soon: call the buyer); the cash-on-delivery money is booked when Nova Poshta pays it out (11), not at
 * receipt. ROZETKA's statuses keep driving the process: a Nova Poshta status that contradicts ROZETKA's
 * is journalled as a warning, never acted on.
 */
@Service
public class ParcelTracker {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final int ROZETKA_RECEIVED = 6;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final NovaPoshtaClients clients;
    private final WaybillBook book;
    private final SyncJournal journal;
    private final Payments payments;
    private final LedgerSnapshots snapshots;
    private final Formats formats;
    private final Clock clock;
    private final ParcelSignals signals;
    private final ReserveDates reserves;

    public ParcelTracker(NovaPoshtaClients clients, WaybillBook book, SyncJournal journal, Payments payments,
            LedgerSnapshots snapshots, Formats formats, Clock clock, ParcelSignals signals, ReserveDates reserves) {
        this.reserves = reserves;
        this.clients = clients;
        this.book = book;
        this.journal = journal;
        this.payments = payments;
        this.snapshots = snapshots;
        this.formats = formats;
        this.clock = clock;
        this.signals = signals;
    }

    /** What one round over a shop did: parcels asked about, tracking calls made, statuses that changed. */
    public record Round(int parcels, int calls, int changed) {
    }

    public Round track(String shopId) {
        NovaPoshtaClient np = clients.forShop(shopId);
        int parcels = 0;
        int calls = 0;
        int changed = 0;
        long after = 0;
        while (true) {
            List<StoredWaybill> batch = book.open(shopId, after, NovaPoshtaClient.TRACKING_BATCH);
            if (batch.isEmpty()) {
                break;
            }
            after = batch.get(batch.size() - 1).id();
            List<Parcel> rows = np.track(batch.stream()
                    .map(w -> new NovaPoshtaClient.Query(w.number(), w.recipientPhone())).toList());
            calls++;
            parcels += batch.size();
            Map<String, Parcel> byNumber = rows.stream()
                    .collect(Collectors.toMap(Parcel::number, Function.identity(), (a, b) -> a));
            List<Long> unchanged = new ArrayList<>();
            for (StoredWaybill waybill : batch) {
                Parcel parcel = byNumber.get(waybill.number());
                if (parcel == null) {
                    unchanged.add(waybill.id());
                    continue;
                }
                boolean moved = apply(waybill, parcel);
                if (moved) {
                    changed++;
                } else {
                    unchanged.add(waybill.id());
                }
                storage(waybill, parcel, moved);
                payout(waybill, parcel);
            }
            book.tracked(unchanged);
            if (batch.size() < NovaPoshtaClient.TRACKING_BATCH) {
                break;
            }
        }
        return new Round(parcels, calls, changed);
    }

    /** Journals a new status and its signals; false when the status is the one we knew. */
    private boolean apply(StoredWaybill waybill, Parcel parcel) {
        if (Integer.valueOf(parcel.statusCode()).equals(waybill.statusCode()) || !book.moveTo(waybill, parcel)) {
            return false;
        }
        String shop = waybill.shopId();
        long order = waybill.orderId();
        journal.record(null, shop, order, EventKind.PARCEL_STATUS, Severity.INFO, "Нова Пошта, ТТН " + waybill.number()
                + ": «" + parcel.status() + "» (" + parcel.statusCode() + ")", null);
        if (parcel.refused()) {
            String line = "Очікується повернення: посилку ТТН " + waybill.number() + " не отримано («" + parcel.status()
                    + "»), Нова Пошта повертає її продавцю";
            journal.record(null, shop, order, EventKind.PARCEL_WARNING, Severity.WARN, line, null);
            signals.returnExpected(shop, order, line);
        }
        contradiction(waybill, parcel);
        return true;
    }

    /**
     * Storage at the branch ends soon: the last day is today or tomorrow, or Nova Poshta has stopped
     * storing it (105). The last day is ROZETKA's reserve_date, read once as the parcel arrives (the
     * date ROZETKA shows the buyer); Nova Poshta's own, the day before paid storage starts, when
     * ROZETKA gives none. Checked every round, asked for once per parcel.
     */
    private void storage(StoredWaybill waybill, Parcel parcel, boolean moved) {
        boolean atBranch = parcel.statusCode() == 7 || parcel.statusCode() == 8;
        if (waybill.storageWarnedAt() != null || !atBranch && parcel.statusCode() != 105) {
            return;
        }
        LocalDate reserve = waybill.reserveUntil();
        if (reserve == null && moved && atBranch) {
            reserve = reserves.lastDay(waybill.shopId(), waybill.orderId()).orElse(null);
            if (reserve != null) {
                book.reserveUntil(waybill.id(), reserve);
            }
        }
        LocalDate lastDay = reserve != null ? reserve
                : parcel.firstStorageDay() == null ? null : parcel.firstStorageDay().minusDays(1);
        LocalDate today = LocalDate.now(clock.withZone(KYIV));
        boolean endsSoon = parcel.statusCode() == 105 || lastDay != null && !lastDay.isAfter(today.plusDays(1));
        if (!endsSoon || !book.storageWarned(waybill.id())) {
            return;
        }
        String line = "Строк зберігання посилки ТТН " + waybill.number() + " у відділенні "
                + (parcel.statusCode() == 105 ? "сплив («" + parcel.status() + "»)" : "спливає " + DAY.format(lastDay)
                + (reserve != null ? " (резерв ROZETKA)" : " (безкоштовне зберігання Нової Пошти)"))
                + ": зателефонуйте покупцю";
        journal.record(null, waybill.shopId(), waybill.orderId(), EventKind.PARCEL_WARNING, Severity.WARN, line, null);
        signals.callBuyer(waybill.shopId(), waybill.orderId(), line);
    }

    /** ROZETKA says received while Nova Poshta says refused, or the other way round: a person looks. */
    private void contradiction(StoredWaybill waybill, Parcel parcel) {
        int rozetka;
        try {
            rozetka = snapshots.view(waybill.shopId(), waybill.orderId()).status();
        } catch (RuntimeException noSnapshot) {
            return;
        }
        boolean rozetkaReceived = rozetka == ROZETKA_RECEIVED;
        boolean rozetkaRefused = rozetka == 11 || rozetka == 12;
        if ((parcel.refused() && rozetkaReceived) || (parcel.takenByBuyer() && rozetkaRefused)) {
            journal.record(null, waybill.shopId(), waybill.orderId(), EventKind.PARCEL_WARNING, Severity.WARN,
                    "Нова Пошта і ROZETKA розходяться щодо ТТН " + waybill.number() + ": Нова Пошта — «"
                            + parcel.status() + "», ROZETKA — статус " + rozetka + "; діє статус ROZETKA, перевірте",
                    null);
        }
    }

    /** The money of a cash-on-delivery parcel, booked once, when Nova Poshta has paid it out. */
    private void payout(StoredWaybill waybill, Parcel parcel) {
        if (!parcel.paidOut() || !waybill.hasCashOnDelivery() || waybill.payoutBooked() || !book.bookPayout(waybill.id())) {
            return;
        }
        payments.register(waybill.shopId(), waybill.orderId(), waybill.cashOnDelivery(), Payments.CASH_ON_DELIVERY,
                "np-payout:" + waybill.number());
        journal.record(null, waybill.shopId(), waybill.orderId(), EventKind.PAYMENT_RECEIVED, Severity.INFO,
                "Нова Пошта виплатила накладений платіж " + formats.money(waybill.cashOnDelivery()) + " за ТТН "
                        + waybill.number() + (parcel.moneyTransfer() == null ? ""
                        : " (грошовий переказ " + parcel.moneyTransfer() + ")"), null);
    }
}
