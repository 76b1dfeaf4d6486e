package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import ua.orderflow.messages.BuyerChats;
import ua.orderflow.messages.BuyerNotices;
import ua.orderflow.support.Http;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.sync.BuyerMessageSync;

/**
 * Buyer messages end to end on PostgreSQL, against the sandbox over HTTP: a buyer's message opens
 * «Відповісти покупцю» and the reply reaches ROZETKA; "couldn't reach" sends one message per attempt
 * however often its step runs; a shipped order's message carries its TTN; the manager writes from
 * the forms; a message on an unknown order goes to the journal.
 */
@PostgresIntegrationTest
class BuyerMessagesIT extends AgainstTheSandbox {

    private static final String SHOP = "sandbox";
    private static final String BUYER_TEXT = "Коли відправите? <script>alert('x')</script> Дуже чекаю 🙏";
    private static final String TTN = "20450000000077";

    @Autowired
    BuyerMessageSync messages;
    @Autowired
    BuyerNotices notices;
    @Autowired
    TransactionTemplate transaction;

    private BuyerChats chats;

    @BeforeEach
    void buyers() {
        chats = new BuyerChats(port);
    }

    @Test
    void aBuyersMessageOpensTheReplyTaskAndTheReplyReachesRozetkaAndReadsTheChat() {
        long id = importedOrder();
        long counts = calls("messages.counts");
        long searches = calls("messages.search");
        assertThat(messages.sync(SHOP)).isZero();
        assertThat(calls("messages.counts") - counts).as("a quiet look: the counters only").isEqualTo(1);
        assertThat(calls("messages.search")).isEqualTo(searches);

        chats.buyerWrites(id, BUYER_TEXT);
        assertThat(messages.sync(SHOP)).isEqualTo(1);
        assertThat(calls("messages.search") - searches).as("one page of unread chats").isEqualTo(1);
        assertThat(messages.sync(SHOP)).as("the chat is still unread at ROZETKA: fetched again, kept once").isZero();
        Task task = replyTask(id);
        assertThat(task.getName()).as("titled with the order, as every task").isEqualTo("Відповісти покупцю, замовлення " + id);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("managers");
        assertThat(task.getDueDate()).isAfter(new Date());
        assertThat(engine.getFilterService().list(engine.getFilterService().createFilterQuery()
                .filterName("Повідомлення покупців").singleResult().getId())).extracting(t -> ((Task) t).getId())
                .as("Tasklist's «Повідомлення покупців»").contains(task.getId());
        assertThat(thread(task)).contains("Покупець: " + BUYER_TEXT);
        assertThat(desk.journal(id)).anySatisfy(e -> assertThat(e).startsWith("INFO BUYER_MESSAGE:")
                .contains("Дуже чекаю 🙏"));

        chats.buyerWrites(id, "І ще: можна у відділення №12?");
        assertThat(messages.sync(SHOP)).isEqualTo(1);
        assertThat(replyTask(id).getId()).as("one open task per chat").isEqualTo(task.getId());
        assertThat(thread(task)).contains(BUYER_TEXT, "відділення №12");

        engine.getTaskService().complete(task.getId(), Map.of("reply", "Так, відправимо сьогодні у відділення №12."));
        desk.run();
        assertThat(chats.fromShop(id)).containsExactly("Так, відправимо сьогодні у відділення №12.");
        assertThat(chats.chat(id).path("unread_messages_count").asInt()).as("ROZETKA: chat read").isZero();
        assertThat(replyTask(id)).isNull();
        assertThat(messages.sync(SHOP)).isZero();
        assertThat(desk.journal(id)).anySatisfy(e -> assertThat(e).startsWith("INFO BUYER_MESSAGE_SENT:")
                .contains("відповідь покупцю"));
    }

