package ua.orderflow.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.orderflow.accounting.Stock;
import ua.orderflow.process.AgainstTheSandbox;
import ua.orderflow.support.Http;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.SandboxGoods;
import ua.orderflow.support.TestUsers;

/**
 * Stock and prices reach ROZETKA (the sandbox, over HTTP) from the books on PostgreSQL: a
 * reservation lowers ROZETKA's stock, a cancellation raises it, a push that fails is delivered once
 * ROZETKA is back, a refused item and a price beyond moderation are told in Ukrainian.
 */
@PostgresIntegrationTest
class OffersIT extends AgainstTheSandbox {

    private static final String SHOP = "sandbox";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    OfferMapping mapping;
    @Autowired
    OfferPusher pusher;
    @Autowired
    Stock stock;
    @Autowired
    OfferDesk offerDesk;

    SandboxGoods rozetka;

    @BeforeEach
    void linked() {
        rozetka = new SandboxGoods(port);
        rozetka.reset();
        OfferMapping.Result links = mapping.refresh(SHOP);
        assertThat(links.linked()).isEqualTo(12);
        assertThat(links.unlinkedProducts()).isZero();
        pushedUntil(() -> pending() == 0);
    }

    @Test
    void aReservationLowersROZETKAsStockAndACancellationRaisesIt() {
        long id = sandbox.createOrders(1, 2).get(0);
        sync.sync(SHOP, "TEST");
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        Map<String, Integer> reserved = reservedBy(id);
        assertThat(reserved).isNotEmpty();

        pushedUntil(() -> reserved.keySet().stream().allMatch(o -> rozetka.stock(o) == available(o)));
        reserved.forEach((offer, q) -> assertThat(rozetka.stock(offer)).isEqualTo(onHand(offer) - q));

        sandbox.cancelByBuyer(id);
        sync.sync(SHOP, "TEST");
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        assertThat(reservedBy(id)).isEmpty();
        pushedUntil(() -> reserved.keySet().stream().allMatch(o -> rozetka.stock(o) == onHand(o)));
    }

    @Test
    void aPushThatFailsIsDeliveredAfterROZETKAComesBack() {
        sandbox.faults("{\"endpoint\":\"items.mass-update\",\"errorShare\":1.0,\"errorStatus\":503}");
        stock.correct("TK-500", "Основний склад", 17);
        await().atMost(PATIENCE).until(() -> pusher.drain().failed() > 0);
        assertThat(rozetka.stock("TK-500")).isEqualTo(40);
        assertThat(pending()).isEqualTo(1);
        assertThat(lastError("TK-500")).contains("ROZETKA не прийняла");
        assertThat(journal("OFFER_PUSH_FAILED")).isNotEmpty();

        sandbox.faults("{\"clear\":true}");
        pushedUntil(() -> rozetka.stock("TK-500") == 17);
        assertThat(pending()).isZero();
        assertThat(lastError("TK-500")).isNull();
    }

