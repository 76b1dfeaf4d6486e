package ua.orderflow.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;

/** The books on PostgreSQL: every operation, twice; revisions; cancellation after shipment; races. */
@PostgresIntegrationTest
class LedgerIT {

    private static final String SHOP = "sandbox";

    @Autowired
    Invoices invoices;
    @Autowired
    Shipments shipments;
    @Autowired
    Payments payments;
    @Autowired
    Stock stock;
    @Autowired
    CatalogueImport catalogue;
    @Autowired
    Clients clients;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private long nextOrder;

    @BeforeEach
    void freshProducts() {
        nextOrder = System.nanoTime() % 1_000_000_000L;
        catalogue.importCsv("""
                offer_id;article;name;price;category;warehouse;quantity
                LED-1;LED-1;Ліхтарик;250.00;Тест;Основний склад;5
                LAST-1;LAST-1;Останній товар;999.00;Тест;Основний склад;1
                MUG-1;MUG-1;Чашка;150.00;Тест;Основний склад;10
                """);
        // earlier tests' reservations of these test products would change what is available
        jdbc.sql("update stock set reserved = 0 where offer_id in ('LED-1', 'LAST-1', 'MUG-1')").update();
    }

    @Test
    void anInvoiceIsIssuedOnceAtRozetkasPricesWithServiceLinesAndItsClient() {
        OrderSnapshot order = order("r1", "cash", new BigDecimal("70.00"),
                line("LED-1", 2, "240.00"), additional("MUG-1", 1, "99.00"));

        Invoices.Issued first = invoices.issue(order);
        Invoices.Issued again = invoices.issue(order);

        assertThat(first.number().value()).matches("РФ-" + LocalDate.now().getYear() + "-\\d{6}");
        assertThat(again.number().value()).isEqualTo(first.number().value());
        assertThat(again.repeated()).isTrue();
        assertThat(first.total()).isEqualByComparingTo("649.00"); // 480 + 99 + delivery 70
        assertThat(reserved("LED-1")).isEqualTo(2);
        assertThat(reserved("MUG-1")).isEqualTo(1);
        assertThat(jdbc.sql("select name from invoice_line l join invoice i on i.id = l.invoice_id where i.number = :n order by line_no")
                .param("n", first.number().value()).query(String.class).list())
                .containsExactly("Ліхтарик", "Додатковий товар: Чашка", "Доставка");
        InvoiceRow row = invoices.byNumber(first.number().value()).orElseThrow();
        assertThat(row.accountKind()).isEqualTo("CASH_DESK");
        assertThat(row.account()).isEqualTo("Каса магазину");
        assertThat(clients.byPhone("+38 (067) 111-22-33")).hasValueSatisfying(c -> {
            assertThat(c.phone()).isEqualTo("380671112233");
            assertThat(c.name()).isEqualTo("Коваль Олена");
        });
    }

