package ua.orderflow.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.orderflow.accounting.Stock;
import ua.orderflow.offers.OfferDesk;
import ua.orderflow.offers.OfferMapping;
import ua.orderflow.offers.OfferPusher;
import ua.orderflow.process.AgainstTheSandbox;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;

/** The stock page on PostgreSQL: the books beside ROZETKA's last value, low stock, held prices, the feed URL. */
@PostgresIntegrationTest
class StockPageIT extends AgainstTheSandbox {

    @Autowired
    OfferMapping mapping;
    @Autowired
    OfferPusher pusher;
    @Autowired
    OfferDesk offers;
    @Autowired
    Stock stock;

    Http manager;
    Http supervisor;

    @BeforeEach
    void linkedAndPushed() {
        mapping.refresh("sandbox");
        stock.correct("PB-20K", "Основний склад", 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            pusher.drain();
            return jdbc.sql("select count(*) from offer_outbox where due_at is not null").query(Long.class).single() == 0;
        });
        manager = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "stockmanager", "managers"),
                TestUsers.PASSWORD);
        supervisor = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "stocksupervisor",
                "supervisors"), TestUsers.PASSWORD);
    }

    @Test
    void aManagerSeesTheBooksROZETKAsLastValueAndLowStockInUkrainian() {
        HttpResponse<String> page = manager.get("/desk/stock");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Залишки і ціни на ROZETKA").contains("Термокружка 500 мл")
                .contains("1\u00a0199,00\u00a0грн").contains("Закінчуються (доступно 3 або менше)")
                .contains("PB-20K «Павербанк 20000 мА·год»: доступно 2")
                .containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}")
                .contains("Усі товари зв'язано.")
                // the feed URL is a secret: supervisors only
                .doesNotContain("/feed/").doesNotContain("Надіслати на модерацію");
        assertThat(manager.get("/desk/orders").body()).contains("href=\"/desk/stock\"");
    }

    @Test
    void aSupervisorSeesTheFeedURLAndAHeldPriceToSendOn() {
        jdbc.sql("update product set price = 3000 where offer_id = 'PB-10K'").update();
        stock.correct("PB-10K", "Основний склад", 24);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            pusher.drain();
            return jdbc.sql("select count(*) from offer_link where held_price is not null").query(Long.class).single() == 1;
        });
        HttpResponse<String> page = supervisor.get("/desk/stock");
        assertThat(page.body()).contains("/feed/" + offers.feed("sandbox").token() + ".xml")
                .contains("затримано: 3\u00a0000,00\u00a0грн замість 749,00\u00a0грн (поза межами модерації ROZETKA)")
                .contains("Надіслати на модерацію").contains("Змінити адресу");
    }

    @Test
    void theSupervisorsDashboardWarnsOfWhatRunsOut() {
        HttpResponse<String> page = supervisor.get("/desk/dashboard");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Закінчуються на складі (доступно 3 або менше)")
                .contains("PB-20K «Павербанк 20000 мА·год»: доступно 2")
                .doesNotContain("TK-500 «Термокружка 500 мл»: доступно");
    }
}
