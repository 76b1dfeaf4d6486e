package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.orderflow.novaposhta.shipping.ParcelTracker;
import ua.orderflow.support.Http;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PostgresIntegrationTest;

/**
 * Orders shipped with a waybill made here, on PostgreSQL against both sandboxes over HTTP, jobs and
 * tracking rounds driven by hand: the whole trip to the cash-on-delivery payout, a refused waybill
 * request, a refusal at the branch, a cancellation before handover, Nova Poshta down then up.
 */
@PostgresIntegrationTest
class NovaPoshtaShippingIT extends AgainstTheSandbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHOP = OrderDesk.SHOP;

    @Autowired
    ParcelTracker tracker;

    @AfterEach
    void clearFaults() {
        sandbox.faults("{\"clear\":true}");
    }

    @Test
    void aCashOrderGoesFromAWaybillMadeHereToTheCashOnDeliveryPayout() {
        long id = confirmedCashOrder();
        assertThat(desk.variable(id, "ttnSource")).as("the default for a shop with a Nova Poshta key").isEqualTo("create");
        assertThat(desk.variable(id, "codText")).asString().endsWith("грн");
        Map<String, Long> rozetkaBefore = rozetkaCalls();

        desk.complete(id, "ship-order", ship("1.5"));
        desk.run();

        JsonNode waybill = waybills().get(0);
        String ttn = waybill.path("number").asText();
        assertThat(ttn).matches("\\d{14}");
        assertThat(waybill.path("order").asText()).isEqualTo(String.valueOf(id));
        assertThat(new BigDecimal(waybill.path("cashOnDelivery").asText())).isPositive();
        assertThat(sandbox.status(id)).isEqualTo(3);
        assertThat(sandbox.order(id).path("ttn").asText()).isEqualTo(ttn);
        assertThat(expenseNoteTtn(id)).isEqualTo(ttn);
        assertThat(npStatus(ttn)).isEqualTo(1);

        // the carrier moves the parcel on; the ROZETKA sandbox's pickup point is Nova Poshta's branch
        sandbox.advanceClock("hours", 25);
        assertThat(sandbox.status(id)).isEqualTo(5);
        assertThat(track().changed()).isEqualTo(1);
        assertThat(npStatus(ttn)).isEqualTo(7);

        sandbox.advanceClock("hours", 12);
        desk.syncAndRun();
        assertThat(sandbox.status(id)).isEqualTo(6);
        assertThat(desk.ended(id)).isTrue();
        assertThat(invoiceState(id)).as("cash on delivery is booked at payout, not at receipt").isEqualTo("ISSUED");

        track();
        assertThat(npStatus(ttn)).isEqualTo(10);
        assertThat(invoiceState(id)).isEqualTo("ISSUED");
        sandbox.advanceClock("days", 1);
        track();
        assertThat(npStatus(ttn)).isEqualTo(11);
        assertThat(invoiceState(id)).isEqualTo("PAID");
        assertThat(jdbc.sql("select source from payment p join invoice i on i.id = p.invoice_id where i.order_id = :id")
                .param("id", id).query(String.class).list()).containsExactly("CASH_ON_DELIVERY");
        track();
        assertThat(jdbc.sql("select count(*) from payment p join invoice i on i.id = p.invoice_id where i.order_id = :id")
                .param("id", id).query(Long.class).single()).as("booked once").isEqualTo(1L);
        assertThat(desk.journal(id)).anyMatch(l -> l.contains("Створено ТТН Нової Пошти " + ttn))
                .anyMatch(l -> l.contains("«Прибув на відділення» (7)"))
                .anyMatch(l -> l.contains("Нова Пошта виплатила накладений платіж"));

        Map<String, Long> rozetkaAfter = rozetkaCalls();
        rozetkaAfter.replaceAll((k, v) -> v - rozetkaBefore.getOrDefault(k, 0L));
        rozetkaAfter.values().removeIf(v -> v == 0);
        System.out.println("[trip] Nova Poshta calls " + npCalls() + "; ROZETKA calls from ship-order on " + rozetkaAfter);
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }

    @Test
    void aRefusedWaybillRequestShowsNovaPoshtasWordsInTheFormAndTheTaskStaysOpen() {
        long id = confirmedCashOrder();
        desk.complete(id, "ship-order", ship("40"));
        desk.run();

        assertThat(desk.task(id, "ship-order")).as("back at the ship form, waits at " + desk.waitsAt(id)).isNotNull();
        assertThat(desk.variable(id, "waybillRefusal")).asString()
                .contains("Warehouse place max allowed weight: 30").contains("20000201162").contains("вага");
        assertThat(waybills()).isEmpty();
        assertThat(sandbox.status(id)).isEqualTo(2);
        assertThat(desk.journal(id)).anyMatch(l -> l.startsWith("WARN WAYBILL_REFUSED"));

        desk.complete(id, "ship-order", ship("2"));
        desk.run();
        assertThat(waybills()).hasSize(1);
        assertThat(sandbox.status(id)).isEqualTo(3);
        assertThat(desk.variable(id, "waybillRefusal")).isNull();
    }

    @Test
    void aRefusalAtTheBranchIsAnEarlyWarningForTheSupervisor() {
        long id = shippedWithAWaybill();
        String ttn = waybills().get(0).path("number").asText();
        forceNpStatus(ttn, 103);

        track();
        assertThat(desk.journal(id)).anyMatch(l -> l.startsWith("WARN PARCEL_WARNING: Очікується повернення"));
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("supervisors")
                .taskNameLike("Очікувати повернення посилки%").taskVariableValueEquals("orderKey", SHOP + ":" + id)
                .count()).isEqualTo(1);
        assertThat(sandbox.status(id)).as("ROZETKA's own status still drives the order").isEqualTo(3);
        track();
        assertThat(engine.getTaskService().createTaskQuery().taskNameLike("Очікувати повернення посилки%")
                .taskVariableValueEquals("orderKey", SHOP + ":" + id).count()).as("one task").isEqualTo(1);
    }

    @Test
    void aCancellationBeforeHandoverDeletesTheWaybill() {
        long id = shippedWithAWaybill();
        String ttn = waybills().get(0).path("number").asText();

        sandbox.forceStatus(id, 40);
        desk.syncAndRun();
        if (desk.task(id, "review-shipped-cancellation") != null) {
            desk.complete(id, "review-shipped-cancellation", Map.of("goodsBack", true, "reviewNote", "Не відправляли"));
            desk.run();
        }

        assertThat(desk.ended(id)).as("waits at " + desk.waitsAt(id)).isTrue();
        assertThat(waybills().get(0).path("deleted").asBoolean()).isTrue();
        assertThat(npStatus(ttn)).isEqualTo(2);
        assertThat(jdbc.sql("select deleted_at is not null from np_waybill where number = :n").param("n", ttn)
                .query(Boolean.class).single()).isTrue();
        assertThat(desk.journal(id)).anyMatch(l -> l.contains("ТТН Нової Пошти " + ttn + " видалено"));
    }

    @Test
    void novaPoshtaDownIsRetriedWithAnIncidentInWordsAndNeverMakesTwoWaybills() {
        long id = confirmedCashOrder();
        // the save reaches Nova Poshta but its answer is lost: a gateway error after the waybill exists
        sandbox.faults("{\"endpoint\":\"novaposhta.InternetDocument.save\",\"errorShare\":1.0,\"errorStatus\":503,"
                + "\"times\":1}");
        desk.complete(id, "ship-order", ship("1"));
        List<String> failures = Jobs.runDue(engine.getManagementService());
        assertThat(failures).hasSize(1);
        Job failed = engine.getManagementService().createJobQuery().processInstanceId(desk.instance(id)).singleResult();
        assertThat(failed.getExceptionMessage()).startsWith("Нова Пошта недоступна: ТТН замовлення " + id);
        assertThat(failed.getRetries()).isEqualTo(4);

        assertThat(waybills()).as("Nova Poshta made it; only its answer was lost").hasSize(1);

        // Nova Poshta is back: the retry finds that waybill instead of making a second one
        engine.getManagementService().executeJob(failed.getId());
        desk.run();
        assertThat(waybills()).hasSize(1);
        assertThat(desk.journal(id)).anyMatch(l -> l.contains("знайдено в Новій Пошті"));
        assertThat(expenseNoteTtn(id)).isEqualTo(waybills().get(0).path("number").asText());
        assertThat(sandbox.status(id)).isEqualTo(3);
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }

    @Test
    void aTtnTypedWithSpacesAndDashesIsSentAndBookedAsItsFourteenDigits() {
        long id = confirmedCashOrder();
        Map<String, Object> form = ship("1");
        form.put("ttnSource", "typed");
        form.put("ttn", " 2045 0000-0000 01 ");
        desk.complete(id, "ship-order", form);
        desk.run();
        assertThat(waybills()).as("a waybill made elsewhere: none here").isEmpty();
        assertThat(sandbox.order(id).path("ttn").asText()).isEqualTo("20450000000001");
        assertThat(expenseNoteTtn(id)).isEqualTo("20450000000001");
        assertThat(desk.variable(id, "ttn")).isEqualTo("20450000000001");
    }

    @Test
    void trackingAsksAboutAtMostAHundredParcelsACall() {
        for (int i = 1; i <= 250; i++) {
            jdbc.sql("""
                    insert into np_waybill (shop_id, order_id, ref, number, recipient_phone, declared_value, weight, seats,
                        created_at, status_code)
                    values (:shop, :order, :ref, :number, '380671112233', 100, 1, 1, current_timestamp, 1)""")
                    .param("shop", SHOP).param("order", 900000L + i).param("ref", java.util.UUID.randomUUID().toString())
                    .param("number", String.format("2045%010d", i)).update();
        }
        long before = npCalls().getOrDefault("novaposhta.TrackingDocument.getStatusDocuments", 0L);
        ParcelTracker.Round round = track();
        long calls = npCalls().get("novaposhta.TrackingDocument.getStatusDocuments") - before;
        System.out.println("[tracking] " + round.parcels() + " open parcels: " + calls + " tracking calls");
        assertThat(round.parcels()).isEqualTo(250);
        assertThat(round.calls()).isEqualTo(3);
        assertThat(calls).isEqualTo(3);
        // an unknown number is Nova Poshta's 3, a status like any other: journalled once, then quiet
        assertThat(round.changed()).isEqualTo(250);
        assertThat(track().changed()).isZero();
    }

    private long shippedWithAWaybill() {
        long id = confirmedCashOrder();
        desk.complete(id, "ship-order", ship("1"));
        desk.run();
        assertThat(sandbox.status(id)).isEqualTo(3);
        return id;
    }

    /** A new cash order of the sandbox, taken into work and confirmed: it waits at ship-order. */
    private long confirmedCashOrder() {
        long id = 0;
        for (int attempt = 0; attempt < 40 && id == 0; attempt++) {
            long candidate = sandbox.createOrders(1, 1).get(0);
            if (!"card".equals(sandbox.order(candidate).path("payment").path("payment_type").asText())) {
                id = candidate;
            }
        }
        assertThat(id).as("a cash order in 40 tries").isPositive();
        desk.syncAndRun();
        desk.complete(id, "confirm-order", Map.of("outcome", "confirmed"));
        desk.run();
        assertThat(desk.task(id, "ship-order")).as("waits at " + desk.waitsAt(id)).isNotNull();
        return id;
    }

    private static Map<String, Object> ship(String weight) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("ownCourier", false);
        form.put("cancelOrder", false);
        form.put("ttnSource", "create");
        form.put("npWeight", Double.parseDouble(weight));
        form.put("npSeats", 1);
        form.put("npDescription", "Товари інтернет-магазину");
        form.put("deliveryState", "sent");
        return form;
    }

    private ParcelTracker.Round track() {
        return tracker.track(SHOP);
    }

    private String invoiceState(long id) {
        return jdbc.sql("select state from invoice where order_id = :id").param("id", id).query(String.class).single();
    }

    private String expenseNoteTtn(long id) {
        return jdbc.sql("select n.ttn from expense_note n join invoice i on i.id = n.invoice_id where i.order_id = :id")
                .param("id", id).query(String.class).single();
    }

    private JsonNode waybills() {
        return read(Http.anonymous(port).get("/sandbox/admin/novaposhta/waybills").body());
    }

    private void forceNpStatus(String ttn, int status) {
        assertThat(Http.anonymous(port).post("/sandbox/admin/novaposhta/waybills/" + ttn + "/status",
                "{\"status\":" + status + "}").statusCode()).isEqualTo(200);
    }

    private int npStatus(String ttn) {
        String body = Http.anonymous(port).post("/sandbox/novaposhta/v2.0/json/", """
                {"apiKey":"","modelName":"TrackingDocument","calledMethod":"getStatusDocuments",
                 "methodProperties":{"Documents":[{"DocumentNumber":"%s","Phone":""}]}}""".formatted(ttn)).body();
        return read(body).path("data").path(0).path("StatusCode").asInt();
    }

    private Map<String, Long> npCalls() {
        Map<String, Long> calls = new TreeMap<>();
        read(Http.anonymous(port).get("/sandbox/admin/novaposhta/stats").body()).path("calls").fields()
                .forEachRemaining(f -> calls.put(f.getKey(), f.getValue().asLong()));
        return calls;
    }

    private Map<String, Long> rozetkaCalls() {
        Map<String, Long> calls = new TreeMap<>();
        sandbox.stats().path("calls").fields().forEachRemaining(f -> calls.put(f.getKey(), f.getValue().asLong()));
        return calls;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }
}
