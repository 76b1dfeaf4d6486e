package ua.orderflow.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.sync.intake.SearchColumns;
import ua.orderflow.support.Http;
import ua.orderflow.support.ManyOrders;
import ua.orderflow.support.ManyOrders.Generated;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestData;
import ua.orderflow.support.TestUsers;

/**
 * The order list's queries on PostgreSQL with 20,000 orders: every filter and search finds exactly
 * the orders it should (counted from the generator), newest first, page by page, and the searches
 * are index lookups in the database's own plan. Timing is the benchmark's business (DeskListBench).
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskListIT {

    static final int ORDERS = 20_000;
    /** Every tenth order belongs to a second shop. */
    static final int SECOND_SHOP_EVERY = 10;

    @LocalServerPort
    int port;
    @Autowired
    DeskOrders desk;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    SearchColumns searchColumns;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired
    CatalogueImport catalogue;

    List<Generated> orders;

    @BeforeAll
    void twentyThousandOrders() {
        TestData.forgetEverything(engine, jdbc, catalogue);
        orders = ManyOrders.load(jdbcTemplate, json, ORDERS, SECOND_SHOP_EVERY);
    }

    @AfterAll
    void forgetThem() {
        TestData.forgetEverything(engine, jdbc, catalogue);
    }

    private DeskOrders.Page find(String q, String shop, String stage, Integer status, LocalDate from, LocalDate to, int page) {
        return desk.search(new OrderFilter(q, shop, stage, status, from, to, false, page));
    }

    /** The filter found these orders' count, and its first page is the newest of them, in order. */
    private void findsExactly(DeskOrders.Page page, Predicate<Generated> which) {
        List<Long> expected = orders.stream().filter(which).sorted(Comparator.comparing(Generated::ordered).reversed())
                .limit(OrderFilter.PAGE_SIZE).map(Generated::orderId).toList();
        assertThat(page.total()).isEqualTo(ManyOrders.count(orders, which));
        assertThat(page.rows()).extracting(DeskOrders.Row::orderId).containsExactlyElementsOf(expected);
    }

    @Test
    void theWholeListPagesNewestFirstWithATotal() {
        DeskOrders.Page first = find(null, null, null, null, null, null, 1);
        findsExactly(first, o -> true);
        assertThat(first.pages()).isEqualTo(ORDERS / OrderFilter.PAGE_SIZE);
        DeskOrders.Page third = find(null, null, null, null, null, null, 3);
        assertThat(third.rows()).first().extracting(DeskOrders.Row::orderId)
                .isEqualTo(ManyOrders.FIRST_ID + ORDERS - 1 - 2 * OrderFilter.PAGE_SIZE);
        assertThat(third.rows().get(0).order().customerName()).isEqualTo(ManyOrders.order(ORDERS - 1 - 100, SECOND_SHOP_EVERY).name());
        assertThat(find(null, null, null, null, null, null, ORDERS / OrderFilter.PAGE_SIZE).rows()).hasSize(OrderFilter.PAGE_SIZE);
        assertThat(find(null, null, null, null, null, null, ORDERS / OrderFilter.PAGE_SIZE + 1).rows()).isEmpty();
    }

    @Test
    void eachFilterAloneAndTogether() {
        findsExactly(find(null, ManyOrders.SECOND_SHOP, null, null, null, null, 1), o -> o.shop().equals(ManyOrders.SECOND_SHOP));
        findsExactly(find(null, null, "PROCESSING", null, null, null, 1), o -> o.stage().equals("PROCESSING"));
        findsExactly(find(null, null, null, 47, null, null, 1), o -> o.status() == 47);
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        Predicate<Generated> march = o -> !ManyOrders.day(o).isBefore(from) && !ManyOrders.day(o).isAfter(to);
        findsExactly(find(null, null, null, null, from, to, 1), march);
        findsExactly(find(null, null, null, null, from, null, 1), o -> !ManyOrders.day(o).isBefore(from));
        findsExactly(find(null, null, null, null, null, to, 1), o -> !ManyOrders.day(o).isAfter(to));
        findsExactly(find(null, "sandbox", "SHIPPED", null, from, to, 1),
                march.and(o -> o.stage().equals("SHIPPED") && o.shop().equals("sandbox")));
    }

    @Test
    void searchByNumberPhoneTtnAndNameAsPeopleTypeThem() {
        Generated wanted = orders.get(12_345);
        for (String typed : List.of(String.valueOf(wanted.orderId()), "+380 67 " + wanted.phone().substring(5, 8) + " "
                + wanted.phone().substring(8, 10) + " " + wanted.phone().substring(10), "0" + wanted.phone().substring(3),
                wanted.phone())) {
            findsExactly(find(typed, null, null, null, null, null, 1), o -> o == wanted);
        }
        Generated shipped = orders.stream().filter(o -> !o.ttn().isEmpty()).skip(777).findFirst().orElseThrow();
        String spaced = shipped.ttn().substring(0, 2) + " " + shipped.ttn().substring(2, 6) + " " + shipped.ttn().substring(6, 10)
                + "-" + shipped.ttn().substring(10);
        findsExactly(find(spaced, null, null, null, null, null, 1), o -> o == shipped);

        findsExactly(find("Коваленко", null, null, null, null, null, 1), o -> o.name().startsWith("Коваленко "));
        // a beginning finds every name that starts so: Коваленко and Ковальчук
        findsExactly(find("ковал", null, null, null, null, null, 1), o -> o.name().startsWith("Ковал"));
        findsExactly(find("олена ковальчук", null, null, null, null, null, 1), o -> o.name().equals("Ковальчук Олена"));
        findsExactly(find("ҐУДЗЬ", null, "RECEIVED", null, null, null, 1),
                o -> o.name().startsWith("Ґудзь") && o.stage().equals("RECEIVED"));
        // nothing that is only in another field, nor a word too short to look up
        findsExactly(find("Київ", null, null, null, null, null, 1), o -> false);
        findsExactly(find("ко", null, null, null, null, null, 1), o -> false);
        findsExactly(find("99999999999999", null, null, null, null, null, 1), o -> false);
    }

    @Test
    void searchesAreIndexLookupsNotScansOfEveryOrder() {
        Generated wanted = orders.get(4_321);
        for (String q : List.of(wanted.phone(), "Коваленко", "20450000000004")) {
            String plan = String.join("\n", desk.plan(new OrderFilter(q, null, null, null, 1)));
            assertThat(plan).as(q).doesNotContain("Seq Scan on marketplace_order").doesNotContain("Seq Scan on order_name_word");
        }
    }

    @Test
    void thePageShowsTheOrdersAndCarriesTheFiltersToTheNextPage() {
        Http manager = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "listmanager", "managers"),
                TestUsers.PASSWORD);
        String page = manager.get("/desk/orders?stage=PROCESSING&from=2026-02-01&q="
                + URLEncoder.encode("ковальчук", StandardCharsets.UTF_8)).body();
        long expected = ManyOrders.count(orders, o -> o.stage().equals("PROCESSING") && o.name().startsWith("Ковальчук")
                && !ManyOrders.day(o).isBefore(LocalDate.of(2026, 2, 1)));
        assertThat(page).contains("Знайдено: " + expected).contains("Ковальчук").contains("+380 67 ")
                .contains("page=2").contains("from=2026-02-01").contains("stage=PROCESSING");
    }

    @Test
    void rowsFromBeforeTheSearchColumnsAreFilledInAtStart() {
        jdbc.sql("""
                insert into marketplace_order (shop_id, order_id, status, status_group, stage, snapshot, search_version)
                select 'before-v5', order_id + 1000000, status, status_group, stage, snapshot, 0 from marketplace_order
                where order_id = :id""").param("id", orders.get(8).orderId()).update();
        try {
            searchColumns.backfill();
            assertThat(jdbc.sql("select buyer_phone || ' ' || search_version from marketplace_order where shop_id = 'before-v5'")
                    .query(String.class).single()).isEqualTo(orders.get(8).phone() + " 1");
            assertThat(jdbc.sql("select word from order_name_word where shop_id = 'before-v5' order by word")
                    .query(String.class).list()).containsExactlyElementsOf(SearchColumns.words(orders.get(8).name())
                    .stream().sorted().toList());
        } finally {
            jdbc.sql("delete from order_name_word where shop_id = 'before-v5'").update();
            jdbc.sql("delete from marketplace_order where shop_id = 'before-v5'").update();
        }
    }
}
