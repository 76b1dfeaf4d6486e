package ua.orderflow.novaposhta.shipping;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import ua.orderflow.accounting.InvoiceRow;
import ua.orderflow.accounting.Invoices;
import ua.orderflow.accounting.Phones;
import ua.orderflow.novaposhta.Counterparty;
import ua.orderflow.novaposhta.NovaPoshtaClient;
import ua.orderflow.novaposhta.NovaPoshtaClients;
import ua.orderflow.novaposhta.NovaPoshtaException;
import ua.orderflow.novaposhta.Waybill;
import ua.orderflow.novaposhta.WaybillRequest;
import ua.orderflow.rozetka.RozetkaClients;
import ua.orderflow.rozetka.model.RozetkaOrder;
import ua.orderflow.shop.NovaPoshtaAccount;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * Makes the Nova Poshta waybill of an order from ROZETKA's order (recipient, phone, city, branch) and
 * our invoice (declared value, what is still owed), never twice: our table first, then Nova Poshta's
 * own list of the last days (a creation whose answer was lost is found there), only then a new one.
 */
@Service
public class WaybillMaker {

    /** How far back a lost creation is looked for: the engine's retries end long before. */
    private static final int LOOK_BACK_DAYS = 7;
    private static final Map<String, String> MEANINGS = Map.of(
            "20000201162", "вага одного місця більша, ніж приймає відділення одержувача",
            "20000100018", "неправильний номер телефону",
            "20000200103", "Нова Пошта не знає міста одержувача",
            "20000400455", "дата відправлення в минулому",
            "20000200068", "ключ API не прийнято",
            "20000201204", "строк дії ключа API минув");

    private final Shops shops;
    private final NovaPoshtaClients clients;
    private final RozetkaClients rozetka;
    private final Invoices invoices;
    private final Senders senders;
    private final WaybillBook book;
    private final SyncJournal journal;
    private final Clock clock;

    public WaybillMaker(Shops shops, NovaPoshtaClients clients, RozetkaClients rozetka, Invoices invoices,
            Senders senders, WaybillBook book, SyncJournal journal, Clock clock) {
        this.shops = shops;
        this.clients = clients;
        this.rozetka = rozetka;
        this.invoices = invoices;
        this.senders = senders;
        this.book = book;
        this.journal = journal;
        this.clock = clock;
    }

    /** Whether this shop makes waybills here at all (an API key is configured). */
    public boolean available(String shopId) {
        return shops.byId(shopId).shipsWithNovaPoshta();
    }

    /**
     * What the ship form offers: the shop's defaults, the invoice total as declared value, and for a
     * cash order the balance to collect, when the shop sends cash orders with cash on delivery.
     */
    public WaybillDraft draft(String shopId, long orderId) {
        Shop shop = shops.byId(shopId);
        NovaPoshtaAccount.Defaults defaults = shop.novaPoshta() == null ? NovaPoshtaAccount.Defaults.usual()
                : shop.novaPoshta().defaults();
        Optional<InvoiceRow> invoice = invoices.find(shopId, orderId);
        BigDecimal declared = invoice.map(InvoiceRow::total).orElse(BigDecimal.ZERO);
        BigDecimal cod = invoice.filter(i -> "CASH_DESK".equals(i.accountKind()) && defaults.cashOnDelivery())
                .map(InvoiceRow::balance).filter(b -> b.signum() > 0).orElse(null);
        return new WaybillDraft(defaults.weight(), defaults.seats(), defaults.description(), declared, cod);
    }

    /**
     * The order's waybill: the one made before, or a new one. {@link WaybillRefused} when Nova Poshta
     * refuses it; {@link NovaPoshtaException.Unavailable} (and anything else) for the engine to retry.
     */
    public StoredWaybill make(String shopId, long orderId, WaybillDraft draft) {
        Optional<StoredWaybill> made = book.live(shopId, orderId);
        if (made.isPresent()) {
            return made.get();
        }
        NovaPoshtaClient np = clients.forShop(shopId);
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Kyiv")));
        Optional<Waybill> lost = np.findForOrder(String.valueOf(orderId), today.minusDays(LOOK_BACK_DAYS), today);
        RozetkaOrder order = rozetka.forShop(shopId).order(orderId, "delivery");
        RozetkaOrder.Delivery delivery = order.delivery();
        String phone = Phones.normalize(delivery == null || delivery.recipientPhone() == null ? order.userPhone()
                : delivery.recipientPhone());
        if (lost.isPresent()) {
            book.insert(shopId, orderId, lost.get(), draft, phone);
            journal.record(null, shopId, orderId, EventKind.WAYBILL_CREATED, Severity.INFO, "ТТН Нової Пошти "
                    + lost.get().number() + " замовлення " + orderId + " знайдено в Новій Пошті (створена раніше)", null);
            return book.live(shopId, orderId).orElseThrow();
        }
        try {
            Waybill waybill = np.create(request(shopId, orderId, draft, np, order, phone, today));
            book.insert(shopId, orderId, waybill, draft, phone);
            journal.record(null, shopId, orderId, EventKind.WAYBILL_CREATED, Severity.INFO, "Створено ТТН Нової Пошти "
                    + waybill.number() + " для замовлення " + orderId + (draft.cashOnDelivery() == null ? ""
                    : ", накладений платіж " + draft.cashOnDelivery().toPlainString() + " грн"), null);
            return book.live(shopId, orderId).orElseThrow();
        } catch (NovaPoshtaException.Refused | NovaPoshtaException.KeyRefused e) {
            String reason = reason(e);
            journal.record(null, shopId, orderId, EventKind.WAYBILL_REFUSED, Severity.WARN,
                    "Нова Пошта не створила ТТН замовлення " + orderId + ": " + reason, null);
            throw new WaybillRefused(reason);
        }
    }

