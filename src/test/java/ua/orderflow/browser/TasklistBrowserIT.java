package ua.orderflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.support.Browser;
import ua.orderflow.support.DeskFixture;
import ua.orderflow.support.DeskFixture.OrderTask;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;
import ua.orderflow.sync.SandboxAdmin;
import ua.orderflow.sync.ShopSync;

/**
 * A manager in Tasklist, in a real Chromium whose own language is English: three new orders, one
 * login, «Задачі групи» with the order's number, buyer, amount, city and status name on every card,
 * soonest due first, the chrome in Ukrainian and no end-of-life banner; then taking a task, whose
 * form shows the buyer and the amount, says what is missing in Ukrainian, hides the call for a buyer
 * who asked not to be called and links to the order's desk page; and a status conflict by names.
 * Screenshots in target/browser/.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistBrowserIT {

    private static final By CARDS = By.cssSelector("ol.tasks-list li.task");
    private static final By TITLE = By.cssSelector("h4.task");
    private static final Pattern ORDER_IN_TITLE = Pattern.compile("^Підтвердити замовлення (\\d+) з покупцем$");
    private static final By FORM = By.cssSelector(".fjs-container");
    private static final Pattern DUE_ON_CARD = Pattern.compile("Строк: через (годину|\\d+ год)");

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
    List<OrderTask> byDue;
    String manager;
    String loginPage;

    @BeforeAll
    void aManagerLogsInToTasklist() {
        Browser.assumeInstalled();
        List<OrderTask> created = DeskFixture.awaitingConfirmation(engine, jdbc, catalogue, sync,
                new SandboxAdmin(port), 3);
        byDue = DeskFixture.dueOutOfCreationOrder(engine, created);
        manager = TestUsers.ensure(engine.getIdentityService(), "browsermanager", "managers");
        browser = Browser.start();
        loginPage = browser.logInToCamunda("http://localhost:" + port + "/camunda/app/tasklist/", manager,
                TestUsers.PASSWORD, "tasklist-login");
        browser.waitForText("Задачі групи");
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theLoginPageSpeaksUkrainian() {
        assertThat(loginPage).contains("Увійти").doesNotContain("Log in", "Please");
    }

    @Test
    @Order(2)
    void theGroupsCardsShowTheOrderSoonestDueFirst() {
        browser.driver().findElement(By.xpath("//*[contains(text(), 'Задачі групи')]")).click();
        browser.waiting().until(d -> d.findElements(CARDS).size() == byDue.size()
                && d.findElements(CARDS).stream().allMatch(c -> ORDER_IN_TITLE.matcher(title(c)).find()));
        // a card shows its line (buyer · amount · city) and the status; the order's number is its title
        // Tasklist redraws its list now and then: read the cards in one go, again if redrawn
        List<String[]> cards = browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            List<String[]> read = new ArrayList<>();
            for (WebElement card : d.findElements(CARDS)) {
                read.add(new String[] {title(card), card.getText().replaceAll("\\s+", " ")});
            }
            return read.size() == byDue.size() ? read : null;
        });
        browser.screenshot("tasklist-group-tasks");

        List<Long> shown = new ArrayList<>();
        for (String[] card : cards) {
            Matcher order = ORDER_IN_TITLE.matcher(card[0]);
            assertThat(order.find()).as(card[0]).isTrue();
            shown.add(Long.parseLong(order.group(1)));
            assertThat(card[1]).as("due date in words").containsPattern(DUE_ON_CARD)
                    .contains("Статус ROZETKA: Обробляється менеджером").doesNotContain("Замовлення:")
                    .containsPattern("Покупець, сума, місто: .+ · [0-9 \u00a0]+,\\d{2}[\\s\u00a0]?грн · .+");
        }
        assertThat(shown).containsExactlyElementsOf(byDue.stream().map(OrderTask::orderId).toList());
        // the list says what it does: sorted by due date, not by "created"
        assertThat(browser.driver().findElement(By.cssSelector(".sort-by")).getText()).isEqualTo("Строк");
    }

    @Test
    @Order(3)
    void noEndOfLifeBannerAndNoEnglishChrome() {
        assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner"))).allSatisfy(
                banner -> assertThat(banner.isDisplayed()).as("the end-of-life banner").isFalse());
        assertThat(browser.bodyText()).doesNotContain("Camunda 8", "Created", "Due in", "Filter Tasks",
                "Select a task")
                .contains("Виберіть задачу у списку.", "Мої задачі", "В обробці", "Підтверджено", "Відправлено");
    }

    @Test
    @Order(4)
    void aManagerTakesTheSoonestTaskWithUkrainianButtons() {
        browser.driver().findElements(CARDS).get(0).findElement(By.cssSelector("h4.task a")).click();
        // the form comes after the task's header: its own request, its own rendering
        browser.waitForText("Замовлення № " + byDue.get(0).orderId());
        String form = browser.visible(FORM).getText();
        assertThat(form).contains("Покупець:", "тел. +380 ").containsPattern("Сума: [0-9 \u00a0]+,\\d{2}[\\s\u00a0]?грн")
                .contains("Сценарій дзвінка", "Не вдалося зв'язатися");
        WebElement claim = browser.visible(By.cssSelector("button.claim"));
        assertThat(claim.getText()).isEqualTo("Взяти");
        assertThat(browser.bodyText()).contains("Форма", "Історія", "Схема", "Опис", "Задати нагадування",
                "Додати коментар");

        claim.click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        WebElement complete = browser.visible(By.xpath("//button[normalize-space()='Завершити']"));
        assertThat(complete.isEnabled()).as("Завершити, once the task is mine").isTrue();
        assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='Зберегти']"))).isNotEmpty();
        browser.scrollTo(complete);
        browser.screenshot("tasklist-claimed-task");
        assertThat(engine.getTaskService().createTaskQuery().taskId(byDue.get(0).taskId()).singleResult()
                .getAssignee()).isEqualTo(manager);
    }

    @Test
    @Order(5)
    void whatTheFormMissesItSaysInUkrainian() {
        browser.visible(By.xpath("//button[normalize-space()='Завершити']")).click();
        browser.waitForText("Заповніть це поле.");
        browser.screenshot("tasklist-validation");
        assertThat(browser.visible(FORM).getText()).doesNotContain("Field is required", "Field must");
        assertThat(engine.getTaskService().createTaskQuery().taskId(byDue.get(0).taskId()).count())
                .as("not completed").isOne();
    }

    @Test
    @Order(6)
    void aBuyerWhoAskedNotToBeCalledGetsNoCallScriptAndNoCouldntReach() {
        OrderTask quiet = byDue.get(1);
        String instance = engine.getTaskService().createTaskQuery().taskId(quiet.taskId()).singleResult()
                .getProcessInstanceId();
        // the card the form reads, as the card step writes it for a buyer who asked not to be called
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> card = new java.util.LinkedHashMap<>(
                (java.util.Map<String, Object>) engine.getRuntimeService().getVariable(instance, "card"));
        card.put("callbackOff", true);
        engine.getRuntimeService().setVariable(instance, "card", org.camunda.bpm.engine.variable.Variables.objectValue(card)
                .serializationDataFormat(org.camunda.bpm.engine.variable.Variables.SerializationDataFormats.JSON).create());
        openTask(quiet.taskId(), "Замовлення № " + quiet.orderId());
        browser.waitForText("Покупець просив не телефонувати");
        browser.screenshot("tasklist-callback-off");
        assertThat(browser.visible(FORM).getText()).doesNotContain("Сценарій дзвінка", "Не вдалося зв'язатися")
                .contains("Покупець підтвердив замовлення", "Скасувати замовлення");
    }

    @Test
    @Order(7)
    void theFormLinksToTheOrdersDeskPageEvenBeforeTheTaskIsTaken() {
        OrderTask task = byDue.get(1);
        openTask(task.taskId(), "Замовлення № " + task.orderId());
        WebElement link = browser.visible(By.linkText("Відкрити сторінку замовлення № " + task.orderId()));
        assertThat(link.getAttribute("href")).endsWith("/desk/orders/" + DeskFixture.SHOP + "/" + task.orderId());
        browser.scrollTo(link);
        link.click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("/desk/orders/"));
        browser.waitForText("Замовлення № " + task.orderId());
        browser.screenshot("desk-from-tasklist");
    }

    @Test
    @Order(8)
    void aStatusConflictSaysWhichStatusesByName() {
        OrderTask task = byDue.get(2);
        // 13 «Скасовано адміністратором» is not a seller's to send: ROZETKA does not allow it
        engine.getTaskService().complete(task.taskId(), Map.of("outcome", "cancel", "cancelStatus", 13));
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        String conflict = engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(DeskFixture.SHOP + ":" + task.orderId())
                .taskDefinitionKey("resolve-status-conflict").singleResult().getId();
        openTask(conflict, "ROZETKA не приймає статус для замовлення № " + task.orderId());
        String form = browser.visible(FORM).getText();
        browser.screenshot("tasklist-status-conflict");
        assertThat(form).contains("Статус, який ми хотіли передати: Скасовано адміністратором",
                "Поточний статус у ROZETKA: Обробляється менеджером");
        assertThat(browser.bodyText()).contains("Розв'язати конфлікт статусу, замовлення " + task.orderId());
    }

    private static String title(WebElement card) {
        return card.findElement(TITLE).getText().trim();
    }

    private void openTask(String taskId, String formText) {
        browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        browser.waitForText(formText);
    }
}