    @Test
    void whatTheBuyerWritesWhileTheReplyIsOnItsWayIsTakenInBeforeTheChatIsMarkedRead() {
        long id = importedOrder();
        chats.buyerWrites(id, "Добрий день");
        messages.sync(SHOP);
        engine.getTaskService().complete(replyTask(id).getId(), Map.of("reply", "Добрий день! Слухаємо."));
        chats.buyerWrites(id, "Можна доставку на суботу?");

        desk.run();
        assertThat(chats.chat(id).path("unread_messages_count").asInt()).isZero();
        assertThat(replyTask(id)).as("a new task for the newer message").isNotNull();
        assertThat(thread(replyTask(id))).contains("Можна доставку на суботу?", "Магазин: Добрий день! Слухаємо.");
        assertThat(messages.sync(SHOP)).isZero();
    }

    @Test
    void aThankYouNeedsNoReplyTheChatIsOnlyMarkedRead() {
        long id = importedOrder();
        chats.buyerWrites(id, "Дякую 😊");
        messages.sync(SHOP);
        engine.getTaskService().complete(replyTask(id).getId(), Map.of("noReplyNeeded", true));
        desk.run();
        assertThat(chats.fromShop(id)).isEmpty();
        assertThat(chats.chat(id).path("unread_messages_count").asInt()).isZero();
        assertThat(replyTask(id)).isNull();
    }

