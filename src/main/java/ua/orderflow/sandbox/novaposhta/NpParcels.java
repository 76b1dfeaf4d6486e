package ua.orderflow.sandbox.novaposhta;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import ua.orderflow.sandbox.SandboxPart;
import ua.orderflow.sandbox.SandboxRandom;
import ua.orderflow.sandbox.clock.KyivTime;
import ua.orderflow.sandbox.clock.SandboxClock;
import ua.orderflow.sandbox.rozetka.order.OrderBook;

/**
 * The simulated account's waybills and what tracking says of them. A parcel's status follows the
 * ROZETKA sandbox's carrier for the same TTN (one truth, read in Nova Poshta's codes), a cash-on-delivery
 * parcel is paid out {@code payoutAfter} after receipt (10 → 11), and an admin may force a status on a
 * TTN to show what Nova Poshta sees before ROZETKA does (a refusal, the end of storage).
 */
public final class NpParcels implements SandboxPart {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final DateTimeFormatter ISO_SPACE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME_FIRST = DateTimeFormatter.ofPattern("HH:mm dd.MM.yyyy");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    /** Free storage at a branch before it charges (and 105 follows some days later). */
    private static final Duration FREE_STORAGE = Duration.ofDays(7);

    private final SandboxClock clock;
    private final SandboxRandom random;
    private final OrderBook rozetka;
    private final Duration payoutAfter;
    private final Map<String, NpParcel> byNumber = new LinkedHashMap<>();
    private final Map<String, NpParcel> byRef = new LinkedHashMap<>();
    private final Map<String, Register> registers = new LinkedHashMap<>();

    public NpParcels(SandboxClock clock, SandboxRandom random, OrderBook rozetka, Duration payoutAfter) {
        this.clock = clock;
        this.random = random;
        this.rozetka = rozetka;
        this.payoutAfter = payoutAfter;
    }

    /** What the ROZETKA sandbox shows for a TTN: the status and since when. */
    record RozetkaSide(int status, Instant since) {
    }

    /** The fields of a save the store keeps; the caller has checked them. */
    record NewParcel(String orderBarcode, LocalDate shipOn, BigDecimal weight, int seats, BigDecimal cost,
            BigDecimal cashOnDelivery, String payerType, String paymentMethod, String cityRecipient,
            String recipientAddress, String recipientPhone, String serviceType) {
    }

    synchronized NpParcel create(NewParcel p) {
        Random dice = random.shared();
        String number;
        do {
            number = "20450" + String.format("%09d", dice.nextInt(1_000_000_000));
        } while (byNumber.containsKey(number));
        // a tariff in the spirit of Nova Poshta's: a base for a parcel, per kilogram, 0.5% of the value
        BigDecimal delivery = new BigDecimal("70").add(p.weight().multiply(new BigDecimal("10")))
                .add(p.cost().multiply(new BigDecimal("0.005"))).setScale(0, java.math.RoundingMode.HALF_UP);
        NpParcel parcel = new NpParcel(new UUID(dice.nextLong(), dice.nextLong()).toString(), number, p.orderBarcode(),
                clock.now(), p.shipOn(), p.weight(), p.seats(), p.cost(), p.cashOnDelivery(), p.payerType(),
                p.paymentMethod(), p.cityRecipient(), p.recipientAddress(), p.recipientPhone(), delivery,
                p.serviceType());
        byNumber.put(number, parcel);
        byRef.put(parcel.ref, parcel);
        return parcel;
    }

