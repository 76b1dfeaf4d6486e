package ua.orderflow.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.orderflow.accounting.Shipments;
import ua.orderflow.process.AgainstTheSandbox;
import ua.orderflow.support.Http;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PdfText;
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
        assertThat(manager.get("/desk/orders?from=2020-01-01&to=2020-01-31").body()).contains("Знайдено: 0");
        assertThat(manager.get("/desk/orders?from=2020-01-01").body()).contains("Знайдено: 5");
        // a number that is in a price or a phone of another order is not a match for a TTN
        assertThat(manager.get("/desk/orders?q=99999999999999").body()).contains("Знайдено: 0");
    }

    @Test
    void theOrderPageShowsTheCardTheTaskAndTheHistory() {
        HttpResponse<String> page = manager.get("/desk/orders/sandbox/" + ids.get(0));
        assertThat(page.statusCode()).isEqualTo(200);
        String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("sandbox:" + ids.get(0))
                .singleResult().getId();
        assertThat(page.body()).contains("href=\"/camunda/app/tasklist/default/#/?task=" + taskId + "\"");
        assertThat(page.body()).contains("Замовлення № <span>" + ids.get(0)).contains("Товари")
                .contains("Підтвердити замовлення " + ids.get(0) + " з покупцем").contains("не взята")
                .contains("Процес замовлення розпочато").contains("імпортовано на етап")
                // a manager does not get the supervisor's re-read
                .doesNotContain("Перечитати з ROZETKA");
        assertThat(manager.get("/desk/orders/sandbox/999").statusCode()).isEqualTo(404);
    }

    @Test
    void theInvoiceAndTheExpenseNotePrintAsPdfsInUkrainianWithTheShopsDetails() {
        long shipped = confirmedAndShipped();
        String invoice = jdbc.sql("select number from invoice where order_id = :id").param("id", shipped)
                .query(String.class).single();
        String note = noteNumber(shipped);
        String page = manager.get("/desk/orders/sandbox/" + shipped).body();
        assertThat(page).contains(invoice + " · виставлено").contains("/desk/orders/sandbox/" + shipped + "/invoice.pdf")
                .contains("/desk/orders/sandbox/" + shipped + "/expense-note.pdf");

        HttpResponse<byte[]> pdf = manager.bytes("/desk/orders/sandbox/" + shipped + "/invoice.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        PdfText text = PdfText.of(pdf.body());
        String buyer = jdbc.sql("select c.name from client c join invoice i on i.client_id = c.id where i.order_id = :id")
                .param("id", shipped).query(String.class).single();
        assertThat(text.text()).contains("Рахунок на оплату № " + invoice).contains("ТОВ «Демо-магазин»")
                .contains("код ЄДРПОУ 12345678").contains("IBAN UA213223130000026007233566001").contains(buyer)
                .contains("ROZETKA № " + shipped).contains(" шт.").containsPattern("Всього: [\\d ]+,\\d{2} грн")
                .containsPattern("(гривень|гривня|гривні) \\d{2} (копійок|копійка|копійки)");
        assertThat(text.fonts()).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());

        PdfText expense = PdfText.of(manager.bytes("/desk/orders/sandbox/" + shipped + "/expense-note.pdf").body());
        assertThat(expense.text()).contains("Видаткова накладна № " + note).contains("ТТН 20450000000001");

        // an order not yet invoiced has nothing to print; a storekeeper may not print at all
        HttpResponse<String> none = manager.get("/desk/orders/sandbox/" + ids.get(4) + "/invoice.pdf");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("Рахунку для замовлення " + ids.get(4) + " ще немає");
        Http storekeeper = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "deskstore", "storekeepers"),
                TestUsers.PASSWORD);
        assertThat(storekeeper.bytes("/desk/orders/sandbox/" + shipped + "/invoice.pdf").statusCode()).isEqualTo(403);
    }

    @Test
    void theOrderPageSaysWhereTheExpenseNotesParcelIsAndShowsItsReturn(@Autowired Shipments shipments) {
        assertThat(manager.get("/desk/orders/sandbox/" + ids.get(0)).body()).contains("Рахунку ще немає.");
        long shipped = confirmedAndShipped();
        String note = noteNumber(shipped);
        assertThat(manager.get("/desk/orders/sandbox/" + shipped).body())
                .contains(note + " · відправлено · ТТН 20450000000001").doesNotContain("return-note");

        String returned = shipments.returnGoods("sandbox", shipped, "Покупець не забрав посилку").orElseThrow().value();
        assertThat(manager.get("/desk/orders/sandbox/" + shipped).body())
                .contains(note + " · повернено на склад · ТТН 20450000000001")
                .contains(returned + " · Покупець не забрав посилку").contains(" · скасовано");
    }

    private String noteNumber(long order) {
        return jdbc.sql("select n.number from expense_note n join invoice i on i.id = n.invoice_id where i.order_id = :id")
                .param("id", order).query(String.class).single();
    }

    /** Confirms the first orders until one waits to be shipped (a card order waits for its money), then ships it. */
    private long confirmedAndShipped() {
        for (long id : ids.subList(0, 4)) {
            Task confirm = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("sandbox:" + id)
                    .taskDefinitionKey("confirm-order").singleResult();
            engine.getTaskService().complete(confirm.getId(), Map.of("outcome", "confirmed"));
            assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
            Task ship = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("sandbox:" + id)
                    .taskDefinitionKey("ship-order").singleResult();
            if (ship != null) {
                engine.getTaskService().complete(ship.getId(), Map.of("ttn", "20450000000001", "ownCourier", false));
                assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
                return id;
            }
        }
        throw new AssertionError("none of four orders waited to be shipped");
    }

    @Test
    void supervisorsSeeTheDashboardAsChartsAndManagersAreToldItIsNotTheirs() {
        long late = ids.get(1);
        Task confirm = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("sandbox:" + late)
                .taskDefinitionKey("confirm-order").singleResult();
        engine.getTaskService().setDueDate(confirm.getId(), java.util.Date.from(java.time.Instant.now().minusSeconds(600)));
        String instance = confirm.getProcessInstanceId();
        engine.getRuntimeService().createIncident("failedJob", confirm.getExecutionId(), "test",
                "ROZETKA не відповідає 3 рази поспіль");
        // the next test's clean slate deletes the instance, and its incident with it
        Http supervisor = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "desksuper", "supervisors"),
                TestUsers.PASSWORD);
        HttpResponse<String> page = supervisor.get("/desk/dashboard");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Панель керування").contains("Замовлення за етапами").contains("усього 5")
                .contains("Прострочені задачі").contains("Порушення строку першого дзвінка")
                .contains("Від надходження до підтвердження отримання (статус 26)")
                .contains("Підтвердження з покупцем за менеджерами")
                // all five acknowledged: a line chart of p50 and p90
                .containsPattern("<svg[^>]*class=\"lines\"").contains("<polyline").contains("<rect")
                .contains("<a href=\"/desk/orders/sandbox/" + late + "\">" + late + "</a>:")
                .contains("крок «Підтвердити замовлення з покупцем» не вдався після всіх спроб")
                .contains("не вдався після всіх спроб").contains("ROZETKA не відповідає 3 рази поспіль")
                .contains("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
        assertThat(page.body().replaceAll("(?s).*Прострочені задачі</h2>\\s*<p class=\"figure\">(\\d+)</p>.*", "$1"))
                .isEqualTo("1");
        // counted by the task's kind, as the BPMN names it, not by each task's own title with its order
        assertThat(page.body()).contains(">Підтвердити замовлення з покупцем</text>");

        HttpResponse<String> overdue = manager.get("/desk/orders?overdue=true");
        assertThat(overdue.body()).contains("Знайдено: 1").contains(">" + late + "<");

        HttpResponse<String> asManager = manager.get("/desk/dashboard");
        assertThat(asManager.statusCode()).isEqualTo(403);
        assertThat(asManager.body()).contains("Панель керування бачать лише супервізори та адміністратори");
        assertThat(manager.get("/desk/orders").body()).doesNotContain("/desk/dashboard");
        assertThat(supervisor.get("/desk/orders").body()).contains("/desk/dashboard");
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
        // a logout posted from elsewhere (no token of this session) signs nobody out
        HttpResponse<String> forgedLogout = supervisor.send("POST", "/desk/logout", "application/x-www-form-urlencoded",
                "_csrf=forged");
        assertThat(forgedLogout.statusCode()).isEqualTo(302);
        assertThat(forgedLogout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/desk/orders"));
        long runsBefore = jdbc.sql("select count(*) from sync_event where order_id = :id").param("id", ids.get(0))
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from sync_event where order_id = :id").param("id", ids.get(0))
                .query(Long.class).single()).isEqualTo(runsBefore);
    }
}
