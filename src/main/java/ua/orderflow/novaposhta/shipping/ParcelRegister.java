package ua.orderflow.novaposhta.shipping;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ua.orderflow.novaposhta.NovaPoshtaClient;
import ua.orderflow.novaposhta.NovaPoshtaClients;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * The day's register of handed-over parcels (Nova Poshta's ScanSheet, the list the branch signs at
 * pickup): the shop's waybills handed over this Kyiv day, put into one register per day with
 * {@code ScanSheet.insertDocuments} (only those not in it yet, so printing it again costs one call),
 * and its printed form.
 */
@Service
public class ParcelRegister {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    private final NovaPoshtaClients clients;
    private final WaybillBook book;
    private final SyncJournal journal;
    private final Clock clock;

    public ParcelRegister(NovaPoshtaClients clients, WaybillBook book, SyncJournal journal, Clock clock) {
        this.clients = clients;
        this.book = book;
        this.journal = journal;
        this.clock = clock;
    }

    /** The register's PDF and what it holds. */
    public record Printed(String number, int parcels, LocalDate day, byte[] pdf) {
    }

    /**
     * Builds (or completes) today's register and prints it. {@link NoSuchElementException} with the
     * reason in Ukrainian when nothing was handed over today.
     */
    public Printed today(String shopId) {
        LocalDate day = LocalDate.now(clock.withZone(KYIV));
        LocalDateTime from = day.atStartOfDay(KYIV).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        LocalDateTime to = day.plusDays(1).atStartOfDay(KYIV).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        List<StoredWaybill> handed = book.handedOverBetween(shopId, from, to);
        if (handed.isEmpty()) {
            throw new NoSuchElementException("Сьогодні ще жодної посилки не передано Новій Пошті: реєстр порожній");
        }
        NovaPoshtaClient np = clients.forShop(shopId);
        Optional<NovaPoshtaClient.Register> existing = book.register(shopId, day);
        List<StoredWaybill> fresh = handed.stream()
                .filter(w -> existing.isEmpty() || !existing.get().ref().equals(w.registerRef())).toList();
        NovaPoshtaClient.Register register = existing.orElse(null);
        if (!fresh.isEmpty()) {
            register = np.register(fresh.stream().map(StoredWaybill::ref).toList(), day,
                    existing.map(NovaPoshtaClient.Register::ref).orElse(null));
            book.registered(shopId, day, register, fresh.stream().map(StoredWaybill::id).toList());
            for (StoredWaybill w : fresh) {
                journal.record(null, shopId, w.orderId(), EventKind.PARCEL_STATUS, Severity.INFO, "ТТН " + w.number()
                        + " внесено до реєстру відправлень Нової Пошти № " + register.number(), null);
            }
        }
        return new Printed(register.number(), handed.size(), day, np.registerPdf(register.ref()));
    }
}