    private WaybillRequest request(String shopId, long orderId, WaybillDraft draft, NovaPoshtaClient np,
            RozetkaOrder order, String phone, LocalDate today) {
        RozetkaOrder.Delivery d = order.delivery();
        if (d == null) {
            throw refused("у замовленні ROZETKA немає доставки");
        }
        if (phone == null) {
            throw refused("у замовленні немає телефону одержувача, який прийняла б Нова Пошта");
        }
        String cityName = d.city() == null ? null : d.city().name();
        String city = cityName == null ? null : np.cityRef(cityName).orElse(null);
        if (city == null) {
            throw refused("Нова Пошта не знає міста одержувача «" + cityName + "»");
        }
        WaybillRequest.Door door = d.toDoor() ? door(d, cityName) : null;
        if (door == null) {
            branchInCity(np, d, city, cityName);
        }
        String[] name = recipientName(order);
        Counterparty recipient = np.recipient(name[1], name[0], name[2], phone);
        Senders.Sender sender = senders.forShop(shopId);
        NovaPoshtaAccount.Defaults defaults = shops.byId(shopId).novaPoshta().defaults();
        return new WaybillRequest(String.valueOf(orderId), today, defaults.payer(), "Cash", defaults.cargoType(),
                draft.weight(), draft.seats(), draft.description(), draft.declaredValue(), draft.cashOnDelivery(),
                sender.city(), sender.counterparty(), sender.address(), sender.contact(), sender.phone(), city,
                recipient.ref(), door == null ? d.refId() : null, recipient.contact(), phone, door,
                defaults.paymentControl());
    }

    /** Courier delivery (ROZETKA's delivery_method_id 2): the buyer's street, house and flat. */
    private static WaybillRequest.Door door(RozetkaOrder.Delivery d, String cityName) {
        if (d.placeStreet() == null || d.placeStreet().isBlank() || d.placeHouse() == null || d.placeHouse().isBlank()) {
            throw refused("у замовленні ROZETKA немає адреси для кур'єра (вулиця й будинок)");
        }
        return new WaybillRequest.Door(cityName, d.placeStreet().trim(), d.placeHouse().trim(),
                d.placeFlat() == null ? "" : d.placeFlat().trim());
    }

    /**
     * ROZETKA's branch Ref must be a branch of the recipient's city in Nova Poshta's directory
     * (Address.getWarehouses by the city and the branch's number): a branch of another city is a
     * parcel sent to the wrong place, a refusal the manager sees like Nova Poshta's own.
     */
    private static void branchInCity(NovaPoshtaClient np, RozetkaOrder.Delivery d, String city, String cityName) {
        if (d.refId() == null || d.refId().isBlank()) {
            throw refused("у замовленні ROZETKA немає відділення Нової Пошти (delivery.ref_id)");
        }
        boolean inCity = np.warehouses(city, d.placeNumber()).stream().anyMatch(w -> d.refId().equals(w.ref()));
        if (!inCity) {
            throw refused("відділення " + (d.placeNumber() == null || d.placeNumber().isBlank() ? ""
                    : "№ " + d.placeNumber() + " ") + "із замовлення ROZETKA не належить місту «" + cityName
                    + "» за довідником Нової Пошти: перевірте доставку в ROZETKA");
        }
    }

    /** Last, first and middle name of the recipient, else of the buyer. */
    private static String[] recipientName(RozetkaOrder order) {
        RozetkaOrder.Delivery d = order.delivery();
        if (d != null && d.recipientLastName() != null && d.recipientFirstName() != null) {
            return new String[] {d.recipientLastName(), d.recipientFirstName(),
                    d.recipientSecondName() == null ? "" : d.recipientSecondName()};
        }
        String full = d != null && d.recipientTitle() != null ? d.recipientTitle()
                : order.userTitle() == null ? "" : order.userTitle().fullName();
        String[] parts = (full == null ? "" : full.trim()).split("\\s+");
        return new String[] {parts[0], parts.length > 1 ? parts[1] : parts[0], parts.length > 2 ? parts[2] : ""};
    }

    private static NovaPoshtaException.Refused refused(String ukrainian) {
        return new NovaPoshtaException.Refused(ukrainian, java.util.List.of());
    }

    /** Nova Poshta's own text, with what its code means in Ukrainian when we know it. */
    private static String reason(NovaPoshtaException e) {
        String text = e instanceof NovaPoshtaException.Refused r ? r.reason() : e.getMessage();
        String meaning = e.codes().stream().map(MEANINGS::get).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        return (meaning == null ? "" : meaning + ": ") + "«" + text + "»"
                + (e.codes().isEmpty() ? "" : " (код " + String.join(", ", e.codes()) + ")");
    }
}
