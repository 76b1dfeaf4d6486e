package ua.orderflow.accounting;

import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments on an invoice, to the account the payment method maps to (cash desk or bank), and the
 * delivery costs the seller bears. The invoice's paid total and state follow each payment.
 */
@Service
public class Payments {

    public static final String CASH_ON_DELIVERY = "CASH_ON_DELIVERY";
    public static final String ROZETKA_CARD = "ROZETKA_CARD";

    private final JdbcClient jdbc;
    private final Invoices invoices;
    private final Idempotency idempotency;
    private final Clock clock;

    public Payments(JdbcClient jdbc, Invoices invoices, Idempotency idempotency, Clock clock) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** Registers a payment once per key; returns the invoice's state after it. */
    @Transactional
    public String register(String shopId, long orderId, BigDecimal amount, String source, String key) {
        InvoiceRow invoice = invoices.find(shopId, orderId)
                .orElseThrow(() -> new IllegalStateException("Замовлення " + orderId + " не має рахунку"));
        if ("CANCELLED".equals(invoice.state()) || amount.signum() <= 0
                || !idempotency.firstTime("payment:" + shopId + ":" + orderId + ":" + key)) {
            return invoice.state();
        }
        jdbc.sql("insert into payment (invoice_id, amount, account, paid_on, source) values (:invoice, :amount, :account, :today, :source)")
                .param("invoice", invoice.id()).param("amount", Invoices.money(amount)).param("account", invoice.account())
                .param("today", BusinessDay.today(clock)).param("source", source)
                .update();
        BigDecimal paid = invoice.paid().add(amount);
        String state = paid.compareTo(invoice.total()) >= 0 ? "PAID" : "PARTLY_PAID";
        jdbc.sql("update invoice set paid = :paid, state = :state where id = :id")
                .param("paid", Invoices.money(paid)).param("state", state).param("id", invoice.id()).update();
        return state;
    }

    /** Settles what is still owed: cash on delivery to the cash desk, card payments via ROZETKA to the bank. */
    @Transactional
    public String settle(String shopId, long orderId) {
        InvoiceRow invoice = invoices.find(shopId, orderId).orElseThrow(
                () -> new IllegalStateException("Замовлення " + orderId + " не має рахунку"));
        String source = "CASH_DESK".equals(invoice.accountKind()) ? CASH_ON_DELIVERY : ROZETKA_CARD;
        return register(shopId, orderId, invoice.balance(), source, "settle");
    }

    @Transactional
    public void expense(String shopId, long orderId, BigDecimal amount, String description, String key) {
        InvoiceRow invoice = invoices.find(shopId, orderId).orElseThrow();
        if (idempotency.firstTime("expense:" + shopId + ":" + orderId + ":" + key)) {
            jdbc.sql("""
                    insert into expense (invoice_id, expense_note_id, amount, description, spent_on)
                    values (:invoice, (select max(id) from expense_note where invoice_id = :invoice), :amount, :description, :today)""")
                    .param("invoice", invoice.id()).param("amount", Invoices.money(amount)).param("description", description)
                    .param("today", BusinessDay.today(clock)).update();
        }
    }
}
