package ua.orderflow.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ua.orderflow.support.PostgresIntegrationTest;

/**
 * A reservation with plenty of stock left over is written just before its transaction commits, so
 * an open step holds no other order of the product back; what that must not cost the books.
 */
@PostgresIntegrationTest
class StockAtCommitIT {

    private static final String SHOP = "sandbox";
    private static final String BULK = "BULK-1";
    private static final String WAREHOUSE = "Основний склад";

    @Autowired
    Invoices invoices;
    @Autowired
    Shipments shipments;
    @Autowired
    Stock stock;
    @Autowired
    CatalogueImport catalogue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final CountDownLatch decided = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private long nextOrder;

    @BeforeEach
    void plentyOfStock() {
        nextOrder = 2_000_000_000L + System.nanoTime() % 1_000_000_000L;
        catalogue.importCsv("""
                offer_id;article;name;price;category;warehouse;quantity
                BULK-1;BULK-1;Батарейка;20.00;Тест;Основний склад;1000
                """);
        jdbc.sql("update stock set on_hand = 1000, reserved = 0 where offer_id = :offer").param("offer", BULK).update();
    }

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    @Test
    void anOpenStepThatReservedHoldsNoOtherOrderOfTheProductBackAndBothReservationsCount() throws Exception {
        long outboxBefore = outboxVersion();
        OrderSnapshot slowOrder = order(2);
        Future<?> slow = reserveAndWait(slowOrder);

        assertThat(decided.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(reserved()).as("not yet written: the open step holds no lock on the row").isZero();
        // another order of the product commits at once, while the first step is still open
        invoices.issue(order(3));
        assertThat(slow.isDone()).as("the open step still runs").isFalse();
        assertThat(reserved()).isEqualTo(3);

        release.countDown();
        slow.get(10, TimeUnit.SECONDS);
        assertThat(reserved()).isEqualTo(5);
        assertThat(onHand()).isEqualTo(1000);
        assertThat(jdbc.sql("""
                select r.quantity from reservation r join invoice i on i.id = r.invoice_id
                where i.order_id = :order and r.state = 'RESERVED'""").param("order", slowOrder.orderId())
                .query(Integer.class).list()).containsExactly(2);
        assertThat(outboxVersion()).as("ROZETKA hears of both moves").isEqualTo(outboxBefore + 2);
    }

    @Test
    void aReservationItsRowNoLongerCoversAtTheCommitLeavesNoInvoiceAndTheNextTrySeesTheShortage() throws Exception {
        OrderSnapshot order = order(2);
        Future<?> slow = reserveAndWait(order);
        assertThat(decided.await(10, TimeUnit.SECONDS)).isTrue();

        // a storekeeper's count meanwhile: one unit left on the shelf
        assertThat(stock.correct(BULK, WAREHOUSE, 1)).isTrue();
        release.countDown();

        assertThatThrownBy(() -> slow.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(StockChangedException.class).hasMessageContaining(BULK)
                .hasMessageContaining("змінився");
        assertThat(invoices.find(SHOP, order.orderId())).as("the invoice rolled back with its step").isEmpty();
        assertThat(reserved()).isZero();
        assertThat(onHand()).isEqualTo(1);

        Invoices.Issued again = invoices.issue(order);
        assertThat(again.shortages()).singleElement().asString().contains(BULK, "× 2");
        assertThat(reserved()).isZero();
    }

    @Test
    void anInvoiceAndItsExpenseNoteInOneTransactionWriteOffWhatTheyReserved() {
        OrderSnapshot order = order(3);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            invoices.issue(order);
            shipments.ship(SHOP, order.orderId(), "20450000000001", false);
        });
        assertThat(onHand()).isEqualTo(997);
        assertThat(reserved()).isZero();
        assertThat(jdbc.sql("""
                select r.state from reservation r join invoice i on i.id = r.invoice_id where i.order_id = :order""")
                .param("order", order.orderId()).query(String.class).list()).containsExactly("WRITTEN_OFF");
    }

    @Test
    void aNewerRevisionMovesAPlentifulReservationInOneTransaction() {
        OrderSnapshot order = order(2);
        invoices.issue(order);
        assertThat(reserved()).isEqualTo(2);

        Invoices.Revision revision = invoices.revise(new OrderSnapshot(SHOP, order.orderId(), "r2", order.date(),
                order.customerName(), order.customerPhone(), null, "cash", "Оплата під час отримання", null,
                new BigDecimal("100.00"), List.of(line(5))));

        assertThat(revision.applied()).isTrue();
        assertThat(reserved()).isEqualTo(5);
        invoices.cancel(SHOP, order.orderId());
        assertThat(reserved()).isZero();
        assertThat(onHand()).isEqualTo(1000);
    }

    /** Issues the order's invoice in a step that stays open after it, until released. */
    private Future<?> reserveAndWait(OrderSnapshot order) {
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        return pool.submit(() -> inTransaction.executeWithoutResult(tx -> {
            assertThat(invoices.issue(order).shortages()).isEmpty();
            decided.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    /** Each a buyer of their own, so that the orders share no client row either. */
    private OrderSnapshot order(int quantity) {
        ++nextOrder;
        return new OrderSnapshot(SHOP, nextOrder, "r1", LocalDate.now(), "Коваль Олена",
                "067" + String.format("%07d", nextOrder % 10_000_000), null, "cash",
                "Оплата під час отримання", null, new BigDecimal("20.00").multiply(BigDecimal.valueOf(quantity)),
                List.of(line(quantity)));
    }

    private static OrderSnapshot.Line line(int quantity) {
        BigDecimal unit = new BigDecimal("20.00");
        return new OrderSnapshot.Line(BULK, "Батарейка", quantity, unit, unit.multiply(BigDecimal.valueOf(quantity)), false);
    }

    private int reserved() {
        return stock.levels(BULK).stream().mapToInt(Stock.Level::reserved).sum();
    }

    private int onHand() {
        return stock.levels(BULK).stream().mapToInt(Stock.Level::onHand).sum();
    }

    private long outboxVersion() {
        return jdbc.sql("select coalesce(max(version), 0) from offer_outbox where offer_id = :offer").param("offer", BULK)
                .query(Long.class).single();
    }
}
