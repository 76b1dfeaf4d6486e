package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ua.orderflow.process.delegate.PushRozetkaStatus;
import ua.orderflow.rozetka.StatusNames;
import ua.orderflow.rozetka.StatusPush;
import ua.orderflow.sync.journal.SyncJournal;

/** Engine-only tier: the lifecycle BPMN on in-memory H2, job executor off, timers driven by hand. */
@Deployment(resources = {"processes/rozetka-order.bpmn", "forms/confirm-order.form", "forms/ship-order.form",
        "forms/record-delivery.form", "forms/check-payment.form", "forms/sla-escalation.form",
        "forms/resolve-status-conflict.form", "forms/review-item-changes.form"})
class RozetkaOrderProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    /** A Monday morning in Kyiv: an order placed now is due at 12:00. */
    private static final Instant MONDAY_10 = kyiv("2025-03-03T10:00");
    private static final String TTN = "20450123456789";

    private final LifecycleDelegates delegates = new LifecycleDelegates();
    private ProcessInstance order;

    @BeforeEach
    void registerDelegates() {
        delegates.register();
        setClock(MONDAY_10);
        delegates.orderedAt = Date.from(MONDAY_10);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ happy paths

    @Test
    void newOrderWithTtnGoesFromAcknowledgementToReceived() {
        start("NEW");
        assertThat(order).isWaitingAt("acknowledge-order");
        assertThat(delegates.pushed).as("nothing is sent inside the import transaction").isEmpty();

        runJobs();
        assertThat(delegates.pushed).containsExactly(26);
        assertThat(order).isWaitingAt("confirm-order");
        assertThat(task()).hasCandidateGroup("managers").hasFormKey("camunda-forms:deployment:confirm-order.form")
                .hasDueDate(Date.from(MONDAY_10.plus(Duration.ofHours(2))));

        completeTask("confirm-order", Map.of("outcome", "confirmed", "managerComment", "Підтверджено телефоном"));
        runJobs();
        assertThat(delegates.calls).contains("confirmRozetkaOrder@push-confirmed", "issueInvoice@issue-invoice");
        assertThat(delegates.pushed).containsExactly(26, 2);

        completeTask("ship-order", Map.of("ttn", TTN, "ownCourier", false, "deliveryState", "sent"));
        assertThat(delegates.calls).as("the note is issued in the manager's completion").contains("issueExpenseNote@issue-expense-note");
        assertThat(managementService().createJobQuery().processInstanceId(order.getId()).count())
                .as("the status push is the one step left").isEqualTo(1);
        runJobs();
        assertThat(delegates.pushed).containsExactly(26, 2, 3);
        assertThat(order).isWaitingAt("wait-rozetka-status");

        rozetkaStatusChanged(5);
        runJobs();
        assertThat(delegates.calls).contains("updateDeliveryState@mark-delivered");
        assertThat(order).isWaitingAt("wait-rozetka-status");

        rozetkaStatusChanged(6);
        runJobs();
        assertThat(delegates.calls).contains("closeReceivedOrder@close-received-order");
        assertThat(delegates.pushed).as("ROZETKA's own 5 and 6 are never pushed back").containsExactly(26, 2, 3);
        assertThat(order).hasPassed("order-received").isEnded();
    }

    @Test
    void anExpenseNoteThatFailsLeavesTheShipTaskOpenWithTheReasonAndNothingShipped() {
        start("CONFIRMED");
        runJobs();
        delegates.expenseNoteFailure = "Замовлення 812 не має рахунку";
        Task ship = taskService().createTaskQuery().processInstanceId(order.getId()).taskDefinitionKey("ship-order").singleResult();

        assertThatThrownBy(() -> complete(ship, Map.of("ttn", TTN, "ownCourier", false)))
                .as("what the manager's form shows").hasMessageContaining("Замовлення 812 не має рахунку");
        assertThat(order).isWaitingAt("ship-order");
        assertThat(runtimeService().getVariables(order.getId())).doesNotContainKeys("ttn", "shipped");
        assertThat(managementService().createJobQuery().processInstanceId(order.getId()).count())
                .as("no status push queued for goods that have not left").isZero();

        delegates.expenseNoteFailure = null;
        completeTask("ship-order", Map.of("ttn", TTN, "ownCourier", false));
        runJobs();
        assertThat(delegates.pushed).containsExactly(3);
        assertThat(order).isWaitingAt("wait-rozetka-status");
    }

    /**
     * As the import starts an order: its business key and no id variables. The production push step
     * reads the shop and order from the key, the tasks' titles and status names get them, and a task
     * that opens before any card was written (the status was refused) gets a card with the ids for its
     * form's number and desk link.
     */
    @Test
    @SuppressWarnings("unchecked") // the card variable is the JSON object CardVariable writes
    void anInstanceWithOnlyItsBusinessKeyRunsItsDelegatesForItsShopAndOrder() {
        StatusPush rozetka = mock(StatusPush.class);
        when(rozetka.push(eq("sandbox"), eq(812345678L), anyInt(), any(), any()))
                .thenReturn(new StatusPush.Outcome(StatusPush.Outcome.Kind.REFUSED, 26, 26, "Перехід неможливий", null));
        StatusNames names = mock(StatusNames.class);
        when(names.quoted(eq("sandbox"), anyInt())).thenReturn("«Не вдалося зв'язатися»");
        Mocks.register("pushRozetkaStatus", new PushRozetkaStatus(rozetka, mock(SyncJournal.class), names));

        start("PROCESSING");
        assertThat(runtimeService().getVariables(order.getId())).doesNotContainKeys("shopId", "orderId");
        runJobs();
        assertThat(order).isWaitingAt("confirm-order");
        assertThat(task().getName()).isEqualTo("Підтвердити замовлення 812345678 з покупцем");

        completeTask("confirm-order", Map.of("outcome", "not_reached"));
        runJobs();

        verify(rozetka).push(eq("sandbox"), eq(812345678L), anyInt(), any(), any());
        assertThat(order).isWaitingAt("resolve-status-conflict");
        assertThat(task().getName()).contains("812345678");
        assertThat(runtimeService().getVariable(order.getId(), "rozetkaStatusName")).as("named for the shop")
                .isNotNull();
        assertThat((Map<String, Object>) runtimeService().getVariable(order.getId(), "card"))
                .containsEntry("shopId", "sandbox").containsEntry("orderId", "812345678");
        assertThat(runtimeService().getVariables(order.getId())).doesNotContainKeys("shopId", "orderId");
    }

    @Test
    void ownCourierDeliversThenTheBuyerReceives() {
        start("CONFIRMED");
        runJobs();
        assertThat(delegates.calls).containsExactly("openStageDocuments@open-confirmed-documents");

        completeTask("ship-order", Map.of("ownCourier", true, "deliveryState", "sent"));
        runJobs();
        assertThat(delegates.pushed).containsExactly(4);
        assertThat(order).isWaitingAt("record-delivery");

        completeTask("record-delivery", Map.of("deliveryState", "delivered"));
        runJobs();
        assertThat(delegates.pushed).containsExactly(4, 5);
        assertThat(delegates.calls).contains("updateDeliveryState@mark-delivered");
        assertThat(order).isWaitingAt("record-delivery");

        completeTask("record-delivery", Map.of("deliveryState", "received"));
        runJobs();
        assertThat(delegates.pushed).containsExactly(4, 5, 6);
        assertThat(order).hasPassed("close-received-order", "order-received").isEnded();
    }

    @Test
    void shippingStraightToReceivedPushes6AndClosesTheDocuments() {
        start("CONFIRMED");
        runJobs();
        completeTask("ship-order", Map.of("ttn", TTN, "ownCourier", false, "deliveryState", "received"));
        runJobs();
        assertThat(delegates.pushed).containsExactly(6);
        assertThat(order).hasPassed("push-received-now", "close-received-order").isEnded();
    }

    @Test
    void shippedWithTtnUses61WhenConfigured() {
        Mocks.register("orderSettings", new ua.orderflow.order.OrderSettings(new ua.orderflow.order.OrderProcessProperties(
                new ua.orderflow.order.OrderProcessProperties.StatusIds(null, null, 61, null, null), null, null, null),
                ua.orderflow.order.StageMapping.defaults()));
        start("CONFIRMED");
        runJobs();
        completeTask("ship-order", Map.of("ttn", TTN, "ownCourier", false, "deliveryState", "sent"));
        runJobs();
        assertThat(delegates.pushed).containsExactly(61);
    }

    // ------------------------------------------------------------------ entry by stage

    @ParameterizedTest
    @CsvSource({
            "PROCESSING, confirm-order, loadOrderSummary@load-order-summary",
            "CONFIRMED,  ship-order,    openStageDocuments@open-confirmed-documents",
            "SHIPPED,    wait-rozetka-status, openStageDocuments@open-shipping-documents",
            "DELIVERING, record-delivery, openStageDocuments@open-shipping-documents",
            "AT_PICKUP,  wait-rozetka-status, openStageDocuments@open-shipping-documents"})
    void anOrderImportedInALaterStageStartsThereWithItsDocuments(String stage, String waitsAt, String documents) {
        start(stage);
        runJobs();
        assertThat(order).isWaitingAt(waitsAt);
        assertThat(delegates.calls).containsExactly(documents);
        assertThat(delegates.pushed).as("an import never re-pushes the status ROZETKA already has").isEmpty();
    }

    @Test
    void anOrderImportedInDeliveryWithATtnIsACarrierParcelNotTheOwnCourier() {
        order = runtimeService().startProcessInstanceByKey("rozetka-order", businessKey(), withVariables(
                "stage", "DELIVERING", "ttn", TTN));
        runJobs();
        assertThat(order).isWaitingAt("wait-rozetka-status");
        assertThat(runtimeService().getVariable(order.getId(), "ownCourier")).isEqualTo(false);
        rozetkaStatusChanged(5);
        runJobs();
        assertThat(delegates.pushed).as("the carrier reports delivery; 5 is never pushed for a parcel").isEmpty();
    }

    @Test
    void anOrderImportedAsReceivedGetsItsDocumentsAndEnds() {
        start("RECEIVED");
        runJobs();
        assertThat(delegates.calls).containsExactly("openStageDocuments@open-received-documents");
        assertThat(order).hasPassed("received-on-import").isEnded();
    }

    // ------------------------------------------------------------------ processing: not reached

    @Test
    void notReachedTwicePushes47Then48ThenLeavesTheDecisionToTheManager() {
        start("PROCESSING");
        runJobs();
        completeTask("confirm-order", Map.of("outcome", "not_reached"));
        runJobs();
        assertThat(delegates.pushed).containsExactly(47);
        assertThat(order).isWaitingAt("call-back");

        fireTimer("call-back-due", Duration.ofHours(2));
        assertThat(order).isWaitingAt("confirm-order");
        completeTask("confirm-order", Map.of("outcome", "not_reached"));
        runJobs();
        assertThat(delegates.pushed).containsExactly(47, 48);

        fireTimer("call-back-due", Duration.ofHours(2));
        completeTask("confirm-order", Map.of("outcome", "not_reached", "managerComment", "Напишемо у Viber"));
        runJobs();
        assertThat(delegates.pushed).as("no third status: the manager decides").containsExactly(47, 48);
        assertThat(delegates.calls).contains("sendSellerComment@send-seller-comment");

        fireTimer("call-back-due", Duration.ofHours(2));
        completeTask("confirm-order", Map.of("outcome", "confirmed"));
        runJobs();
        assertThat(delegates.pushed).containsExactly(47, 48, 2);
        assertThat(order).isWaitingAt("ship-order");
        assertThat(((Number) runtimeService().getVariable(order.getId(), "notReachedCount")).intValue()).isEqualTo(3);
    }

    @Test
    void aBuyerNotReachedWaitsInTasklistForTheCallBackWhichTheManagerMayMakeEarly() {
        start("PROCESSING");
        runJobs();
        completeTask("confirm-order", Map.of("outcome", "not_reached"));
        runJobs();
        Task callBack = taskService().createTaskQuery().taskDefinitionKey("call-back").singleResult();
        assertThat(callBack).hasCandidateGroup("managers").hasName("Передзвонити покупцю, замовлення 812345678")
                .hasFormKey("camunda-forms:deployment:call-back.form")
                .hasDueDate(Date.from(MONDAY_10.plus(Duration.ofHours(2))));
        Job due = managementService().createJobQuery().activityId("call-back-due").singleResult();
        assertThat(due.getDuedate()).isEqualTo(callBack.getDueDate());

        // the buyer rings back half an hour later
        setClock(MONDAY_10.plus(Duration.ofMinutes(30)));
        completeTask("call-back", Map.of("callingBack", true));
        runJobs();
        assertThat(order).isWaitingAt("confirm-order");
        assertThat(managementService().createJobQuery().activityId("call-back-due").count()).isZero();
    }

    @Test
    void aCallBackDueAfterClosingTimeIsMadeWhenTheShopOpensNext() {
        setClock(kyiv("2025-03-03T20:00"));
        delegates.orderedAt = Date.from(kyiv("2025-03-03T19:30"));
        start("PROCESSING");
        runJobs();
        completeTask("confirm-order", Map.of("outcome", "not_reached"));
        runJobs();
        assertThat(taskService().createTaskQuery().taskDefinitionKey("call-back").singleResult())
                .hasDueDate(Date.from(kyiv("2025-03-04T09:00")));
    }

    // ------------------------------------------------------------------ cancellation

    @Test
    void managerCancelsDuringTheCallWithTheChosenStatus() {
        start("PROCESSING");
        runJobs();
        completeTask("confirm-order", Map.of("outcome", "cancel", "cancelStatus", 40));
        runJobs();
        assertThat(delegates.calls).containsSubsequence("chooseCancelStatus@choose-cancel-status",
                "cancelOrderDocuments@escalation-cancel-documents");
        assertThat(delegates.pushed).containsExactly(40);
        assertThat(order).hasPassed("escalation-cancelled").isEnded();
    }

    @ParameterizedTest(name = "ROZETKA allows {0}: {1} is sent")
    @CsvSource({"'16,42,40', 42", "'16,40', 16"})
    void outOfStockCancelsWithThePreferredStatusRozetkaAllowsNow(String allowed, int sent) {
        delegates.allowedCancellations = ids(allowed);
        start("PROCESSING");
        runJobs();
        completeTask("confirm-order", Map.of("outcome", "out_of_stock"));
        runJobs();
        assertThat(delegates.pushed).containsExactly(sent);
        assertThat(order).hasPassed("cancelled-out-of-stock", "escalation-cancelled").isEnded();
    }

    @Test
    void managerCancelsInsteadOfShipping() {
        start("CONFIRMED");
        runJobs();
        completeTask("ship-order", Map.of("cancelOrder", true, "cancelStatus", 42));
        runJobs();
        assertThat(delegates.pushed).containsExactly(42);
        assertThat(order).hasPassed("cancelled-before-shipping", "escalation-cancelled").isEnded();
    }

    @Test
    void cancelledUpstreamFoundWhenConfirmingStopsBeforeTheInvoice() {
        delegates.cancelledUpstream = true;
        start("PROCESSING");
        runJobs();
        completeTask("confirm-order", Map.of("outcome", "confirmed"));
        runJobs();
        assertThat(delegates.calls).doesNotContain("issueInvoice@issue-invoice")
                .contains("cancelOrderDocuments@escalation-cancel-documents");
        assertThat(delegates.pushed).as("ROZETKA already has the final status").isEmpty();
        assertThat(order).hasPassed("cancelled-before-invoice").isEnded();
    }

    @ParameterizedTest
    @CsvSource({"NEW, acknowledge-order", "PROCESSING, confirm-order", "CONFIRMED, ship-order"})
    void cancelledUpstreamBeforeShipmentCancelsTheDocumentsWithoutAPush(String stage, String waitsAt) {
        start(stage);
        if (!"NEW".equals(stage)) {
            runJobs();
        }
        assertThat(order).isWaitingAt(waitsAt);
        rozetkaCancelled(45);
        runJobs();
        assertThat(delegates.pushed).isEmpty();
        assertThat(delegates.calls).contains("cancelOrderDocuments@message-cancel-documents");
        assertThat(order).hasPassed("message-cancelled").isEnded();
    }

    @ParameterizedTest
    @CsvSource({"SHIPPED, 11", "AT_PICKUP, 12", "DELIVERING, 12", "SHIPPED, 19", "AT_PICKUP, 71"})
    void refusedNotPickedUpOrReturnedAfterShipmentTheGoodsComeBackToStock(String stage, int status) {
        start(stage);
        runJobs();
        rozetkaCancelled(status);
        runJobs();
        assertThat(taskService().createTaskQuery().taskDefinitionKey("review-shipped-cancellation").count()).isZero();
        assertThat(delegates.goodsBackWhenCancelled).containsExactly(true);
        assertThat(order).hasPassed("message-cancelled").isEnded();
    }

    @ParameterizedTest
    @CsvSource({"SHIPPED, 88", "AT_PICKUP, 88", "DELIVERING, 45", "SHIPPED, 10"})
    void aParcelLostByTheCarrierOrCancelledOtherwiseAfterShipmentIsASupervisorsCaseNotAReturn(String stage, int status) {
        start(stage);
        runJobs();
        rozetkaCancelled(status);
        runJobs();
        assertThat(order).isWaitingAt("review-shipped-cancellation");
        assertThat(task()).hasCandidateGroup("supervisors").hasName("Розглянути скасування відправленого замовлення 812345678");
        assertThat(delegates.calls).noneMatch(c -> c.startsWith("cancelOrderDocuments"));

        completeTask("review-shipped-cancellation", Map.of("goodsBack", false));
        runJobs();
        assertThat(delegates.goodsBackWhenCancelled).containsExactly(false);
        assertThat(order).hasPassed("message-cancelled").isEnded();
    }

    @Test
    void aRefusedCancelOpensTheConflictTaskAndLeavesTheBooksUntilTheManagerDecides() {
        start("PROCESSING");
        runJobs();
        delegates.refuseOnce.add(40);
        completeTask("confirm-order", Map.of("outcome", "cancel", "cancelStatus", 40));
        runJobs();
        assertThat(order).isWaitingAt("resolve-status-conflict");
        assertThat(delegates.calls).doesNotContain("cancelOrderDocuments@escalation-cancel-documents");
        assertThat(runtimeService().getVariables(order.getId())).containsEntry("refusedStatus", 40);

        // ROZETKA keeps the order open: so do we, at the stage of its status
        completeTask("resolve-status-conflict", Map.of("resolution", "accept"));
        runJobs();
        assertThat(order).isWaitingAt("confirm-order");
        assertThat(delegates.calls).noneMatch(c -> c.startsWith("cancelOrderDocuments"));
    }

    @Test
    void whenRozetkaAllowsNoneOfThePreferredCancellationsTheManagerIsToldAndNothingIsSent() {
        delegates.allowedCancellations = Set.of(40);
        start("PROCESSING");
        runJobs();
        completeTask("confirm-order", Map.of("outcome", "out_of_stock"));
        runJobs();
        assertThat(order).isWaitingAt("resolve-status-conflict");
        assertThat((String) runtimeService().getVariable(order.getId(), "refusalReason")).contains("42", "16");
        assertThat(delegates.pushed).isEmpty();

        completeTask("resolve-status-conflict", Map.of("resolution", "cancel", "cancelStatus", 40));
        runJobs();
        assertThat(delegates.pushed).containsExactly(40);
        assertThat(delegates.calls).contains("cancelOrderDocuments@escalation-cancel-documents");
        assertThat(order).hasPassed("push-conflict-cancel", "cancelled-on-entry").isEnded();
    }

    // ------------------------------------------------------------------ contact SLA

    @ParameterizedTest
    @CsvSource({
            "2025-03-03T10:00, 2025-03-03T12:00",   // Monday, within calling hours
            "2025-03-08T19:30, 2025-03-09T11:30",   // Saturday evening: half an hour today, the rest on Sunday
            "2025-03-04T23:30, 2025-03-05T11:00",   // Tuesday night: due next morning
            "2026-08-24T09:00, 2026-08-24T12:00"})  // Independence Day: worked, at the hours of a weekend
    void theContactSlaEscalatesToSupervisorsAndKeepsTheManagersTask(String placed, String due) {
        setClock(kyiv(placed));
        delegates.orderedAt = Date.from(kyiv(placed));
        start("PROCESSING");
        runJobs();
        Task call = taskService().createTaskQuery().processInstanceId(order.getId()).singleResult();
        assertThat(call.getDueDate()).isEqualTo(Date.from(kyiv(due)));
        Job sla = managementService().createJobQuery().activityId("contact-sla-timer").singleResult();
        assertThat(sla.getDuedate()).isEqualTo(Date.from(kyiv(due)));

        setClock(kyiv(due));
        managementService().executeJob(sla.getId());
        assertThat(order).isWaitingAt("confirm-order", "sla-escalation");
        Task escalation = taskService().createTaskQuery().taskDefinitionKey("sla-escalation").singleResult();
        assertThat(escalation).hasCandidateGroup("supervisors").hasName("Замовлення 812345678 не опрацьовано вчасно");
    }

    @Test
    void noEscalationWhenTheManagerHasAlreadyCalled() {
        start("PROCESSING");
        runJobs();
        completeTask("confirm-order", Map.of("outcome", "not_reached"));
        runJobs();
        // at 12:00 the call is due and so is the call-back: the timer finds the manager has already called
        fireTimer("call-back-due", Duration.ofHours(2));
        assertThat(order).hasPassed("contact-sla-timer", "sla-already-called").isWaitingAt("confirm-order");
        assertThat(taskService().createTaskQuery().taskDefinitionKey("sla-escalation").count()).isZero();
    }

    // ------------------------------------------------------------------ payment, delivery deadline

    @Test
    void aCardPrepaymentIsAwaitedWithAReminderBeforeShipping() {
        confirmAwaitingCardPayment();
        assertThat(order).isWaitingAt("payment-wait");

        fireTimer("payment-reminder-timer", Duration.ofDays(1));
        assertThat(order).isWaitingAt("check-payment");
        // ordered on Monday at 10:00, three days to pay: due by Thursday's closing (every day 9–21 here)
        assertThat(task()).hasName("Перевірити оплату замовлення 812345678")
                .hasDueDate(Date.from(kyiv("2025-03-06T21:00")));
        completeTask("check-payment", Map.of("paymentDecision", "wait"));
        assertThat(order).isWaitingAt("payment-wait");

        runtimeService().createMessageCorrelation("PaymentStatusChanged").processInstanceBusinessKey(businessKey())
                .setVariable("paymentPending", false).correlate();
        assertThat(order).isWaitingAt("ship-order");
    }

    @ParameterizedTest(name = "ROZETKA allows {0}: {1} is sent")
    @CsvSource({"'50,40', 50", "'40,17', 40"})
    void anUnpaidOrderIsCancelledWithThePreferredStatusRozetkaAllowsNow(String allowed, int sent) {
        delegates.allowedCancellations = ids(allowed);
        confirmAwaitingCardPayment();
        fireTimer("payment-reminder-timer", Duration.ofDays(1));
        completeTask("check-payment", Map.of("paymentDecision", "cancel"));
        runJobs();
        assertThat(delegates.pushed).containsExactly(2, sent);
        assertThat(order).hasPassed("cancelled-unpaid", "escalation-cancelled").isEnded();
    }

    @Test
    void fortyFiveDaysAfterShipmentWithoutAFinalStatusTheOrderIsReceived() {
        start("SHIPPED");
        runJobs();
        Job deadline = managementService().createJobQuery().activityId("delivery-deadline").singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(MONDAY_10.plus(Duration.ofDays(45))));
        fireTimer("delivery-deadline", Duration.ofDays(45));
        runJobs();
        assertThat(order).hasPassed("close-received-order", "order-received").isEnded();
        assertThat(delegates.pushed).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 12})
    void notPickedUpOrRefusedAtThePickupPointReturnsTheStock(int status) {
        start("SHIPPED");
        runJobs();
        rozetkaStatusChanged(5);
        runJobs();
        rozetkaStatusChanged(status);
        runJobs();
        assertThat(delegates.calls).contains("returnStock@return-stock");
        assertThat(order).hasPassed("order-not-received").isEnded();
    }

    @Test
    void anIncorrectTtnAsksAManagerForTheRightOneAndSendsItWhileTrackingGoesOn() {
        start("CONFIRMED");
        runJobs();
        completeTask("ship-order", Map.of("ttn", TTN, "ownCourier", false, "deliveryState", "sent"));
        runJobs();
        rozetkaStatusChanged(15);
        runJobs();
        assertThat(order).isWaitingAt("wait-rozetka-status", "correct-ttn");
        assertThat(taskService().createTaskQuery().taskDefinitionKey("correct-ttn").singleResult())
                .hasCandidateGroup("managers").hasName("Виправити ТТН, замовлення 812345678");

        completeTask("correct-ttn", Map.of("ttn", "20450999999999"));
        runJobs();
        assertThat(delegates.pushed).containsExactly(3, 3);
        assertThat(delegates.pushedTtns).containsExactly(TTN, "20450999999999");
        assertThat(order).isWaitingAt("wait-rozetka-status");
    }

    @ParameterizedTest(name = "status {0} after shipment")
    @ValueSource(ints = {83, 84, 85, 86, 89, 90, 91, 99})
    void aReturnOrAnUnknownStatusAfterShipmentOpensASupervisorTaskAndTrackingGoesOn(int status) {
        start("SHIPPED");
        runJobs();
        rozetkaStatusChanged(status);
        runJobs();
        assertThat(order).isWaitingAt("wait-rozetka-status", "review-delivery-status");
        Task review = taskService().createTaskQuery().taskDefinitionKey("review-delivery-status").singleResult();
        assertThat(review).hasCandidateGroup("supervisors").hasName("Перевірити статус доставки, замовлення 812345678");
        assertThat(taskService().getVariable(review.getId(), "attentionStatus")).isEqualTo(status);

        rozetkaStatusChanged(6);
        runJobs();
        assertThat(order).hasPassed("close-received-order").isEnded();
    }

    @ParameterizedTest(name = "status {0} is the parcel on its way")
    @ValueSource(ints = {3, 4, 61, 63, 64, 65, 67, 73, 74})
    void statusesOfAParcelOnItsWayAreQuiet(int status) {
        start("SHIPPED");
        runJobs();
        rozetkaStatusChanged(status);
        runJobs();
        assertThat(order).isWaitingAt("wait-rozetka-status");
        assertThat(taskService().createTaskQuery().processInstanceId(order.getId()).count()).isZero();
    }

    @ParameterizedTest(name = "{0} ends the delivery")
    @ValueSource(ints = {6, 87})
    void anyCompletedStatusEndsTheDelivery(int status) {
        start("SHIPPED");
        runJobs();
        rozetkaStatusChanged(status);
        runJobs();
        assertThat(order).hasPassed("delivered", "close-received-order").isEnded();
    }

    @Test
    void anOwnCourierOrderFollowsAStatusSetInTheSellerCabinet() {
        start("DELIVERING");
        runJobs();
        rozetkaStatusChanged(6);
        runJobs();
        assertThat(order).hasPassed("status-changed-during-delivery", "order-received").isEnded();
    }

    // ------------------------------------------------------------------ shipped in the seller cabinet

    @Test
    void shippedInTheSellerCabinetWhileTheShipTaskIsOpenIsBookedWithRozetkasTtnAndNothingIsPushedBack() {
        start("CONFIRMED");
        runJobs();
        assertThat(order).isWaitingAt("ship-order");

        shippedInRozetka(3, TTN);
        runJobs();
        assertThat(taskService().createTaskQuery().processInstanceId(order.getId()).count()).as("the ship task is gone")
                .isZero();
        assertThat(delegates.calls).contains("bookRozetkaShipment@book-rozetka-shipment");
        assertThat(runtimeService().getVariables(order.getId())).containsEntry("ttn", TTN)
                .containsEntry("ownCourier", false).containsEntry("shipped", true);
        assertThat(delegates.pushed).as("ROZETKA already has it: no status goes back").isEmpty();
        assertThat(order).isWaitingAt("wait-rozetka-status");

        rozetkaStatusChanged(6);
        runJobs();
        assertThat(order).hasPassed("close-received-order", "order-received").isEnded();
        assertThat(delegates.pushed).isEmpty();
    }

    @ParameterizedTest(name = "already at {0}: {1}")
    @CsvSource({
            "5,  wait-rozetka-status, updateDeliveryState@mark-delivered",
            "6,  (ended),             closeReceivedOrder@close-received-order",
            "15, correct-ttn,         bookRozetkaShipment@book-rozetka-shipment",
            "84, review-delivery-status, bookRozetkaShipment@book-rozetka-shipment"})
    void aStatusRozetkaHasAlreadyReachedIsActedOnAtOnceNotOnTheNextChange(int status, String waitsAt, String call) {
        start("CONFIRMED");
        runJobs();
        shippedInRozetka(status, TTN);
        runJobs();
        assertThat(delegates.calls).contains("bookRozetkaShipment@book-rozetka-shipment", call);
        if ("(ended)".equals(waitsAt)) {
            assertThat(order).hasPassed("delivered", "order-received").isEnded();
        } else {
            assertThat(order).isWaitingAt(waitsAt);
        }
        assertThat(delegates.pushed).isEmpty();
    }

    @Test
    void deliveringWithoutATtnFromTheCabinetIsTheOwnCouriersAndAsksForTheDelivery() {
        start("CONFIRMED");
        runJobs();
        shippedInRozetka(4, "");
        runJobs();
        assertThat(runtimeService().getVariable(order.getId(), "ownCourier")).isEqualTo(true);
        assertThat(order).isWaitingAt("record-delivery");
        assertThat(delegates.pushed).isEmpty();
    }

    @ParameterizedTest(name = "{0} before confirmation")
    @CsvSource({"3, SHIPPED, wait-rozetka-status", "4, DELIVERING, wait-rozetka-status", "6, SHIPPED, (ended)"})
    void shippedInTheSellerCabinetBeforeConfirmationGetsTheInvoiceAndNoteAnImportedShipmentGets(int status,
            String stage, String waitsAt) {
        start("PROCESSING");
        runJobs();
        assertThat(order).isWaitingAt("confirm-order");
        shippedInRozetka(status, TTN);
        runJobs();
        assertThat(delegates.calls).contains("openStageDocuments@open-shipping-documents");
        assertThat(delegates.pushed).isEmpty();
        if ("(ended)".equals(waitsAt)) {
            assertThat(order).hasPassed("delivered", "close-received-order").isEnded();
            return;
        }
        assertThat(runtimeService().getVariable(order.getId(), "stage")).isEqualTo(stage);
        assertThat(runtimeService().getVariable(order.getId(), "ownCourier")).isEqualTo(false);
        assertThat(order).isWaitingAt(waitsAt);
    }

    @Test
    void shippedInTheSellerCabinetWhileTheCardPaymentIsAwaitedIsBookedToo() {
        confirmAwaitingCardPayment();
        assertThat(order).isWaitingAt("payment-wait");
        shippedInRozetka(3, TTN);
        runJobs();
        assertThat(delegates.calls).contains("bookRozetkaShipment@book-rozetka-shipment");
        assertThat(order).isWaitingAt("wait-rozetka-status");
    }

    @Test
    void shippedInTheSellerCabinetWhileTheManagerChecksThePaymentClosesTheCheck() {
        confirmAwaitingCardPayment();
        fireTimer("payment-reminder-timer", Duration.ofDays(1));
        assertThat(order).isWaitingAt("check-payment");
        shippedInRozetka(61, TTN);
        runJobs();
        assertThat(taskService().createTaskQuery().processInstanceId(order.getId()).count()).isZero();
        assertThat(delegates.calls).contains("bookRozetkaShipment@book-rozetka-shipment");
        assertThat(order).isWaitingAt("wait-rozetka-status");
    }

    // ------------------------------------------------------------------ 1005 conflicts

    @Test
    void aRefusedStatusIsRetriedAfterTheManagersDecision() {
        delegates.refuseOnce.add(2);
        start("PROCESSING");
        runJobs();
        completeTask("confirm-order", Map.of("outcome", "confirmed"));
        runJobs();
        assertThat(order).isWaitingAt("resolve-status-conflict");
        assertThat(runtimeService().getVariables(order.getId()))
                .containsEntry("refusedStatus", 2).containsEntry("rozetkaStatus", 26)
                .containsEntry("refusalReason", "Зміна статусу недоступна");

        completeTask("resolve-status-conflict", Map.of("resolution", "retry"));
        runJobs();
        assertThat(delegates.pushed).containsExactly(2);
        assertThat(runtimeService().getVariable(order.getId(), "stage")).isEqualTo("CONFIRMED");
        assertThat(order).isWaitingAt("ship-order");
    }

    @Test
    void acceptingRozetkasCancelledStatusCancelsWithoutAPush() {
        delegates.refuseOnce.add(2);
        delegates.rozetkaStatusWhenRefusing = 45;
        start("PROCESSING");
        runJobs();
        completeTask("confirm-order", Map.of("outcome", "confirmed"));
        runJobs();
        completeTask("resolve-status-conflict", Map.of("resolution", "accept"));
        runJobs();
        assertThat(delegates.pushed).isEmpty();
        assertThat(order).hasPassed("cancelled-on-entry", "escalation-cancelled").isEnded();
    }

    @Test
    void aConflictCanEndInACancellation() {
        delegates.refuseOnce.add(3);
        start("CONFIRMED");
        runJobs();
        completeTask("ship-order", Map.of("ttn", TTN, "ownCourier", false, "deliveryState", "sent"));
        runJobs();
        completeTask("resolve-status-conflict", Map.of("resolution", "cancel", "cancelStatus", 24));
        runJobs();
        assertThat(delegates.pushed).containsExactly(24);
        assertThat(order).hasPassed("push-conflict-cancel", "escalation-cancelled").isEnded();
    }

    // ------------------------------------------------------------------ items changed upstream

    @Test
    void itemsChangedBeforeShipmentUpdateTheInvoiceAndTheCallGoesOn() {
        start("PROCESSING");
        runJobs();
        itemsChanged();
        runJobs();
        assertThat(delegates.calls).contains("applyItemChanges@update-invoice-items");
        assertThat(order).isWaitingAt("confirm-order");
    }

    @Test
    void itemsChangedAfterShipmentGoToSupervisors() {
        start("CONFIRMED");
        runJobs();
        completeTask("ship-order", Map.of("ttn", TTN, "ownCourier", false, "deliveryState", "sent"));
        runJobs();
        itemsChanged();
        assertThat(order).isWaitingAt("wait-rozetka-status", "review-item-changes");
        assertThat(taskService().createTaskQuery().taskDefinitionKey("review-item-changes").singleResult())
                .hasCandidateGroup("supervisors");
        assertThat(delegates.calls).doesNotContain("applyItemChanges@update-invoice-items");
    }

    // ------------------------------------------------------------------ titles and due dates

    @Test
    void everyTaskSaysWhichOrderItIsAndIsDueWhenTheShopsRuleSays() {
        start("PROCESSING");
        runJobs();
        assertThat(openTask()).hasName("Підтвердити замовлення 812345678 з покупцем");

        completeTask("confirm-order", Map.of("outcome", "confirmed"));
        runJobs();
        // confirmed on Monday at 10:00: out of the door by Tuesday's closing (every day 9–21 here)
        Date shipBy = Date.from(kyiv("2025-03-04T21:00"));
        assertThat(openTask()).hasName("Відправити замовлення 812345678").hasDueDate(shipBy);
        assertThat(runtimeService().getVariable(order.getId(), "shipBy")).isEqualTo(shipBy);
        assertThat(runtimeService().getVariable(order.getId(), "rozetkaStatusName"))
                .isEqualTo("Комплектується. Дані підтверджені");

        setClock(kyiv("2025-03-04T16:00"));
        completeTask("ship-order", Map.of("ownCourier", true, "deliveryState", "sent"));
        runJobs();
        assertThat(openTask()).hasName("Зафіксувати доставку, замовлення 812345678")
                .hasDueDate(Date.from(kyiv("2025-03-06T21:00")));
    }

    @Test
    void aStatusConflictIsDueInTwoWorkingHoursAndNamesBothStatuses() {
        start("PROCESSING");
        runJobs();
        delegates.refuseOnce.add(40);
        setClock(kyiv("2025-03-03T20:00"));
        completeTask("confirm-order", Map.of("outcome", "cancel", "cancelStatus", 40));
        runJobs();
        Task conflict = openTask();
        // an hour before closing, the other hour when the shop opens on Tuesday
        assertThat(conflict).hasName("Розв'язати конфлікт статусу, замовлення 812345678")
                .hasDueDate(Date.from(kyiv("2025-03-04T10:00")));
        assertThat(taskService().getVariables(conflict.getId()))
                .containsEntry("refusedStatusName", "Клієнт передумав")
                .containsEntry("rozetkaStatusName", "Обробляється менеджером");
    }

    @Test
    void theSupervisorsReviewsAreDueByTheNextWorkingDaysClosing() {
        start("CONFIRMED");
        runJobs();
        completeTask("ship-order", Map.of("ttn", TTN, "ownCourier", false, "deliveryState", "sent"));
        runJobs();
        itemsChanged();
        assertThat(taskService().createTaskQuery().taskDefinitionKey("review-item-changes").singleResult())
                .hasName("Перевірити зміну товарів, замовлення 812345678")
                .hasDueDate(Date.from(kyiv("2025-03-04T21:00")));
        rozetkaStatusChanged(15);
        runJobs();
        assertThat(taskService().createTaskQuery().taskDefinitionKey("correct-ttn").singleResult())
                .hasDueDate(Date.from(kyiv("2025-03-03T12:00")));
    }

    @Test
    void noWaitingTaskOfTheModelIsWithoutADueDate() {
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definitionId());
        assertThat(model.getModelElementsByType(UserTask.class))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.getCamundaDueDate()).as(t.getId()).isNotBlank());
    }

    // ------------------------------------------------------------------ technical failures

    @Test
    void aFailedPushKeepsTheOrderAtTheStepWithRetriesCountingDown() {
        Mocks.register("acknowledgeOrder", (JavaDelegate) execution -> {
            throw new IllegalStateException("ROZETKA недоступна: статус 26 не передано");
        });
        start("NEW");
        ManagementService management = managementService();
        Job push = management.createJobQuery().processInstanceId(order.getId()).singleResult();
        assertThrows(IllegalStateException.class, () -> management.executeJob(push.getId()));

        Job retried = management.createJobQuery().processInstanceId(order.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(4);
        assertThat(retried.getExceptionMessage()).isEqualTo("ROZETKA недоступна: статус 26 не передано");
        assertThat(order).isWaitingAt("acknowledge-order");
    }

    // ------------------------------------------------------------------ helpers

    private void start(String stage) {
        order = runtimeService().startProcessInstanceByKey("rozetka-order", businessKey(),
                withVariables("stage", stage));
    }

    /** A card order confirmed with its buyer, its payment not in yet: the order waits for it. */
    private void confirmAwaitingCardPayment() {
        delegates.paymentPending = true;
        start("PROCESSING");
        runJobs();
        completeTask("confirm-order", Map.of("outcome", "confirmed"));
        runJobs();
    }

    private Task openTask() {
        return taskService().createTaskQuery().processInstanceId(order.getId()).singleResult();
    }

    private String definitionId() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("rozetka-order")
                .singleResult().getId();
    }

    private static String businessKey() {
        return "sandbox:812345678";
    }

    /** Runs every job that is due now, as the job executor would, until the order waits for people or time. */
    private void runJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> due = managementService().createJobQuery().processInstanceId(order.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming: a loop in the process?");
    }

    private void fireTimer(String activityId, Duration after) {
        setClock(ClockUtil.getCurrentTime().toInstant().plus(after));
        Job timer = managementService().createJobQuery().processInstanceId(order.getId()).activityId(activityId)
                .singleResult();
        managementService().executeJob(timer.getId());
        runJobs();
    }

    private void completeTask(String key, Map<String, Object> variables) {
        Task task = taskService().createTaskQuery().processInstanceId(order.getId()).taskDefinitionKey(key).singleResult();
        assertThat(task).as("open task " + key).isNotNull();
        complete(task, variables);
    }

    private void rozetkaStatusChanged(int status) {
        runtimeService().createMessageCorrelation("OrderStatusChanged").processInstanceBusinessKey(businessKey())
                .setVariable("rozetkaStatus", status).correlate();
    }

    /** What the sync sends when ROZETKA's status moves into a shipped stage: the status and ROZETKA's TTN. */
    private void shippedInRozetka(int status, String ttn) {
        runtimeService().createMessageCorrelation("OrderStatusChanged").processInstanceBusinessKey(businessKey())
                .setVariable("rozetkaStatus", status).setVariable("ttn", ttn).correlate();
    }

    private void rozetkaCancelled(int status) {
        runtimeService().createMessageCorrelation("OrderCancelled").processInstanceBusinessKey(businessKey())
                .setVariable("rozetkaStatus", status).setVariable("cancelStatus", status).correlate();
    }

    private void itemsChanged() {
        runtimeService().createMessageCorrelation("OrderItemsChanged").processInstanceBusinessKey(businessKey())
                .setVariable("itemChanges", "Кількість «Навушники JBL»: 1 → 2").correlate();
    }

    private static Set<Integer> ids(String commaSeparated) {
        return java.util.Arrays.stream(commaSeparated.split(",")).map(Integer::valueOf)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static void setClock(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
    }

    private static Instant kyiv(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KYIV).toInstant();
    }
}
