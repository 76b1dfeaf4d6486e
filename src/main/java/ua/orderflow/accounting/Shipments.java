package ua.orderflow.accounting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.orderflow.DbTime;

/**
 * Expense notes (the goods leave: reserved stock is written off) and their delivery states; a
 * refusal or non-pickup brings the goods back with a return note and cancels the sale.
 */
@Service
public class Shipments {

    private final JdbcClient jdbc;
    private final Invoices invoices;
    private final Stock stock;
    private final DocumentNumbers numbers;
    private final Idempotency idempotency;
    private final Clock clock;

    public Shipments(JdbcClient jdbc, Invoices invoices, Stock stock, DocumentNumbers numbers, Idempotency idempotency,
            Clock clock) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.stock = stock;
        this.numbers = numbers;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** RETURNED is the end of a parcel the buyer refused or left at the pickup point: its goods came back. */
    public enum DeliveryState { SENT, DELIVERED, RECEIVED, RETURNED }

    /** Issues the order's expense note (once) and writes its reserved stock off. */
    @Transactional
    public DocumentNumber ship(String shopId, long orderId, String ttn, boolean ownCourier) {
        InvoiceRow invoice = invoices.find(shopId, orderId)
                .orElseThrow(() -> new IllegalStateException("Замовлення " + orderId + " не має рахунку"));
        if (!idempotency.firstTime("note:" + shopId + ":" + orderId)) {
            return DocumentNumber.of(noteNumber(invoice.id()).orElseThrow());
        }
        DocumentNumbers.Pending number = numbers.next(DocumentNumbers.EXPENSE_NOTE, today().getYear(), "expense_note");
        jdbc.sql("""
                insert into expense_note (number, invoice_id, delivery_state, ttn, own_courier, issued_on, state_changed)
                values (:number, :invoice, 'SENT', :ttn, :own, :today, :now)""")
                .param("number", number.placeholder()).param("invoice", invoice.id()).param("ttn", blankToNull(ttn))
                .param("own", ownCourier).param("today", today()).param("now", now()).update();
        jdbc.sql("select offer_id, warehouse, quantity from reservation where invoice_id = :id and state = 'RESERVED'"
                + " order by offer_id, warehouse")
                .param("id", invoice.id()).query((rs, n) -> {
                    stock.writeOff(rs.getString(1), rs.getString(2), rs.getInt(3));
                    return null;
                }).list();
        jdbc.sql("update reservation set state = 'WRITTEN_OFF' where invoice_id = :id and state = 'RESERVED'")
                .param("id", invoice.id()).update();
        return number.number();
    }

    /** Whether the order's goods have left the warehouse: it has an expense note. */
    public boolean hasShipped(String shopId, long orderId) {
        return invoices.find(shopId, orderId).map(invoice -> invoices.shipped(invoice.id())).orElse(false);
    }

    /**
     * Moves the note's delivery state forward (never back: seed 000 lets steps be skipped). Not to
     * RETURNED: a return puts the goods back and cancels the sale, which only {@link #returnGoods} does.
     */
    @Transactional
    public void deliveryState(String shopId, long orderId, DeliveryState state) {
        if (state == DeliveryState.RETURNED || state == DeliveryState.SENT) {
            throw new IllegalArgumentException("Видаткову накладну замовлення " + orderId + " не позначають «"
                    + (state == DeliveryState.RETURNED ? "повернено" : "відправлено") + "» окремо: відправлення оформлює"
                    + " сама видаткова накладна, повернення — накладна на повернення разом із товаром");
        }
        invoices.find(shopId, orderId).ifPresent(invoice -> jdbc.sql("""
                update expense_note set delivery_state = :state, state_changed = :now
                where invoice_id = :invoice and (delivery_state = 'SENT' or (delivery_state = 'DELIVERED' and :state = 'RECEIVED'))""")
                .param("state", state.name()).param("now", now()).param("invoice", invoice.id()).update());
    }

    /** The buyer refused or did not pick up: goods back on the shelf, return note, sale cancelled. */
    @Transactional
    public Optional<DocumentNumber> returnGoods(String shopId, long orderId, String reason) {
        Optional<InvoiceRow> invoice = invoices.find(shopId, orderId);
        if (invoice.isEmpty() || !idempotency.firstTime("return:" + shopId + ":" + orderId)) {
            return Optional.empty();
        }
        long invoiceId = invoice.get().id();
        Optional<Long> note = jdbc.sql("select id from expense_note where invoice_id = :id order by id desc limit 1")
                .param("id", invoiceId).query(Long.class).optional();
        if (note.isEmpty()) {
            invoices.cancel(shopId, orderId);
            return Optional.empty();
        }
        DocumentNumbers.Pending number = numbers.next(DocumentNumbers.RETURN_NOTE, today().getYear(), "return_note");
        jdbc.sql("insert into return_note (number, expense_note_id, reason, issued_on) values (:number, :note, :reason, :today)")
                .param("number", number.placeholder()).param("note", note.get()).param("reason", reason).param("today", today()).update();
        jdbc.sql("select offer_id, warehouse, quantity from reservation where invoice_id = :id and state = 'WRITTEN_OFF'"
                + " order by offer_id, warehouse")
                .param("id", invoiceId).query((rs, n) -> {
                    stock.putBack(rs.getString(1), rs.getString(2), rs.getInt(3));
                    return null;
                }).list();
        jdbc.sql("update reservation set state = 'RETURNED' where invoice_id = :id and state = 'WRITTEN_OFF'")
                .param("id", invoiceId).update();
        jdbc.sql("update expense_note set delivery_state = 'RETURNED', state_changed = :now where id = :note")
                .param("now", now()).param("note", note.get()).update();
        invoices.cancel(shopId, orderId);
        return Optional.of(number.number());
    }

    private Optional<String> noteNumber(long invoiceId) {
        return jdbc.sql("select number from expense_note where invoice_id = :id order by id desc limit 1")
                .param("id", invoiceId).query(String.class).optional();
    }

    private LocalDate today() {
        return BusinessDay.today(clock);
    }

    private LocalDateTime now() {
        return DbTime.now(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
