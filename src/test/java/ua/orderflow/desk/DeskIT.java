package ua.orderflow.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.orderflow.process.AgainstTheSandbox;
import ua.orderflow.support.Http;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;

/** The desk's order list and order page on PostgreSQL, as a manager reads them. */
@PostgresIntegrationTest
class DeskIT extends AgainstTheSandbox {

    Http manager;
    List<Long> ids;

    @BeforeEach
    void ordersTakenIn() {
        ids = sandbox.createOrders(5, 1);
        assertThat(sync.sync("sandbox", "MANUAL")).isPresent();
        // acknowledged (26) and waiting at the manager's confirm-order task
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        manager = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "deskmanager", "managers"),
                TestUsers.PASSWORD);
    }

    @Test
    void theListShowsEveryOrderInWordsAndFindsOneByNumberPhoneAndName() {
        HttpResponse<String> list = manager.get("/desk/orders");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Знайдено: 5").contains("Підтвердити замовлення " + ids.get(0) + " з покупцем")
                .containsPattern("\\d \\d{3},\\d{2}\u00a0грн|\\d{1,3},\\d{2}\u00a0грн")
                .containsPattern("\\+380 \\d{2} \\d{3} \\d{2} \\d{2}");
        ids.forEach(id -> assertThat(list.body()).contains(String.valueOf(id)));

        long wanted = ids.get(2);
        String card = manager.get("/desk/orders/sandbox/" + wanted).body();
        String phone = card.replaceAll("(?s).*href=\"tel:\\+(\\d{12})\".*", "$1");
        assertThat(phone).hasSize(12);
        for (String typed : List.of(String.valueOf(wanted), "0" + phone.substring(3, 5) + " " + phone.substring(5, 8) + "-"
                + phone.substring(8, 10) + "-" + phone.substring(10), "+" + phone)) {
            HttpResponse<String> found = manager.get("/desk/orders?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
            assertThat(found.body()).as(typed).contains("Знайдено: 1").contains(">" + wanted + "<");
        }
        String surname = jdbc.sql("select snapshot from marketplace_order where order_id = :id").param("id", wanted)
                .query(String.class).single().replaceAll("(?s).*\"customerName\":\"([^\" ]+).*", "$1");
        HttpResponse<String> byName = manager.get("/desk/orders?q="
                + URLEncoder.encode(surname.toLowerCase(), StandardCharsets.UTF_8));
        assertThat(byName.body()).contains(">" + wanted + "<");
        // a number that is in a price or a phone of another order is not a match for a TTN
        assertThat(manager.get("/desk/orders?q=99999999999999").body()).contains("Знайдено: 0");
    }

    @Test
    void theOrderPageShowsTheCardTheTaskAndTheHistory() {
        HttpResponse<String> page = manager.get("/desk/orders/sandbox/" + ids.get(0));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Замовлення № <span>" + ids.get(0)).contains("Товари")
                .contains("Підтвердити замовлення " + ids.get(0) + " з покупцем").contains("не взята")
                .contains("Процес замовлення розпочато").contains("імпортовано на етап")
                // a manager does not get the supervisor's re-read
                .doesNotContain("Перечитати з ROZETKA");
        assertThat(manager.get("/desk/orders/sandbox/999").statusCode()).isEqualTo(404);
    }

    @Test
    void theJournalFoldsQuietRunsAndFiltersEvents() {
        // the next sync sees our own 26 pushes come back; the one after it finds nothing new: a quiet run,
        // counted but not listed
        assertThat(sync.sync("sandbox", "MANUAL")).isPresent();
        assertThat(sync.sync("sandbox", "MANUAL").orElseThrow().updated()).isZero();
        HttpResponse<String> journal = manager.get("/desk/journal");
        assertThat(journal.statusCode()).isEqualTo(200);
        assertThat(journal.body()).contains("(приховано)").contains("імпортовано на етап «Нове»")
                .doesNotContain("Тихих успішних запусків, що нічого не знайшли: 0 ");
        HttpResponse<String> warnings = manager.get("/desk/journal?severity=ERROR");
        assertThat(warnings.body()).doesNotContain("імпортовано на етап");
        HttpResponse<String> imports = manager.get("/desk/journal?kind=IMPORTED&from=2020-01-01");
        assertThat(imports.body()).contains("імпортовано на етап").doesNotContain("у ROZETKA: 1");
    }

    @Test
    void onlyManagersAndSupervisorsSignedInSeeTheDeskAndFormsNeedTheirToken() {
        HttpResponse<String> anonymous = Http.anonymous(port).get("/desk/orders");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/camunda/app/tasklist"));
        Http storekeeper = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "deskstore", "storekeepers"),
                TestUsers.PASSWORD);
        assertThat(storekeeper.get("/desk/orders").statusCode()).isEqualTo(403);

        Http supervisor = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "desksuper", "supervisors"),
                TestUsers.PASSWORD);
        assertThat(supervisor.get("/desk/orders/sandbox/" + ids.get(0)).body()).contains("Перечитати з ROZETKA");
        HttpResponse<String> forged = supervisor.send("POST", "/desk/orders/sandbox/" + ids.get(0) + "/resync",
                "application/x-www-form-urlencoded", "_csrf=forged");
        assertThat(forged.statusCode()).isEqualTo(302);
        long runsBefore = jdbc.sql("select count(*) from sync_event where order_id = :id").param("id", ids.get(0))
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from sync_event where order_id = :id").param("id", ids.get(0))
                .query(Long.class).single()).isEqualTo(runsBefore);
    }
}
