package ua.orderflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import ua.orderflow.messages.BuyerChats;
import ua.orderflow.process.AgainstTheSandbox;
import ua.orderflow.support.Browser;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;
import ua.orderflow.sync.BuyerMessageSync;

/**
 * A manager on the desk's order page, in a real Chromium: the ROZETKA chat with the buyer as a
 * thread, the buyer's HTML shown as the text they typed (never run), the emoji kept, the shop's reply
 * below, and the templates as this buyer would read them. Screenshot in target/browser/.
 */
@PostgresIntegrationTest
class BuyerChatBrowserIT extends AgainstTheSandbox {

    private static final String SHOP = "sandbox";
    private static final String HOSTILE = "Коли відправите? <script>alert('buyer')</script><b>терміново</b> 🙏";
    private static final String REPLY = "Сьогодні, ТТН напишемо тут.";

    @Autowired
    BuyerMessageSync messages;

    @Test
    void theOrderPageShowsTheThreadEscapedWithTheReplyAndTheTemplates() {
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
        engine.getTaskService().complete(reply.getId(), Map.of("reply", REPLY));
        assertThat(Jobs.runDue(engine.getManagementService())).isEmpty();

        String manager = TestUsers.ensure(engine.getIdentityService(), "chatmanager", "managers");
        try (Browser browser = Browser.start()) {
            browser.logInToCamunda("http://localhost:" + port + "/camunda/app/tasklist/", manager,
                    TestUsers.PASSWORD, "chat-login");
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
