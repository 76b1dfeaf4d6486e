package ua.orderflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.support.Browser;
import ua.orderflow.support.DeskFixture;
import ua.orderflow.support.DeskFixture.OrderTask;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;
import ua.orderflow.sync.SandboxAdmin;
import ua.orderflow.sync.ShopSync;

/**
 * A manager in Tasklist, in a real Chromium whose own language is English: three new orders, one
 * login, «Задачі групи» with the order on every card, soonest due first, the chrome in Ukrainian
 * and no end-of-life banner; then taking a task. Screenshots in target/browser/.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistBrowserIT {

    private static final By CARDS = By.cssSelector("ol.tasks-list li.task");
    private static final Pattern ORDER_ON_CARD = Pattern.compile("Замовлення:\\s*(\\d+)");
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
                && d.findElements(CARDS).stream().allMatch(c -> ORDER_ON_CARD.matcher(c.getText()).find()));
        browser.screenshot("tasklist-group-tasks");

        List<Long> shown = new ArrayList<>();
        for (WebElement card : browser.driver().findElements(CARDS)) {
            Matcher order = ORDER_ON_CARD.matcher(card.getText());
            assertThat(order.find()).as(card.getText()).isTrue();
            shown.add(Long.parseLong(order.group(1)));
            assertThat(card.getText()).as("due date in words").containsPattern(DUE_ON_CARD)
                    .contains("Покупець:", "Підтвердити замовлення з покупцем");
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
                .contains("Виберіть задачу у списку.", "Мої задачі", "Підтвердити", "Відвантажити");
    }

    @Test
    @Order(4)
    void aManagerTakesTheSoonestTaskWithUkrainianButtons() {
        browser.driver().findElements(CARDS).get(0).findElement(By.cssSelector("h4.task a")).click();
        // the form comes after the task's header: its own request, its own rendering
        browser.waitForText("Замовлення № " + byDue.get(0).orderId());
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
}
