package ua.orderflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import ua.orderflow.messages.BuyerChats;
import ua.orderflow.process.AgainstTheSandbox;
import ua.orderflow.support.Browser;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;
import ua.orderflow.sync.BuyerMessageSync;

/**
 * A manager in a real Chromium: «Відповісти покупцю» in Tasklist with the buyer's message in the
 * form, the reply typed and sent to ROZETKA; then the desk's order page with the chat as a thread,
 * the buyer's HTML shown as the text they typed (never run), the shop's reply below, and the
 * templates as this buyer would read them. Screenshots in target/browser/.
 */
@PostgresIntegrationTest
class BuyerChatBrowserIT extends AgainstTheSandbox {

    private static final String SHOP = "sandbox";
    private static final String HOSTILE = "Коли відправите? <script>alert('buyer')</script><b>терміново</b> 🙏";
    private static final String REPLY = "Сьогодні, ТТН напишемо тут.";

    @Autowired
    BuyerMessageSync messages;

    @Test
    void aManagerAnswersInTasklistAndTheOrderPageShowsTheThreadEscaped() {
        Browser.assumeInstalled();
        long id = sandbox.createOrders(1, 1).get(0);
        sandbox.payIfCard(id);
        sync.sync(SHOP, "TEST");
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
        BuyerChats chats = new BuyerChats(port);
        chats.buyerWrites(id, HOSTILE);
        assertThat(messages.sync(SHOP)).isEqualTo(1);
        Task reply = engine.getTaskService().createTaskQuery().processDefinitionKey("buyer-message")
                .processInstanceBusinessKey(SHOP + ":" + id).singleResult();

        String manager = TestUsers.ensure(engine.getIdentityService(), "chatmanager", "managers");
        try (Browser browser = Browser.start()) {
            browser.logInToCamunda("http://localhost:" + port + "/camunda/app/tasklist/", manager,
                    TestUsers.PASSWORD, "chat-login");
            browser.open("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + reply.getId());
            browser.waitForText("Відповісти покупцю, замовлення № " + id);
            WebElement thread = browser.visible(By.cssSelector("textarea[name='thread'], #fjs-form-thread, "
                    + "textarea[id$='thread']"));
            assertThat(thread.getDomProperty("value")).as("the thread in the form").contains(HOSTILE);
            browser.visible(By.cssSelector("button.claim")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
            WebElement answer = browser.visible(By.cssSelector("textarea[name='reply'], textarea[id$='reply']"));
            answer.sendKeys(REPLY);
            browser.screenshot("tasklist-answer-buyer");
            browser.visible(By.xpath("//button[normalize-space()='Завершити']")).click();
            browser.waiting().until(d -> engine.getTaskService().createTaskQuery().taskId(reply.getId()).count() == 0);
            assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();
            assertThat(chats.fromShop(id)).containsExactly(REPLY);

            browser.open("http://localhost:" + port + "/desk/orders/" + SHOP + "/" + id);
            WebElement chat = browser.visible(By.id("chat"));
            browser.scrollTo(chat);
            browser.screenshot("desk-order-chat");

            assertThat(chat.getText()).contains("Чат з покупцем", "Покупець", "Магазин", REPLY);
            List<WebElement> fromBuyer = chat.findElements(By.cssSelector("li.buyer .body"));
            assertThat(fromBuyer).singleElement().extracting(WebElement::getText).isEqualTo(HOSTILE);
            assertThat(chat.findElements(By.cssSelector("li.buyer .body script, li.buyer .body b"))).as("HTML stays text")
                    .isEmpty();
            assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(chat.findElements(By.cssSelector("li.shop .body"))).extracting(WebElement::getText)
                    .containsExactly(REPLY);

            chat.findElement(By.tagName("summary")).click();
            assertThat(chat.findElement(By.cssSelector("dl.previews")).getText())
                    .contains("не вдалося зв'язатися, 1-й раз", "№ " + id, "Нова Пошта");
        }
    }
}
