package ua.orderflow.accounting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.orderflow.DbTime;
import ua.orderflow.Words;
import ua.orderflow.shop.Shop;
import ua.orderflow.shop.Shops;

/**
 * Invoices at ROZETKA's prices with their stock reservations: issue once per order, bring up to a
 * newer revision while nothing is shipped, cancel (never delete).
 */
@Service
public class Invoices {

    static final String DELIVERY = "Доставка";
    static final String ADDITIONAL = "Додатковий товар";

    private final JdbcClient jdbc;
    private final Clients clients;
    private final Stock stock;
    private final DocumentNumbers numbers;
    private final Idempotency idempotency;
    private final Shops shops;
    private final Clock clock;

    public Invoices(JdbcClient jdbc, Clients clients, Stock stock, DocumentNumbers numbers, Idempotency idempotency,
            Shops shops, Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.stock = stock;
        this.numbers = numbers;
        this.idempotency = idempotency;
        this.shops = shops;
        this.clock = clock;
    }

    /** What issuing did: the invoice, and the lines the stock could not cover or the catalogue does not know. */
    public record Issued(DocumentNumber number, BigDecimal total, List<String> shortages, List<String> unknownProducts,
            boolean repeated) {
    }

    /** Lines changed by a newer order revision; {@code applied} false once goods have left. */
    public record Revision(boolean applied, List<String> differences) {
    }

