package ua.orderflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.support.Browser;
import ua.orderflow.support.DeskFixture;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;
import ua.orderflow.sync.SandboxAdmin;
import ua.orderflow.sync.ShopSync;

/**
 * A manager ships an order with a waybill made here, in a real Chromium: the ship form in Tasklist
 * offers «Створити ТТН Нової Пошти» with the amounts, the manager completes it; the task «Передати
 * посилку перевізнику» shows the TTN and downloads the 100×100 and A4 labels; completed, the parcel
 * is handed over, and the desk's order page offers the labels and the day's register with the same
 * login. Screenshots in target/browser/.
 */
@PostgresIntegrationTest
class NovaPoshtaBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogueImport catalogue;
    @Autowired
    ShopSync sync;

    Browser browser;

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerClicksCreateTtnAndDownloadsTheLabel() {
        Browser.assumeInstalled();
        SandboxAdmin sandbox = new SandboxAdmin(port);
        long id = DeskFixture.awaitingConfirmation(engine, jdbc, catalogue, sync, sandbox, 1).get(0).orderId();
        sandbox.payIfCard(id);
        complete(id, "confirm-order", Map.of("outcome", "confirmed"));
        Task ship = task(id, "ship-order");
        assertThat(ship).isNotNull();
        String manager = TestUsers.ensure(engine.getIdentityService(), "npmanager", "managers");

        browser = Browser.start();
        browser.logInToCamunda("http://localhost:" + port + "/camunda/app/tasklist/", manager, TestUsers.PASSWORD,
                "np-tasklist-login");
        browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + ship.getId());
        browser.waitForText("Відправлення замовлення № " + id);
        browser.visible(By.cssSelector("button.claim")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));

        WebElement create = browser.visible(By.xpath("//label[contains(., 'Створити ТТН Нової Пошти')]"));
        create.click();
        assertThat(browser.bodyText()).contains("Оголошена вартість:", "Сплатити при отриманні:", "Вага, кг",
                "Кількість місць", "Опис вмісту");
        assertThat(browser.driver().findElements(By.xpath("//label[contains(., 'Номер ТТН Нової Пошти')]")))
                .as("no typed TTN while the waybill is made here").allSatisfy(l -> assertThat(l.isDisplayed()).isFalse());
        browser.screenshot("np-ship-form");
        WebElement complete = browser.visible(By.xpath("//button[normalize-space()='Завершити']"));
        browser.scrollTo(complete);
        complete.click();
        browser.waiting().until(d -> task(id, "ship-order") == null);

        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        String ttn = jdbc.sql("select number from np_waybill where order_id = :id").param("id", id)
                .query(String.class).single();
        assertThat(sandbox.status(id)).as("not handed over yet").isEqualTo(2);

        // the handover task: the TTN, the labels and the day's register, downloaded from the task itself
        Task handOver = task(id, "hand-over-parcel");
        assertThat(handOver).isNotNull();
        browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + handOver.getId());
        browser.waitForText("Передача посилки замовлення № " + id);
        browser.visible(By.cssSelector("button.claim")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        assertThat(browser.bodyText()).contains("ТТН: " + ttn);
        WebElement sticker = browser.visible(By.xpath("//a[normalize-space()='етикетка 100×100']"));
        assertThat(sticker.getAttribute("href")).endsWith("/desk/orders/" + DeskFixture.SHOP + "/" + id + "/label/sticker");
        browser.screenshot("np-hand-over-task");
        List<Object> got = download(sticker);
        assertThat(((Number) got.get(0)).intValue()).isEqualTo(200);
        assertThat((String) got.get(1)).startsWith("application/pdf");
        assertThat((String) got.get(2)).contains("attachment", "ttn-" + ttn + "-100x100.pdf");
        assertThat(got.get(3)).isEqualTo("%PDF-");
        assertThat(download(browser.visible(By.xpath("//a[normalize-space()='накладна A4']"))).get(3)).isEqualTo("%PDF-");

        WebElement handedOver = browser.visible(By.xpath("//label[contains(., 'Посилку передано Новій Пошті')]"));
        browser.scrollTo(handedOver);
        handedOver.click();
        WebElement done = browser.visible(By.xpath("//button[normalize-space()='Завершити']"));
        browser.scrollTo(done);
        done.click();
        browser.waiting().until(d -> task(id, "hand-over-parcel") == null);
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        assertThat(sandbox.status(id)).isEqualTo(3);
        assertThat(sandbox.order(id).path("ttn").asText()).isEqualTo(ttn);

        // the desk: the order page's labels and the day's register of handed-over parcels
        browser.open("http://localhost:" + port + "/desk/orders/" + DeskFixture.SHOP + "/" + id);
        browser.waitForText(ttn);
        assertThat(browser.visible(By.id("label-sticker")).getText()).isEqualTo("Етикетка 100×100");
        WebElement register = browser.visible(By.id("np-register"));
        assertThat(register.getText()).isEqualTo("Реєстр відправлень за день");
        browser.screenshot("np-desk-order");
        List<Object> sheet = download(register);
        assertThat(((Number) sheet.get(0)).intValue()).isEqualTo(200);
        assertThat((String) sheet.get(2)).contains("attachment", "np-register-");
        assertThat(sheet.get(3)).isEqualTo("%PDF-");
    }

    /** A download as the browser makes it, with its session: status, type, disposition and first bytes. */
    @SuppressWarnings("unchecked")
    private List<Object> download(WebElement link) {
        return (List<Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(function (r) {
                  return r.arrayBuffer().then(function (b) {
                    var head = String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5)));
                    done([r.status, r.headers.get('Content-Type'), r.headers.get('Content-Disposition'), head]);
                  });
                }).catch(function (e) { done([0, String(e), '', '']); });""", link);
    }

    private Task task(long id, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(DeskFixture.SHOP + ":" + id)
                .taskDefinitionKey(key).singleResult();
    }

    private void complete(long id, String key, Map<String, Object> variables) {
        engine.getTaskService().complete(task(id, key).getId(), variables);
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
    }
}