    @Test
    void aCardOrderGoesToTheBankAndPaymentsAreCountedOnce() {
        OrderSnapshot order = order("r1", "card", null, line("MUG-1", 2, "150.00"));
        invoices.issue(order);
        assertThat(invoices.find(SHOP, order.orderId()).orElseThrow().accountKind()).isEqualTo("BANK");

        assertThat(payments.register(SHOP, order.orderId(), new BigDecimal("100.00"), Payments.ROZETKA_CARD, "p1"))
                .isEqualTo("PARTLY_PAID");
        assertThat(payments.register(SHOP, order.orderId(), new BigDecimal("100.00"), Payments.ROZETKA_CARD, "p1"))
                .isEqualTo("PARTLY_PAID");
        assertThat(payments.settle(SHOP, order.orderId())).isEqualTo("PAID");
        assertThat(payments.settle(SHOP, order.orderId())).isEqualTo("PAID");
        InvoiceRow paid = invoices.find(SHOP, order.orderId()).orElseThrow();
        assertThat(paid.paid()).isEqualByComparingTo("300.00");
        assertThat(paid.balance()).isEqualByComparingTo("0.00");
        assertThat(jdbc.sql("select count(*) from payment where invoice_id = :id").param("id", paid.id())
                .query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void aNewerRevisionBeforeShipmentReportsEveryDifferenceAndMovesTheReservation() {
        OrderSnapshot order = order("r1", "cash", null, line("LED-1", 1, "250.00"), line("MUG-1", 2, "150.00"));
        invoices.issue(order);
        OrderSnapshot revised = new OrderSnapshot(SHOP, order.orderId(), "r2", order.date(), order.customerName(),
                order.customerPhone(), null, "cash", "Готівка", null, null,
                List.of(line("LED-1", 3, "250.00"), line("LAST-1", 1, "899.00")));
        // MUG-1 removed, LED-1 quantity 1 → 3, LAST-1 added; then a price change alone
        Invoices.Revision revision = invoices.revise(revised);
        assertThat(revision.applied()).isTrue();
        assertThat(revision.differences()).containsExactlyInAnyOrder(
                "«Ліхтарик»: кількість 1 → 3", "видалено «Чашка» × 2", "додано «Останній товар» × 1");
        assertThat(invoices.revise(revised).applied()).isFalse();
        assertThat(reserved("MUG-1")).isZero();
        assertThat(reserved("LED-1")).isEqualTo(3);

        OrderSnapshot cheaper = new OrderSnapshot(SHOP, order.orderId(), "r3", order.date(), order.customerName(),
                order.customerPhone(), null, "cash", "Готівка", null, null,
                List.of(line("LED-1", 3, "199.00"), line("LAST-1", 1, "899.00")));
        assertThat(invoices.revise(cheaper).differences()).containsExactly("«Ліхтарик»: ціна 250,00\u00a0грн → 199,00\u00a0грн");
        assertThat(invoices.find(SHOP, order.orderId()).orElseThrow().total()).isEqualByComparingTo("1496.00");
    }

    @Test
    void afterShipmentARevisionIsNotAppliedAndACancellationReturnsTheGoods() {
        OrderSnapshot order = order("r1", "cash", null, line("LED-1", 2, "250.00"));
        invoices.issue(order);
        int onHandBefore = onHand("LED-1");

        String note = shipments.ship(SHOP, order.orderId(), "20450000000001", false).value();
        assertThat(shipments.ship(SHOP, order.orderId(), "20450000000001", false).value()).isEqualTo(note);
        assertThat(note).startsWith("ВН-");
        assertThat(onHand("LED-1")).isEqualTo(onHandBefore - 2);
        assertThat(reserved("LED-1")).isZero();

        OrderSnapshot revised = new OrderSnapshot(SHOP, order.orderId(), "r2", order.date(), order.customerName(),
                order.customerPhone(), null, "cash", "Готівка", null, null, List.of(line("LED-1", 1, "250.00")));
        assertThat(invoices.revise(revised).applied()).isFalse();

        // a return is booked with its goods and its note, never by moving the state alone
        assertThatThrownBy(() -> shipments.deliveryState(SHOP, order.orderId(), Shipments.DeliveryState.RETURNED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("накладна на повернення");
        assertThat(jdbc.sql("select delivery_state from expense_note where number = :n").param("n", note)
                .query(String.class).single()).isEqualTo("SENT");

        assertThat(shipments.returnGoods(SHOP, order.orderId(), "Відмова від товару")).hasValueSatisfying(
                number -> assertThat(number.value()).startsWith("ПН-"));
        assertThat(shipments.returnGoods(SHOP, order.orderId(), "Відмова від товару")).isEmpty();
        assertThat(jdbc.sql("select delivery_state from expense_note where number = :n").param("n", note)
                .query(String.class).single()).isEqualTo("RETURNED");
        assertThat(onHand("LED-1")).isEqualTo(onHandBefore);
        assertThat(invoices.find(SHOP, order.orderId()).orElseThrow().state()).isEqualTo("CANCELLED");
    }

    @Test
    void aCancelledInvoiceReleasesItsReservationOnce() {
        OrderSnapshot order = order("r1", "cash", null, line("MUG-1", 4, "150.00"));
        invoices.issue(order);
        assertThat(reserved("MUG-1")).isEqualTo(4);
        invoices.cancel(SHOP, order.orderId());
        invoices.cancel(SHOP, order.orderId());
        assertThat(reserved("MUG-1")).isZero();
        assertThat(invoices.find(SHOP, order.orderId()).orElseThrow().state()).isEqualTo("CANCELLED");
    }

    @Test
    void twoOrdersRacingForTheLastUnitOneWinsTheOtherSeesAShortage() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Invoices.Issued>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                OrderSnapshot order = order("r1", "cash", null, line("LAST-1", 1, "999.00"));
                Callable<Invoices.Issued> issue = () -> {
                    start.await();
                    return invoices.issue(order);
                };
                results.add(pool.submit(issue));
            }
            start.countDown();
            List<Invoices.Issued> issued = new ArrayList<>();
            for (Future<Invoices.Issued> result : results) {
                issued.add(result.get());
            }
            assertThat(issued).filteredOn(i -> i.shortages().isEmpty()).hasSize(1);
            assertThat(issued).filteredOn(i -> !i.shortages().isEmpty()).singleElement()
                    .satisfies(i -> assertThat(i.shortages().get(0)).contains("LAST-1"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(reserved("LAST-1")).isEqualTo(1);
        assertThat(onHand("LAST-1")).isEqualTo(1);
    }

    @Test
    void aDocumentIsNumberedAtItsCommitSoAnOpenOneHoldsNoOtherBackAndARolledBackOneLeavesNoGap(
            @Autowired PlatformTransactionManager transactions) throws Exception {
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        CountDownLatch issued = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // a job that issued its invoice and is still busy with the rest of its work, then fails
            Future<?> slow = pool.submit(() -> inTransaction.executeWithoutResult(tx -> {
                invoices.issue(buyer("0501110001"));
                issued.countDown();
                await(release);
                tx.setRollbackOnly();
            }));
            assertThat(issued.await(10, TimeUnit.SECONDS)).isTrue();

            // another invoice meanwhile commits at once: the open one holds no lock on the counter yet
            String second = invoices.issue(buyer("0501110002")).number().value();
            assertThat(slow.isDone()).as("the open transaction still runs").isFalse();
            release.countDown();
            slow.get(10, TimeUnit.SECONDS);
            String third = invoices.issue(buyer("0501110003")).number().value();

            assertThat(sequence(third)).isEqualTo(sequence(second) + 1);
            assertThat(jdbc.sql("select count(*) from invoice where number like '%?%'").query(Long.class).single()).isZero();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aDocumentNumberIsReadInsideItsTransactionOnlyWhenTaken(@Autowired PlatformTransactionManager transactions) {
        List<String> seenInside = new ArrayList<>();
        Invoices.Issued issued = new TransactionTemplate(transactions).execute(tx -> {
            Invoices.Issued open = invoices.issue(buyer("0501110004"));
            assertThatThrownBy(() -> open.number().value()).isInstanceOf(IllegalStateException.class);
            open.number().whenTaken(seenInside::add);
            return open;
        });
        assertThat(seenInside).containsExactly(issued.number().value());
        assertThat(invoices.byNumber(issued.number().value())).isPresent();
    }

    /** An order of an unknown product, so that it reserves no stock row another order would wait on. */
    private OrderSnapshot buyer(String phone) {
        return new OrderSnapshot(SHOP, ++nextOrder, "r1", LocalDate.now(), "Покупець " + phone, phone, null, "cash",
                "Оплата під час отримання", null, new BigDecimal("10.00"), List.of(line("NO-SUCH", 1, "10.00")));
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anUnknownProductStaysOnTheInvoiceAndIsReported() {
        Invoices.Issued issued = invoices.issue(order("r1", "cash", null, line("NO-SUCH", 1, "10.00")));
        assertThat(issued.unknownProducts()).singleElement().asString().contains("NO-SUCH");
        assertThat(issued.total()).isEqualByComparingTo("10.00");
    }

    @Test
    void theReadApiShowsAnOrdersDocumentsToAnAuthenticatedUser() {
        OrderSnapshot order = order("r1", "cash", null, line("MUG-1", 1, "150.00"));
        String number = invoices.issue(order).number().value();
        shipments.ship(SHOP, order.orderId(), null, true);
        Http admin = Http.anonymous(port).as(PostgresIntegrationTest.ADMIN, PostgresIntegrationTest.ADMIN_PASSWORD);

        var documents = admin.get("/api/orders/" + SHOP + "/" + order.orderId() + "/documents");
        assertThat(documents.statusCode()).isEqualTo(200);
        assertThat(documents.body()).contains(number, "expenseNotes", "\"own_courier\":true", "reservations");
        assertThat(admin.get("/api/invoices/" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8))
                .body()).contains("\"total\":150.00");
        assertThat(admin.get("/api/clients?phone=0671112233").body()).contains("380671112233", number);
        assertThat(admin.get("/api/stock?offer=MUG-1").body()).contains("\"offerId\":\"MUG-1\"");
        assertThat(admin.get("/api/invoices/NOPE").statusCode()).isEqualTo(404);
        assertThat(Http.anonymous(port).get("/api/stock").statusCode()).isEqualTo(401);
    }

    private OrderSnapshot order(String revision, String paymentType, BigDecimal delivery, OrderSnapshot.Line... lines) {
        BigDecimal total = List.of(lines).stream().map(OrderSnapshot.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(delivery == null ? BigDecimal.ZERO : delivery);
        return new OrderSnapshot(SHOP, ++nextOrder, revision, LocalDate.now(), "Коваль Олена", "0671112233", null,
                paymentType, "cash".equals(paymentType) ? "Оплата під час отримання" : "Карткою онлайн", delivery, total,
                List.of(lines));
    }

    private static OrderSnapshot.Line line(String offer, int quantity, String price) {
        BigDecimal unit = new BigDecimal(price);
        return new OrderSnapshot.Line(offer, nameOf(offer), quantity, unit, unit.multiply(BigDecimal.valueOf(quantity)), false);
    }

    private static OrderSnapshot.Line additional(String offer, int quantity, String price) {
        BigDecimal unit = new BigDecimal(price);
        return new OrderSnapshot.Line(offer, nameOf(offer), quantity, unit, unit.multiply(BigDecimal.valueOf(quantity)), true);
    }

    private static String nameOf(String offer) {
        return switch (offer) {
            case "LED-1" -> "Ліхтарик";
            case "LAST-1" -> "Останній товар";
            case "MUG-1" -> "Чашка";
            default -> "Невідомий товар";
        };
    }

    private int reserved(String offer) {
        return stock.levels(offer).stream().mapToInt(Stock.Level::reserved).sum();
    }

    private int onHand(String offer) {
        return stock.levels(offer).stream().mapToInt(Stock.Level::onHand).sum();
    }
}