    @Transactional
    public Issued issue(OrderSnapshot order) {
        if (!idempotency.firstTime("invoice:" + order.shopId() + ":" + order.orderId())) {
            InvoiceRow existing = find(order.shopId(), order.orderId()).orElseThrow();
            return new Issued(DocumentNumber.of(existing.number()), existing.total(), List.of(), List.of(), true);
        }
        Shop shop = shops.byId(order.shopId());
        Long client = clients.upsert(order.customerPhone(), order.customerName(), order.customerEmail());
        boolean cash = order.paidInCash();
        DocumentNumbers.Pending number = numbers.next(DocumentNumbers.INVOICE, order.date().getYear(), "invoice");
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into invoice (number, shop_id, order_id, revision, client_id, issued_on, payment_method,
                    account_kind, account, state, total, paid, created_at)
                values (:number, :shop, :order, :revision, :client, :date, :method, :kind, :account, 'ISSUED', 0, 0, :now)""")
                .param("number", number.placeholder()).param("shop", order.shopId()).param("order", order.orderId())
                .param("revision", order.revision()).param("client", client).param("date", order.date())
                .param("method", order.paymentMethod()).param("kind", cash ? "CASH_DESK" : "BANK")
                .param("account", cash ? shop.cashDesk() : shop.bankAccount())
                .param("now", DbTime.now(clock))
                .update(key, "id");
        long invoiceId = key.getKey().longValue();
        Lines written = writeLines(invoiceId, order);
        return new Issued(number.number(), written.total(), written.shortages(), written.unknown(), false);
    }

    @Transactional
    public Revision revise(OrderSnapshot order) {
        InvoiceRow invoice = find(order.shopId(), order.orderId()).orElseThrow();
        Map<String, String[]> before = goodsLines(invoice.id());
        Map<String, String[]> after = new LinkedHashMap<>();
        order.lines().forEach(l -> after.merge(l.offerId() == null ? l.name() : l.offerId(),
                new String[] {l.name(), String.valueOf(l.quantity()), money(l.price()).toPlainString()},
                (a, b) -> new String[] {a[0], String.valueOf(Integer.parseInt(a[1]) + Integer.parseInt(b[1])), a[2]}));
        List<String> differences = differences(before, after);
        if (differences.isEmpty() || !idempotency.firstTime("revise:" + order.shopId() + ":" + order.orderId() + ":"
                + order.revision())) {
            return new Revision(false, differences);
        }
        if (shipped(invoice.id()) || "CANCELLED".equals(invoice.state())) {
            return new Revision(false, differences);
        }
        releaseReservations(invoice.id());
        jdbc.sql("delete from invoice_line where invoice_id = :id").param("id", invoice.id()).update();
        Lines written = writeLines(invoice.id(), order);
        jdbc.sql("update invoice set revision = :revision where id = :id")
                .param("revision", order.revision()).param("id", invoice.id()).update();
        List<String> all = new ArrayList<>(differences);
        written.shortages().forEach(s -> all.add("нестача: " + s));
        return new Revision(true, all);
    }

    /** Cancels the invoice and frees its stock; after shipment see {@link Shipments#returnGoods}. */
    @Transactional
    public Optional<String> cancel(String shopId, long orderId) {
        Optional<InvoiceRow> invoice = find(shopId, orderId);
        if (invoice.isEmpty() || !idempotency.firstTime("cancel:" + shopId + ":" + orderId)) {
            return invoice.map(InvoiceRow::number);
        }
        releaseReservations(invoice.get().id());
        jdbc.sql("update invoice set state = 'CANCELLED' where id = :id").param("id", invoice.get().id()).update();
        return invoice.map(InvoiceRow::number);
    }

    public Optional<InvoiceRow> find(String shopId, long orderId) {
        return jdbc.sql("select * from invoice where shop_id = :shop and order_id = :order order by id desc limit 1")
                .param("shop", shopId).param("order", orderId).query(InvoiceRow.class).optional();
    }

    public Optional<InvoiceRow> byNumber(String number) {
        return jdbc.sql("select * from invoice where number = :number").param("number", number)
                .query(InvoiceRow.class).optional();
    }

    private record Lines(BigDecimal total, List<String> shortages, List<String> unknown) {
    }

    private Lines writeLines(long invoiceId, OrderSnapshot order) {
        List<String> shortages = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int lineNo = 0;
        List<OrderSnapshot.Line> toReserve = new ArrayList<>();
        for (OrderSnapshot.Line line : order.lines()) {
            boolean known = stock.knows(line.offerId());
            String name = line.additional() ? ADDITIONAL + ": " + line.name() : line.name();
            insertLine(invoiceId, ++lineNo, line.additional() ? "ADDITIONAL" : "GOODS", line.offerId(), name,
                    line.quantity(), line.price(), line.amount(), known);
            total = total.add(line.amount());
            if (known) {
                toReserve.add(line);
            } else {
                unknown.add(line.offerId() + " «" + line.name() + "»");
            }
        }
        // stock rows in one order for every invoice: two invoices locking them in opposite orders deadlock
        toReserve.sort(java.util.Comparator.comparing(OrderSnapshot.Line::offerId));
        for (OrderSnapshot.Line line : toReserve) {
            Optional<String> warehouse = stock.reserve(line.offerId(), line.quantity());
            if (warehouse.isPresent()) {
                jdbc.sql("""
                        insert into reservation (invoice_id, offer_id, warehouse, quantity, state)
                        values (:invoice, :offer, :w, :q, 'RESERVED')""")
                        .param("invoice", invoiceId).param("offer", line.offerId()).param("w", warehouse.get())
                        .param("q", line.quantity()).update();
            } else {
                shortages.add(line.offerId() + " «" + line.name() + "» × " + line.quantity());
            }
        }
        if (order.deliveryCost() != null && order.deliveryCost().signum() > 0) {
            insertLine(invoiceId, ++lineNo, "DELIVERY", null, DELIVERY, 1, order.deliveryCost(), order.deliveryCost(), true);
            total = total.add(order.deliveryCost());
        }
        total = money(total);
        jdbc.sql("update invoice set total = :total where id = :id").param("total", total).param("id", invoiceId).update();
        return new Lines(total, shortages, unknown);
    }

    private void insertLine(long invoiceId, int lineNo, String kind, String offerId, String name, int quantity,
            BigDecimal price, BigDecimal amount, boolean known) {
        jdbc.sql("""
                insert into invoice_line (invoice_id, line_no, kind, offer_id, name, quantity, price, amount, known)
                values (:invoice, :no, :kind, :offer, :name, :q, :price, :amount, :known)""")
                .param("invoice", invoiceId).param("no", lineNo).param("kind", kind).param("offer", offerId)
                .param("name", name).param("q", quantity).param("price", money(price)).param("amount", money(amount))
                .param("known", known).update();
    }

    void releaseReservations(long invoiceId) {
        jdbc.sql("select offer_id, warehouse, quantity from reservation where invoice_id = :id and state = 'RESERVED'"
                + " order by offer_id, warehouse")
                .param("id", invoiceId).query((rs, n) -> {
                    stock.release(rs.getString(1), rs.getString(2), rs.getInt(3));
                    return null;
                }).list();
        jdbc.sql("update reservation set state = 'RELEASED' where invoice_id = :id and state = 'RESERVED'")
                .param("id", invoiceId).update();
    }

    boolean shipped(long invoiceId) {
        return jdbc.sql("select count(*) from expense_note where invoice_id = :id").param("id", invoiceId)
                .query(Long.class).single() > 0;
    }

    private Map<String, String[]> goodsLines(long invoiceId) {
        Map<String, String[]> lines = new LinkedHashMap<>();
        jdbc.sql("select offer_id, name, quantity, price from invoice_line where invoice_id = :id and kind <> 'DELIVERY' order by line_no")
                .param("id", invoiceId).query((rs, n) -> {
                    String name = rs.getString(2).startsWith(ADDITIONAL + ": ")
                            ? rs.getString(2).substring(ADDITIONAL.length() + 2) : rs.getString(2);
                    lines.merge(rs.getString(1) == null ? name : rs.getString(1),
                            new String[] {name, String.valueOf(rs.getInt(3)), rs.getBigDecimal(4).toPlainString()},
                            (a, b) -> new String[] {a[0], String.valueOf(Integer.parseInt(a[1]) + Integer.parseInt(b[1])), a[2]});
                    return null;
                }).list();
        return lines;
    }

    private static List<String> differences(Map<String, String[]> before, Map<String, String[]> after) {
        List<String> differences = new ArrayList<>();
        before.forEach((key, was) -> {
            String[] now = after.get(key);
            if (now == null) {
                differences.add("видалено «" + was[0] + "» × " + was[1]);
            } else {
                if (!was[1].equals(now[1])) {
                    differences.add("«" + was[0] + "»: кількість " + was[1] + " → " + now[1]);
                }
                if (new BigDecimal(was[2]).compareTo(new BigDecimal(now[2])) != 0) {
                    differences.add("«" + was[0] + "»: ціна " + Words.money(new BigDecimal(was[2])) + " → "
                            + Words.money(new BigDecimal(now[2])));
                }
            }
        });
        after.forEach((key, now) -> {
            if (!before.containsKey(key)) {
                differences.add("додано «" + now[0] + "» × " + now[1]);
            }
        });
        return differences;
    }

    static BigDecimal money(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
    }
}
