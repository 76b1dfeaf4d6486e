package ua.orderflow.desk.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import ua.orderflow.accounting.InvoiceRow;
import ua.orderflow.accounting.Invoices;
import ua.orderflow.desk.DeskOrders;
import ua.orderflow.desk.Formats;
import ua.orderflow.shop.Shops;
import ua.orderflow.sync.change.OrderView;

/** The invoice and the latest expense note of an order, gathered from the books for printing. */
@Service
public class PrintedDocuments {

    private record Client(String name, String phone) {
    }

    private record ExpenseNote(String number, LocalDate issuedOn, String ttn, boolean ownCourier) {
    }

    private static final String CANCELLED = "CANCELLED";

    private final JdbcClient jdbc;
    private final Invoices invoices;
    private final DeskOrders orders;
    private final Shops shops;
    private final Formats formats;

    public PrintedDocuments(JdbcClient jdbc, Invoices invoices, DeskOrders orders, Shops shops, Formats formats) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.orders = orders;
        this.shops = shops;
        this.formats = formats;
    }

    public Optional<PrintedDocument> invoice(String shopId, long orderId) {
        return invoices.find(shopId, orderId).map(invoice -> document("Рахунок на оплату", invoice.number(),
                invoice.issuedOn(), invoice, CANCELLED.equals(invoice.state()) ? "Рахунок скасовано" : null));
    }

    public Optional<PrintedDocument> expenseNote(String shopId, long orderId) {
        return invoices.find(shopId, orderId).flatMap(invoice -> jdbc.sql("""
                        select number, issued_on, ttn, own_courier from expense_note where invoice_id = :id
                        order by id desc limit 1""")
                .param("id", invoice.id()).query(ExpenseNote.class).optional()
                .map(note -> document("Видаткова накладна", note.number(), note.issuedOn(), invoice,
                        note.ownCourier() ? "Доставка власним кур'єром"
                                : note.ttn() == null || note.ttn().isBlank() ? null : "ТТН " + note.ttn())));
    }

    private PrintedDocument document(String title, String number, LocalDate date, InvoiceRow invoice, String note) {
        Client client = invoice.clientId() == null ? null : jdbc.sql("select name, phone from client where id = :id")
                .param("id", invoice.clientId()).query(Client.class).optional().orElse(null);
        OrderView order = orders.one(invoice.shopId(), invoice.orderId()).map(DeskOrders.Row::order).orElse(null);
        String buyer = client != null && client.name() != null ? client.name() : order == null ? null : order.customerName();
        String phone = client != null ? client.phone() : order == null ? null : order.customerPhone();
        List<PrintedDocument.Line> lines = jdbc.sql("""
                        select line_no, name, quantity, price, amount from invoice_line where invoice_id = :id
                        order by line_no""")
                .param("id", invoice.id()).query((rs, n) -> new PrintedDocument.Line(rs.getInt("line_no"),
                        rs.getString("name"), rs.getInt("quantity"), rs.getBigDecimal("price"), rs.getBigDecimal("amount")))
                .list();
        BigDecimal total = invoice.total();
        return new PrintedDocument(title, number, date, shops.byId(invoice.shopId()), buyer,
                phone == null ? null : formats.phone(phone), invoice.orderId(), invoice.paymentMethod(),
                order == null ? null : delivery(order), note, lines, total);
    }

    private static String delivery(OrderView order) {
        StringBuilder text = new StringBuilder(order.deliveryService() == null ? "" : order.deliveryService());
        for (String part : new String[] {order.deliveryCity(), order.deliveryPlace()}) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : ", ").append(part);
            }
        }
        return text.isEmpty() ? null : text.toString();
    }
}