    synchronized Optional<NpParcel> byRef(String ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    synchronized List<NpParcel> all() {
        return new ArrayList<>(byNumber.values());
    }

    /** A parcel may be deleted only until it is handed over (an assumption: §7 leaves it open). */
    boolean delete(String ref) {
        NpParcel parcel = byRef(ref).orElse(null);
        if (parcel == null) {
            return false;
        }
        int status = status(parcel.number, side(Set.of(parcel.number)).get(parcel.number));
        synchronized (this) {
            if (status != 1) {
                return false;
            }
            parcel.deleted = true;
            return true;
        }
    }

    /** A register (ScanSheet) of the account: its number, date and the waybills in it, by Ref. */
    record Register(String ref, String number, LocalDate date, Set<String> documents) {
    }

    /**
     * ScanSheet.insertDocuments: the live waybills among {@code refs} go into the register {@code ref},
     * or a new one when it is blank; empty when that register is unknown or no waybill is.
     */
    synchronized Optional<Register> insert(String ref, LocalDate date, List<String> refs) {
        List<String> known = refs.stream().filter(r -> byRef.containsKey(r) && !byRef.get(r).deleted).toList();
        Register register = ref == null || ref.isBlank() ? null : registers.get(ref);
        if (known.isEmpty() || (ref != null && !ref.isBlank() && register == null)) {
            return Optional.empty();
        }
        if (register == null) {
            Random dice = random.shared();
            register = new Register(new UUID(dice.nextLong(), dice.nextLong()).toString(),
                    "105-" + String.format("%08d", registers.size() + 1), date, new java.util.LinkedHashSet<>());
            registers.put(register.ref(), register);
        }
        register.documents().addAll(known);
        return Optional.of(register);
    }

    synchronized Optional<Register> register(String ref) {
        return Optional.ofNullable(registers.get(ref));
    }

    /** Admin: Nova Poshta shows this status for the TTN from now on, whatever ROZETKA says. */
    public synchronized boolean force(String number, int status) {
        NpParcel parcel = byNumber.get(number);
        if (parcel == null) {
            return false;
        }
        parcel.forcedStatus = status;
        parcel.forcedAt = clock.now();
        return true;
    }

    /** Tracking rows for these numbers and phones, in the order asked. */
    List<Row> track(List<Map.Entry<String, String>> documents) {
        Set<String> numbers = new HashSet<>();
        documents.forEach(d -> numbers.add(d.getKey()));
        Map<String, RozetkaSide> sides = side(numbers);
        List<Row> rows = new ArrayList<>();
        synchronized (this) {
            for (Map.Entry<String, String> doc : documents) {
                rows.add(row(doc.getKey(), doc.getValue(), sides.get(doc.getKey())));
            }
        }
        return rows;
    }

    /** A row and whether the phone unlocked the full data. */
    record Row(Map<String, Object> data, boolean full) {
    }

    private Map<String, RozetkaSide> side(Set<String> numbers) {
        return rozetka.byTtns(numbers, o -> new RozetkaSide(o.status(), o.lastStatusChange()));
    }

    private int status(String number, RozetkaSide side) {
        NpParcel parcel;
        synchronized (this) {
            parcel = byNumber.get(number);
        }
        if (parcel == null && side == null) {
            return 3;
        }
        if (parcel != null && parcel.deleted) {
            return 2;
        }
        if (parcel != null && parcel.forcedStatus != null) {
            return parcel.forcedStatus;
        }
        int code = side == null ? 1 : NpStatus.fromRozetka(side.status());
        if (code == 9 && parcel != null && parcel.cashOnDelivery()) {
            return clock.now().isBefore(side.since().plus(payoutAfter)) ? 10 : 11;
        }
        return code;
    }

    private Row row(String number, String phone, RozetkaSide side) {
        NpParcel parcel = byNumber.get(number);
        int code = status(number, side);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Number", number);
        row.put("StatusCode", String.valueOf(code));
        row.put("Status", NpStatus.text(code));
        if (code == 3 || parcel == null) {
            return new Row(row, true);
        }
        Instant now = clock.now();
        Instant since = parcel.forcedAt != null ? parcel.forcedAt : side != null ? side.since() : parcel.created;
        String city = NpDirectory.cityName(parcel.cityRecipient).orElse("");
        row.put("DateCreated", kyiv(parcel.created).format(DAY_FIRST));
        row.put("ScheduledDeliveryDate", kyiv(parcel.created.plus(Duration.ofDays(2))).format(DAY_FIRST));
        row.put("TrackingUpdateDate", kyiv(since).format(ISO_SPACE));
        row.put("DateScan", kyiv(since).format(TIME_FIRST));
        row.put("CityRecipient", city);
        row.put("RefCityRecipient", parcel.cityRecipient);
        if (parcel.toDoor()) {
            row.put("ServiceType", parcel.serviceType);
            row.put("RecipientAddress", city + ", " + parcel.recipientAddress);
            row.put("WarehouseRecipient", "");
            row.put("WarehouseRecipientRef", "");
        } else {
            row.put("ServiceType", parcel.serviceType);
            row.put("WarehouseRecipient", "Відділення: " + city);
            row.put("WarehouseRecipientRef", parcel.recipientAddress);
        }
        row.put("WarehouseRecipientNumber", 1);
        row.put("DocumentCost", parcel.deliveryCost.toPlainString());
        // the typing quirks of the captured answer: these few are JSON numbers, the rest strings
        row.put("DocumentWeight", parcel.weight.stripTrailingZeros().intValue() == 0 ? 1 : parcel.weight.intValue());
        row.put("CheckWeight", 0);
        row.put("SumBeforeCheckWeight", parcel.deliveryCost.intValue());
        row.put("FactualWeight", parcel.weight.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        row.put("SeatsAmount", String.valueOf(parcel.seats));
        row.put("Redelivery", parcel.cashOnDelivery() ? 1 : 0);
        row.put("RedeliverySum", parcel.cashOnDelivery() ? parcel.cashOnDelivery.intValue() : 0);
        row.put("AviaDelivery", 0);
        row.put("PostomatV3CellReservationNumber", false);
        row.put("AmountToPay", parcel.cashOnDelivery() && code < 9 ? parcel.cashOnDelivery.toPlainString() : "0");
        row.put("AmountPaid", code == 9 || code == 10 || code == 11 ? (parcel.cashOnDelivery() ? parcel.cashOnDelivery
                .toPlainString() : "0") : "0");
        row.put("PaymentStatus", "");
        row.put("UndeliveryReasons", code == 103 ? "Відмова одержувача" : "");
        row.put("PossibilityCreateReturn", code == 9 || code == 10 || code == 11);
        row.put("PossibilityCreateRefusal", code == 7 || code == 8);
        row.put("PossibilityChangeEW", code == 1);
        boolean atBranch = code == 7 || code == 8 || code == 105;
        row.put("DateFirstDayStorage", atBranch ? KyivTime.formatDate(since.plus(FREE_STORAGE)).substring(0, 10) : "");
        row.put("ActualDeliveryDate", atBranch || code >= 9 && code <= 11 ? kyiv(since).format(ISO_SPACE) : "");
        row.put("RecipientDateTime", code >= 9 && code <= 11 ? kyiv(since).format(DOTTED) : "");
        if (code == 10 || code == 11) {
            row.put("LastCreatedOnTheBasisDocumentType", "RedeliveryGM");
            row.put("LastCreatedOnTheBasisNumber", "5999" + number.substring(4));
            row.put("LastAmountTransferGM", parcel.cashOnDelivery.setScale(3).toPlainString());
            row.put("LastAmountReceivedCommissionGM", 20);
        } else {
            row.put("LastCreatedOnTheBasisDocumentType", "");
            row.put("LastCreatedOnTheBasisNumber", "");
        }
        boolean full = phone != null && (NpDirectory.normalPhone(phone).equals(parcel.recipientPhone)
                || NpDirectory.SENDER_PHONE.equals(NpDirectory.normalPhone(phone)));
        if (full) {
            row.put("PhoneRecipient", parcel.recipientPhone);
            row.put("PhoneSender", NpDirectory.SENDER_PHONE);
            row.put("CitySender", "Київ");
            row.put("SenderAddress", "Відділення №1: Київ");
        }
        return new Row(full ? row : shortRow(row), full);
    }

    /** Without a matching phone Nova Poshta leaves the people and the money out. */
    private static Map<String, Object> shortRow(Map<String, Object> full) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String key : List.of("Number", "StatusCode", "Status", "DateCreated", "ScheduledDeliveryDate",
                "TrackingUpdateDate", "DateScan", "CityRecipient", "RefCityRecipient", "WarehouseRecipient",
                "WarehouseRecipientRef", "WarehouseRecipientNumber", "DocumentWeight", "ActualDeliveryDate",
                "RecipientDateTime", "DateFirstDayStorage")) {
            if (full.containsKey(key)) {
                row.put(key, full.get(key));
            }
        }
        return row;
    }

    private static LocalDateTime kyiv(Instant at) {
        return LocalDateTime.ofInstant(at, KyivTime.ZONE);
    }

    @Override
    public synchronized void reset() {
        byNumber.clear();
        byRef.clear();
        registers.clear();
    }
}
