package ua.orderflow.accounting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Everything the books hold for one order, for the read API and for supervisors. */
@Service
public class OrderDocuments {

    private final JdbcClient jdbc;
    private final Invoices invoices;

    public OrderDocuments(JdbcClient jdbc, Invoices invoices) {
        this.jdbc = jdbc;
        this.invoices = invoices;
    }

    public Map<String, Object> of(String shopId, long orderId) {
        Optional<InvoiceRow> found = invoices.find(shopId, orderId);
        if (found.isEmpty() && !imported(shopId, orderId)) {
            throw new NoSuchElementException("Замовлення " + orderId + " магазину " + shopId + " немає");
        }
        Map<String, Object> documents = new LinkedHashMap<>();
        documents.put("shopId", shopId);
        documents.put("orderId", orderId);
        found.ifPresentOrElse(invoice -> {
            documents.put("invoice", invoice(invoice));
            documents.put("expenseNotes", rows("select * from expense_note where invoice_id = :id order by id", invoice.id()));
            documents.put("returnNotes", rows("""
                    select r.* from return_note r join expense_note n on n.id = r.expense_note_id
                    where n.invoice_id = :id order by r.id""", invoice.id()));
            documents.put("payments", rows("select * from payment where invoice_id = :id order by id", invoice.id()));
            documents.put("expenses", rows("select * from expense where invoice_id = :id order by id", invoice.id()));
            documents.put("reservations", rows("select * from reservation where invoice_id = :id order by id", invoice.id()));
        }, () -> documents.put("invoice", null));
        return documents;
    }

    private boolean imported(String shopId, long orderId) {
        return jdbc.sql("select count(*) from marketplace_order where shop_id = :shop and order_id = :id")
                .param("shop", shopId).param("id", orderId).query(Long.class).single() > 0;
    }

    public Map<String, Object> invoice(InvoiceRow invoice) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("number", invoice.number());
        map.put("shopId", invoice.shopId());
        map.put("orderId", invoice.orderId());
        map.put("revision", invoice.revision());
        map.put("issuedOn", invoice.issuedOn());
        map.put("state", invoice.state());
        map.put("paymentMethod", invoice.paymentMethod());
        map.put("account", invoice.account());
        map.put("accountKind", invoice.accountKind());
        map.put("total", invoice.total());
        map.put("paid", invoice.paid());
        map.put("balance", invoice.balance());
        map.put("lines", rows("select line_no, kind, offer_id, name, quantity, price, amount, known from invoice_line where invoice_id = :id order by line_no", invoice.id()));
        return map;
    }

    private List<Map<String, Object>> rows(String sql, long invoiceId) {
        return Rows.lowerCaseKeys(jdbc.sql(sql).param("id", invoiceId).query().listOfRows());
    }
}
