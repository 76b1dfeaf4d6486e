package ua.orderflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.support.Browser;
import ua.orderflow.support.DeskFixture;
import ua.orderflow.support.DeskFixture.OrderTask;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PdfText;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;
import ua.orderflow.sync.SandboxAdmin;
import ua.orderflow.sync.ShopSync;

/**
 * A supervisor at the desk, in a real Chromium: one login (Tasklist's), the order list, an order's
 * page, searches by phone and by TTN as typed with spaces, the invoice PDF fetched by the page's own
 * link, the dashboard's charts, and logout ending the webapps' session too. Screenshots in
 * target/browser/desk-*.png.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskBrowserIT {

    private static final String TTN = "20450000123456";

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
    List<OrderTask> waiting;
    long shipped;

    @BeforeAll
    void aSupervisorLogsInOnce() {
        Browser.assumeInstalled();
        waiting = DeskFixture.awaitingConfirmation(engine, jdbc, catalogue, sync, new SandboxAdmin(port), 4);
        shipped = confirmAndShipOne();
        String supervisor = TestUsers.ensure(engine.getIdentityService(), "browsersupervisor", "supervisors");
        browser = Browser.start();
        browser.logInToCamunda(url("/camunda/app/tasklist/"), supervisor, TestUsers.PASSWORD, "desk-login");
        browser.waitForText("Задачі групи");
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Confirms orders until one waits to be shipped (a card order waits for its money), and ships it with {@link #TTN}. */
    private long confirmAndShipOne() {
        for (OrderTask order : waiting) {
            engine.getTaskService().complete(order.taskId(), Map.of("outcome", "confirmed"));
            assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
            Task ship = engine.getTaskService().createTaskQuery().processInstanceBusinessKey("sandbox:" + order.orderId())
                    .taskDefinitionKey("ship-order").singleResult();
            if (ship != null) {
                engine.getTaskService().complete(ship.getId(), Map.of("ttn", TTN, "ownCourier", false));
                assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
                return order.orderId();
            }
        }
        throw new AssertionError("none of the orders waited to be shipped");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    @Order(1)
    void theListOpensWithoutASecondLoginAndLeadsToAnOrder() {
        browser.open(url("/desk/orders"));
        browser.waitForText("Знайдено: 4");
        String list = browser.bodyText();
        assertThat(list).contains("Замовлення", "Підтвердити замовлення " + waiting.get(1).orderId() + " з покупцем", "грн", "+380 ")
                .containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}").contains("browsersupervisor");
        browser.screenshot("desk-orders");

        long wanted = waiting.get(waiting.size() - 1).orderId();
        browser.visible(By.linkText(String.valueOf(wanted))).click();
        browser.waitForText("Замовлення № " + wanted);
        assertThat(browser.bodyText()).contains("Картка", "Товари", "Історія", "Процес замовлення розпочато",
                "Перечитати з ROZETKA");
        browser.screenshot("desk-order");
    }

    @Test
    @Order(2)
    void searchesByPhoneAndByTtnAsTyped() {
        browser.open(url("/desk/orders/sandbox/" + shipped));
        String phone = browser.visible(By.cssSelector("a[href^='tel:']")).getText();
        assertThat(phone).matches("\\+380 \\d{2} \\d{3} \\d{2} \\d{2}");

        search(phone);
        assertThat(browser.bodyText()).contains("Знайдено: 1");
        assertThat(browser.driver().findElements(By.linkText(String.valueOf(shipped)))).hasSize(1);
        browser.screenshot("desk-search-phone");

        search("2045 0000 1234 56");
        assertThat(browser.bodyText()).contains("Знайдено: 1");
        assertThat(browser.driver().findElements(By.linkText(String.valueOf(shipped)))).hasSize(1);
        browser.screenshot("desk-search-ttn");
    }

    private void search(String typed) {
        browser.open(url("/desk/orders"));
        WebElement box = browser.visible(By.name("q"));
        box.clear();
        box.sendKeys(typed);
        box.submit();
        browser.waitForText("Знайдено:");
    }

    @Test
    @Order(3)
    void theInvoicePdfReadsInUkrainian() {
        browser.open(url("/desk/orders/sandbox/" + shipped));
        WebElement link = browser.visible(By.linkText("Рахунок (PDF)"));
        browser.scrollTo(link);
        browser.screenshot("desk-order-documents");
        String invoice = jdbc.sql("select number from invoice where order_id = :id").param("id", shipped)
                .query(String.class).single();
        String note = jdbc.sql("select n.number from expense_note n join invoice i on i.id = n.invoice_id where i.order_id = :id")
                .param("id", shipped).query(String.class).single();
        assertThat(browser.bodyText()).contains(invoice + " · виставлено", note + " · відправлено · ТТН " + TTN);
        // fetched by the page itself, with the browser's session: what a click downloads
        String base64 = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s));
                });""", link.getAttribute("href"));
        PdfText pdf = PdfText.of(Base64.getDecoder().decode(base64));
        assertThat(pdf.text()).contains("Рахунок на оплату № " + invoice, "ТОВ «Демо-магазин»", "ROZETKA № " + shipped,
                "Всього:", "грн", "копій");
        assertThat(pdf.fonts()).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
    }

    @Test
    @Order(4)
    void theDashboardDrawsItsCharts() {
        browser.open(url("/desk/orders"));
        browser.visible(By.linkText("Панель керування")).click();
        browser.waitForText("Замовлення за етапами");
        assertThat(browser.driver().findElements(By.cssSelector("svg.bars rect"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("svg.lines polyline"))).isNotEmpty();
        assertThat(browser.bodyText()).contains("Прострочені задачі", "Від надходження до відправлення", "p50", "p90",
                "Збої, що чекають на супервізора");
        // the whole page in one picture: a window as tall as the page, then back
        Dimension window = browser.driver().manage().window().getSize();
        long tall = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.body.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(4000, tall + 140)));
        browser.screenshot("desk-dashboard");
        browser.driver().manage().window().setSize(window);
    }

    @Test
    @Order(5)
    void loggingOutOfTheDeskLogsOutOfTasklistToo() {
        browser.open(url("/desk/orders"));
        browser.visible(By.cssSelector("form.logout button")).click();
        browser.visible(By.cssSelector("input[ng-model='username']"));
        browser.open(url("/camunda/app/tasklist/default/"));
        browser.visible(By.cssSelector("input[ng-model='username']"));
        browser.open(url("/desk/orders"));
        browser.visible(By.cssSelector("input[ng-model='username']"));
        browser.screenshot("desk-logged-out");
    }
}