    @Test
    void aStorekeepersCountOverTheAPIReachesROZETKAAndBadInputIsRefusedInUkrainian() {
        Http storekeeper = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "offerskeeper",
                "storekeepers"), TestUsers.PASSWORD);
        String warehouse = java.net.URLEncoder.encode("Основний склад", java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        assertThat(storekeeper.send("PUT", "/api/stock/LAMP-LED/" + warehouse, "application/json", "{\"onHand\": 9}")
                .statusCode()).isEqualTo(200);
        pushedUntil(() -> rozetka.stock("LAMP-LED") == 9);

        HttpResponse<String> empty = storekeeper.send("PUT", "/api/stock/LAMP-LED/" + warehouse, "application/json", "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Вкажіть кількість на складі");
        HttpResponse<String> negative = storekeeper.send("PUT", "/api/stock/LAMP-LED/" + warehouse, "application/json",
                "{\"onHand\": -1}");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("не може бути від'ємною");
        assertThat(storekeeper.send("PUT", "/api/stock/NO-SUCH/" + warehouse, "application/json", "{\"onHand\": 1}")
                .statusCode()).isEqualTo(404);
        assertThat(available("LAMP-LED")).isEqualTo(9);
    }

    @Test
    void zeroAvailableSetsTheOfferOutOfStockAndAnUnchangedValueIsNotSentAgain() {
        stock.correct("PB-20K", "Основний склад", 0);
        pushedUntil(() -> rozetka.stock("PB-20K") == 0);
        assertThat(rozetka.item("PB-20K").path("available").asInt()).isZero();
        int sent = rozetka.pushes("PB-20K").size();

        stock.correct("PB-20K", "Основний склад", 0);
        pushedUntil(() -> pending() == 0);
        assertThat(rozetka.pushes("PB-20K")).hasSize(sent);
    }

    @Test
    void anItemROZETKARejectsIsJournalledWithItsReason() {
        jdbc.sql("update product set price_promo = price + 100 where offer_id = 'TK-350'").update();
        stock.correct("TK-350", "Основний склад", 30);
        pushedUntil(() -> pending() == 0);
        assertThat(lastError("TK-350")).contains("Промо-ціна має бути меншою");
        assertThat(journal("OFFER_PUSH_REJECTED")).singleElement().asString()
                .contains("TK-350").contains("Промо-ціна має бути меншою");
    }

    @Test
    void aPriceBeyondModerationBoundsIsHeldUntilTheDeskSendsItOn() {
        BigDecimal before = rozetka.price("PB-10K");
        jdbc.sql("update product set price = 1600 where offer_id = 'PB-10K'").update();
        stock.correct("PB-10K", "Основний склад", 24);
        pushedUntil(() -> rozetka.stock("PB-10K") == 24);
        assertThat(rozetka.price("PB-10K")).isEqualByComparingTo(before);
        assertThat(jdbc.sql("select held_price from offer_link where offer_id = 'PB-10K'").query(BigDecimal.class)
                .single()).isEqualByComparingTo("1600");
        assertThat(journal("OFFER_PRICE_HELD")).singleElement().asString().contains("1\u00a0600,00\u00a0грн");

        assertThat(offerDesk.approvePrice(SHOP, "PB-10K")).isTrue();
        pushedUntil(() -> rozetka.item("PB-10K").path("updated_price").asInt() == 1600);
        // ROZETKA's moderation has it now: the old price shows until a ROZETKA manager approves
        assertThat(rozetka.price("PB-10K")).isEqualByComparingTo(before);
    }

    @Test
    void aProductROZETKADoesNotListStaysUnlinkedAndIsJournalled() {
        catalogue.importCsv("NEW-1;NEW-1;Новий товар;100;Посуд;Основний склад;5\n");
        OfferMapping.Result links = mapping.refresh(SHOP);
        assertThat(links.unlinkedProducts()).isEqualTo(1);
        assertThat(mapping.unmatched(SHOP).products()).extracting(p -> p.get("offer_id")).containsExactly("NEW-1");
        assertThat(journal("OFFER_UNLINKED")).singleElement().asString().contains("NEW-1");
    }


    @Test
    void theFeedParsesAsROZETKAsPriceListAndMatchesTheStockTable() throws Exception {
        stock.correct("PB-20K", "Основний склад", 0);
        String token = offerDesk.feed(SHOP).token();
        HttpResponse<byte[]> feed = get("/feed/" + token + ".xml", Map.of());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("xml"));
        Document yml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(feed.body()));

        Element root = yml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("yml_catalog");
        assertThat(root.getAttribute("date")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        Element shop = child(root, "shop");
        assertThat(text(shop, "name")).isNotBlank();
        Element currency = child(child(shop, "currencies"), "currency");
        assertThat(currency.getAttribute("id")).isEqualTo("UAH");
        assertThat(currency.getAttribute("rate")).isEqualTo("1");
        java.util.Set<String> categories = new java.util.HashSet<>();
        NodeList declared = child(shop, "categories").getElementsByTagName("category");
        for (int i = 0; i < declared.getLength(); i++) {
            categories.add(((Element) declared.item(i)).getAttribute("id"));
        }
        Map<String, Element> offers = new java.util.HashMap<>();
        NodeList listed = child(shop, "offers").getElementsByTagName("offer");
        for (int i = 0; i < listed.getLength(); i++) {
            Element offer = (Element) listed.item(i);
            offers.put(offer.getAttribute("id"), offer);
        }

        List<Map<String, Object>> books = jdbc.sql("""
                select p.offer_id, p.article, p.name, p.price, p.vendor, sum(s.on_hand - s.reserved) as available
                from product p join stock s on s.offer_id = p.offer_id
                group by p.offer_id, p.article, p.name, p.price, p.vendor""").query().listOfRows();
        assertThat(offers).hasSize(books.size());
        for (Map<String, Object> row : ua.orderflow.accounting.Rows.lowerCaseKeys(books)) {
            Element offer = offers.get((String) row.get("offer_id"));
            int available = ((Number) row.get("available")).intValue();
            assertThat(offer).as((String) row.get("offer_id")).isNotNull();
            assertThat(Integer.parseInt(text(offer, "stock_quantity"))).isEqualTo(available);
            assertThat(offer.getAttribute("available")).isEqualTo(String.valueOf(available > 0));
            assertThat(new BigDecimal(text(offer, "price"))).isEqualByComparingTo((BigDecimal) row.get("price"));
            assertThat(text(offer, "currencyId")).isEqualTo("UAH");
            assertThat(categories).contains(text(offer, "categoryId"));
            assertThat(text(offer, "vendorCode")).isEqualTo(row.get("article"));
            assertThat(text(offer, "name_ua")).isEqualTo(row.get("name"));
            // ROZETKA refuses an offer without its brand: the demo catalogue names one for each
            assertThat(text(offer, "vendor")).isNotBlank().isEqualTo(row.get("vendor"));
        }
        assertThat(offers.get("PB-20K").getAttribute("available")).isEqualTo("false");

        String etag = feed.headers().firstValue("ETag").orElseThrow();
        assertThat(feed.headers().firstValue("Last-Modified")).isPresent();
        assertThat(get("/feed/" + token + ".xml", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        stock.correct("PB-20K", "Основний склад", 3);
        assertThat(get("/feed/" + token + ".xml", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(200);

        String rotated = offerDesk.rotateFeed(SHOP).token();
        assertThat(get("/feed/" + token + ".xml", Map.of()).statusCode()).isEqualTo(404);
        assertThat(get("/feed/" + rotated + ".xml", Map.of()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getElementsByTagName(name);
        assertThat(children.getLength()).as(name).isPositive();
        return (Element) children.item(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    private void pushedUntil(java.util.concurrent.Callable<Boolean> done) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> {
            pusher.drain();
            return done.call();
        });
    }

    private long pending() {
        return jdbc.sql("select count(*) from offer_outbox where due_at is not null").query(Long.class).single();
    }

    private int available(String offerId) {
        return jdbc.sql("select sum(on_hand - reserved) from stock where offer_id = :o").param("o", offerId)
                .query(Integer.class).single();
    }

    private int onHand(String offerId) {
        return jdbc.sql("select sum(on_hand) from stock where offer_id = :o").param("o", offerId)
                .query(Integer.class).single();
    }

    private Map<String, Integer> reservedBy(long orderId) {
        Map<String, Integer> reserved = new java.util.HashMap<>();
        jdbc.sql("""
                select r.offer_id, r.quantity from reservation r join invoice i on i.id = r.invoice_id
                where i.order_id = :id and r.state = 'RESERVED'""").param("id", orderId)
                .query((rs, n) -> reserved.merge(rs.getString(1), rs.getInt(2), Integer::sum)).list();
        return reserved;
    }

    private String lastError(String offerId) {
        return jdbc.sql("select last_error from offer_link where offer_id = :o").param("o", offerId)
                .query((rs, n) -> rs.getString(1)).list().get(0);
    }

    private List<String> journal(String kind) {
        return jdbc.sql("select message from sync_event where kind = :k order by id").param("k", kind)
                .query(String.class).list();
    }
}
