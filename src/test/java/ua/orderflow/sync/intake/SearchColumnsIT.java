package ua.orderflow.sync.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ua.orderflow.desk.DeskOrders;
import ua.orderflow.desk.OrderFilter;
import ua.orderflow.sync.change.OrderView;
import ua.orderflow.support.PostgresIntegrationTest;

/**
 * The desk's search follows an order's snapshot through its changes, and a change that touches
 * nothing searchable (a status) rewrites none of its search rows.
 */
@PostgresIntegrationTest
class SearchColumnsIT {

    private static final String SHOP = "sandbox";
    private static final long ORDER = 2_900_000_001L;

    @Autowired
    MarketplaceOrders orders;
    @Autowired
    DeskOrders desk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void forget() {
        jdbc.sql("delete from order_name_word where order_id = :order").param("order", ORDER).update();
        jdbc.sql("delete from marketplace_order where order_id = :order").param("order", ORDER).update();
    }

    @Test
    void theSearchFollowsTheBuyerAndTheTtnAndAStatusChangeRewritesNothing() {
        OrderView imported = order(1, "", "Коваль Олена");
        inTransaction(() -> orders.insert(stored(imported), imported));
        assertThat(found("коваль")).isTrue();
        List<String> wordRows = wordRowVersions();
        assertThat(wordRows).hasSize(2);

        OrderView processing = order(26, "", "Коваль Олена");
        update(processing, imported);
        assertThat(wordRowVersions()).as("a status change leaves the name's words as they were").isEqualTo(wordRows);
        assertThat(found("коваль")).isTrue();

        OrderView shipped = order(3, "20 4512 3456 7890", "Коваль Олена");
        update(shipped, processing);
        assertThat(found("20451234567890")).as("the TTN ROZETKA now holds").isTrue();
        assertThat(wordRowVersions()).isEqualTo(wordRows);

        OrderView renamed = order(3, "20 4512 3456 7890", "Мельник Олена");
        update(renamed, shipped);
        assertThat(found("мельник")).as("the buyer's new name").isTrue();
        assertThat(found("коваль")).as("and not the old one").isFalse();
        assertThat(found("20451234567890")).isTrue();

        OrderView unknownBefore = order(4, "", "Мельник Олена");
        update(unknownBefore, null);
        assertThat(found("20451234567890")).as("without the old snapshot, every column is written anew").isFalse();
        assertThat(found("мельник")).isTrue();
    }

    private boolean found(String typed) {
        return desk.search(new OrderFilter(typed, SHOP, null, null, 1)).rows().stream()
                .anyMatch(row -> row.orderId() == ORDER);
    }

    /** Each word row's physical version: a row rewritten (deleted and inserted again) gets a new one. */
    private List<String> wordRowVersions() {
        return jdbc.sql("select word || ' ' || xmin::text from order_name_word where order_id = :order order by word")
                .param("order", ORDER).query(String.class).list();
    }

    private void update(OrderView now, OrderView before) {
        inTransaction(() -> orders.update(stored(now), now, before));
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private StoredOrder stored(OrderView view) {
        try {
            return new StoredOrder(SHOP, ORDER, view.status(), 1, "NEW", json.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OrderView order(int status, String ttn, String name) {
        BigDecimal price = new BigDecimal("499.00");
        return new OrderView(ORDER, LocalDateTime.of(2026, 11, 30, 10, 0), LocalDateTime.of(2026, 11, 30, 10, 0),
                status, 1, ttn, false, name, "380671112233", null, "", "cash", "Готівка", null, "Нова Пошта", 1,
                "Київ", "12", null, price, List.of(new OrderView.Line(1, 1, "TK-1", "TK-1", "Товар", 1, price, price,
                        false)));
    }
}