    @Test
    void anEmptyOrOverlongReplyIsRefusedInWordsAndTheTaskStaysOpen() {
        long id = importedOrder();
        chats.buyerWrites(id, "Добрий день");
        messages.sync(SHOP);
        Task task = replyTask(id);

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of("reply", "   ")))
                .hasMessageContaining("Повідомлення покупцю порожнє");
        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of("reply", "я".repeat(4001))))
                .hasMessageContaining("задовге: 4001 символів, можна щонайбільше 4000");
        assertThat(replyTask(id)).isNotNull();
        desk.run();
        assertThat(chats.fromShop(id)).isEmpty();
    }

    @Test
    void couldNotReachSendsExactlyOneMessagePerAttemptEvenWhenItsStepsAreRetried() {
        long id = importedOrder();

        sandbox.faults("{\"endpoint\":\"orders.update\",\"errorShare\":1.0,\"errorStatus\":503,\"times\":1}");
        desk.complete(id, "confirm-order", Map.of("outcome", "not_reached"));
        assertThat(Jobs.runDue(engine.getManagementService())).as("the push of 47 fails once").hasSize(1);
        retryFailedJobs();
        assertThat(sandbox.status(id)).isEqualTo(47);
        assertThat(chats.fromShop(id)).hasSize(1).allSatisfy(m -> assertThat(m).contains("не змогли додзвонитися"));

        // the same step once more (a second node, a replayed job): the outbox knows the attempt
        java.util.Optional<Long> again = transaction.execute(tx -> notices.notReached(SHOP, id, 1));
        assertThat(again).isEmpty();
        desk.run();
        assertThat(chats.fromShop(id)).hasSize(1);

        desk.complete(id, "call-back", Map.of("callingBack", true));
        desk.run();
        sandbox.faults("{\"endpoint\":\"messages.create\",\"errorShare\":1.0,\"errorStatus\":503,\"times\":1}");
        desk.complete(id, "confirm-order", Map.of("outcome", "not_reached"));
        List<String> failures = Jobs.runDue(engine.getManagementService());
        assertThat(failures).as("the send fails once, in words").hasSize(1)
                .allSatisfy(f -> assertThat(f).contains("Не вдалося надіслати покупцю повідомлення", "ROZETKA недоступна"));
        retryFailedJobs();
        assertThat(sandbox.status(id)).isEqualTo(48);
        assertThat(chats.fromShop(id)).hasSize(2);
        assertThat(chats.fromShop(id).get(1)).contains("вдруге");
    }

    @Test
    void aShippedOrdersMessageCarriesItsTtnAndCarrierAndTheManagersOwnWordsGoOnce() {
        long id = importedOrder();
        desk.complete(id, "confirm-order", Map.of("outcome", "confirmed", "buyerMessage", "Дякуємо, замовлення підтверджено!"));
        desk.run();
        assertThat(chats.fromShop(id)).containsExactly("Дякуємо, замовлення підтверджено!");
        assertThat(desk.variable(id, "buyerMessage")).as("cleared for the next form").isNull();

        desk.complete(id, "ship-order", Map.of("ttn", TTN, "ownCourier", false));
        desk.run();
        assertThat(sandbox.status(id)).isEqualTo(3);
        assertThat(chats.fromShop(id)).hasSize(2);
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(desk.instance(id))
                .variableUpdates().list()).as("the message, its clearing, and no write for the ship form's empty one")
                .filteredOn(d -> "buyerMessage".equals(((HistoricVariableUpdate) d).getVariableName())).hasSize(2);
        assertThat(chats.fromShop(id).get(1)).contains("№ " + id, "Нова Пошта", "ТТН " + TTN, "грн");
    }

    @Test
    void anUnpaidCardOrdersBuyerIsRemindedOncePerWaitAndToldOfTheCancellationWithItsReason() {
        long id = desk.cardOrder(3);
        desk.syncAndRun();
        desk.complete(id, "confirm-order", Map.of("outcome", "confirmed"));
        desk.run();
        ManagementService management = engine.getManagementService();
        management.executeJob(management.createJobQuery().activityId("payment-reminder-timer").singleResult().getId());
        desk.run();
        assertThat(chats.fromShop(id)).singleElement().satisfies(m -> assertThat(m)
                .contains("чекає на оплату карткою", "№ " + id, "грн"));

        desk.complete(id, "check-payment", Map.of("paymentDecision", "cancel"));
        desk.run();
        int status = sandbox.status(id);
        assertThat(status).isIn(50, 40);
        assertThat(chats.fromShop(id)).hasSize(2);
        assertThat(chats.fromShop(id).get(1)).contains("№ " + id + " скасовано", "Причина: ")
                .doesNotContain("{reason}");
    }

    @Test
    void aMessageOnAnOrderOrderFlowDoesNotKnowIsJournalledAndShownInTheDesksJournal() throws Exception {
        long unknown = sandbox.createOrders(1, 26).get(0);
        chats.buyerWrites(unknown, "Де моє замовлення?");

        assertThat(messages.sync(SHOP)).isEqualTo(1);
        assertThat(desk.journal(unknown)).singleElement().satisfies(e -> assertThat(e)
                .startsWith("WARN BUYER_MESSAGE_NO_ORDER:").contains("якого Order Flow не знає", "Де моє замовлення?"));
        assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("buyer-message").count()).isZero();
        String journal = Http.anonymous(port).as(PostgresIntegrationTest.ADMIN, PostgresIntegrationTest.ADMIN_PASSWORD)
                .get("/desk/journal?kind=BUYER_MESSAGE_NO_ORDER").body();
        assertThat(journal).contains("Де моє замовлення?", String.valueOf(unknown));
    }

    private long calls(String endpoint) {
        return sandbox.stats().path("calls").path(endpoint).asLong(0);
    }

    private long importedOrder() {
        long id = sandbox.createOrders(1, 1).get(0);
        sandbox.payIfCard(id);
        desk.syncAndRun();
        return id;
    }

    private Task replyTask(long id) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey("buyer-message")
                .processInstanceBusinessKey(SHOP + ":" + id).taskDefinitionKey("answer-buyer").singleResult();
    }

    private String thread(Task task) {
        return (String) engine.getTaskService().getVariable(task.getId(), "thread");
    }

    /** What the job executor does once a failed job's retry is due: run it again, then what follows. */
    private void retryFailedJobs() {
        ManagementService management = engine.getManagementService();
        for (Job job : management.createJobQuery().withException().list()) {
            management.executeJob(job.getId());
        }
        desk.run();
    }
}
