package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.orderflow.novaposhta.shipping.ParcelTracker;
import ua.orderflow.support.Http;
import ua.orderflow.support.Jobs;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;

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

    /** The test's own look-ups of a parcel's status at the sandbox: not the service's calls. */
    private int ownTrackingReads;

    private NovaPoshtaOrders orders;

    @BeforeEach
    void novaPoshtaOrders() {
        orders = new NovaPoshtaOrders(desk, sandbox, port);
    }

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
        step(null);

        desk.complete(id, "ship-order", ship("1.5"));
        desk.run();
        step("ship form completed: the waybill is made, the handover task opens");

        JsonNode waybill = waybills().get(0);
        String ttn = waybill.path("number").asText();
        assertThat(ttn).matches("\\d{14}");
        assertThat(waybill.path("order").asText()).isEqualTo(String.valueOf(id));
        assertThat(new BigDecimal(waybill.path("cashOnDelivery").asText())).isPositive();
        assertThat(desk.task(id, "hand-over-parcel")).as("waits at " + desk.waitsAt(id)).isNotNull();
        assertThat(desk.variable(id, "waybillNumber")).isEqualTo(ttn);
        assertThat(sandbox.status(id)).as("ROZETKA hears of the parcel once it is handed over").isEqualTo(2);
        Http manager = manager();
        HttpResponse<byte[]> label = manager.bytes("/desk/orders/" + SHOP + "/" + id + "/label/sticker");
        assertThat(label.statusCode()).isEqualTo(200);
        assertThat(new String(label.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(manager.get("/desk/novaposhta/" + SHOP + "/register").body())
                .as("nothing handed over yet").contains("жодної посилки не передано");
        step("the label printed from the task");

        handOver(id);
        assertThat(sandbox.status(id)).isEqualTo(3);
        step("handover task completed: expense note, ROZETKA 3 with the TTN");
        HttpResponse<byte[]> register = manager.bytes("/desk/novaposhta/" + SHOP + "/register");
        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(register.headers().firstValue("Content-Disposition").orElse("")).contains("np-register-");
        assertThat(new String(register.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-")
                .contains(ttn);
        long inserts = npCalls().get("novaposhta.ScanSheet.insertDocuments");
        assertThat(manager.bytes("/desk/novaposhta/" + SHOP + "/register").statusCode()).isEqualTo(200);
        assertThat(npCalls().get("novaposhta.ScanSheet.insertDocuments")).as("printed again: nothing new to add")
                .isEqualTo(inserts);
        step("the day's register printed, then printed again");
        assertThat(sandbox.order(id).path("ttn").asText()).isEqualTo(ttn);
        assertThat(expenseNoteTtn(id)).isEqualTo(ttn);
        assertThat(npStatus(ttn)).isEqualTo(1);

        // the carrier moves the parcel on; the ROZETKA sandbox's pickup point is Nova Poshta's branch
        sandbox.advanceClock("hours", 25);
        assertThat(sandbox.status(id)).isEqualTo(5);
        assertThat(track().changed()).isEqualTo(1);
        assertThat(npStatus(ttn)).isEqualTo(7);
        step("ROZETKA's carrier 3 -> 4 -> 5; a tracking round: 7 at the branch, ROZETKA's reserve date read");

        sandbox.advanceClock("hours", 12);
        desk.syncAndRun();
        assertThat(sandbox.status(id)).isEqualTo(6);
        assertThat(desk.ended(id)).isTrue();
        assertThat(invoiceState(id)).as("cash on delivery is booked at payout, not at receipt").isEqualTo("ISSUED");
        step("ROZETKA 6 seen by the sync: the instance ends");

        track();
        assertThat(npStatus(ttn)).isEqualTo(10);
        assertThat(invoiceState(id)).isEqualTo("ISSUED");
        step("a tracking round: 10, received, the money not yet paid out");
        sandbox.advanceClock("days", 1);
        track();
        assertThat(npStatus(ttn)).isEqualTo(11);
        assertThat(invoiceState(id)).isEqualTo("PAID");
        step("a day later, a tracking round: 11, the payment booked; the parcel is closed");
        assertThat(jdbc.sql("select source from payment p join invoice i on i.id = p.invoice_id where i.order_id = :id")
                .param("id", id).query(String.class).list()).containsExactly("CASH_ON_DELIVERY");
        track();
        assertThat(jdbc.sql("select count(*) from payment p join invoice i on i.id = p.invoice_id where i.order_id = :id")
                .param("id", id).query(Long.class).single()).as("booked once").isEqualTo(1L);
        assertThat(desk.journal(id)).anyMatch(l -> l.contains("Створено ТТН Нової Пошти " + ttn))
                .anyMatch(l -> l.contains("Посилку ТТН " + ttn + " передано Новій Пошті"))
                .anyMatch(l -> l.contains("ТТН " + ttn + " внесено до реєстру відправлень"))
                .anyMatch(l -> l.contains("«Прибув на відділення» (7)"))
                .anyMatch(l -> l.contains("Нова Пошта виплатила накладений платіж"));

        Map<String, Long> rozetkaAfter = rozetkaCalls();
        rozetkaAfter.replaceAll((k, v) -> v - rozetkaBefore.getOrDefault(k, 0L));
        rozetkaAfter.values().removeIf(v -> v == 0);
        System.out.println("[trip] Nova Poshta calls " + npCalls() + " (of the tracking calls " + ownTrackingReads
                + " are the test's own reads); ROZETKA calls from ship-order on " + rozetkaAfter);
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
        handOver(id);
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
        String filter = engine.getFilterService().createFilterQuery().filterName("Сигнали Нової Пошти").singleResult()
                .getId();
        assertThat(engine.getFilterService().count(filter)).as("Tasklist's filter finds the signal").isEqualTo(1);
        Http supervisor = Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "npdesksuper",
                "supervisors"), TestUsers.PASSWORD);
        assertThat(supervisor.get("/desk/orders?q=" + id).body()).as("and the desk's order list")
                .contains("Очікувати повернення посилки (замовлення " + id + ")");
        assertThat(sandbox.status(id)).as("ROZETKA's own status still drives the order").isEqualTo(3);
        track();
        assertThat(engine.getTaskService().createTaskQuery().taskNameLike("Очікувати повернення посилки%")
                .taskVariableValueEquals("orderKey", SHOP + ":" + id).count()).as("one task").isEqualTo(1);
    }

    @Test
    void aCancellationBeforeHandoverDeletesTheWaybill() {
        long id = confirmedCashOrder();
        desk.complete(id, "ship-order", ship("1"));
        desk.run();
        assertThat(desk.task(id, "hand-over-parcel")).as("the label is printed, the parcel not handed over").isNotNull();
        String ttn = waybills().get(0).path("number").asText();

        sandbox.forceStatus(id, 40);
        desk.syncAndRun();

        assertThat(desk.ended(id)).as("waits at " + desk.waitsAt(id)).isTrue();
        assertThat(waybills().get(0).path("deleted").asBoolean()).isTrue();
        assertThat(npStatus(ttn)).isEqualTo(2);
        assertThat(jdbc.sql("select deleted_at is not null from np_waybill where number = :n").param("n", ttn)
                .query(Boolean.class).single()).isTrue();
        assertThat(desk.journal(id)).anyMatch(l -> l.contains("ТТН Нової Пошти " + ttn + " видалено"));
        assertThat(manager().get("/desk/novaposhta/" + SHOP + "/register").body())
                .as("a deleted waybill is in no register").contains("жодної посилки не передано");
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
        handOver(id);
        assertThat(desk.journal(id)).anyMatch(l -> l.contains("знайдено в Новій Пошті"));
        assertThat(expenseNoteTtn(id)).isEqualTo(waybills().get(0).path("number").asText());
        assertThat(sandbox.status(id)).isEqualTo(3);
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }

    @Test
    void aBranchOfAnotherCityGoesBackToTheShipFormInUkrainian() {
        long id = confirmedCashOrder();
        ObjectNode delivery = deliveryOf(id);
        String city = delivery.path("city").path("name_ua").asText();
        String elsewhere = "Київ".equals(city) ? "Львів" : "Київ";
        delivery.put("delivery_method_id", 1).put("place_number", "7")
                .put("ref_id", ua.orderflow.sandbox.rozetka.order.NovaPoshta.branchRef(elsewhere, 7));
        distortDelivery(id, delivery);

        desk.complete(id, "ship-order", ship("1"));
        desk.run();
        assertThat(desk.task(id, "ship-order")).as("waits at " + desk.waitsAt(id)).isNotNull();
        assertThat(desk.variable(id, "waybillRefusal")).asString().contains("відділення № 7")
                .contains("не належить місту «" + city + "»");
        assertThat(waybills()).isEmpty();
        assertThat(npCalls()).containsKey("novaposhta.Address.getWarehouses")
                .doesNotContainKey("novaposhta.InternetDocument.save");
    }

    @Test
    void aCourierOrderIsSentToTheBuyersDoor() {
        long id = confirmedCashOrder();
        ObjectNode delivery = deliveryOf(id);
        delivery.put("delivery_method_id", 2).put("place_street", "вул. Шевченка").put("place_house", "10")
                .put("place_flat", "5").putNull("ref_id").put("place_number", "");
        distortDelivery(id, delivery);

        desk.complete(id, "ship-order", ship("1"));
        desk.run();
        JsonNode waybill = waybills().get(0);
        assertThat(waybill.path("serviceType").asText()).isEqualTo("WarehouseDoors");
        assertThat(waybill.path("recipientAddress").asText()).isEqualTo("вул. Шевченка, 10, кв. 5");
        assertThat(npCalls()).as("a door is no branch to check").doesNotContainKey("novaposhta.Address.getWarehouses");
        handOver(id);
        assertThat(sandbox.status(id)).isEqualTo(3);
    }

    @Test
    void storageEndingByRozetkasReserveDateAsksAManagerToCallTheBuyerOnce() {
        long id = shippedWithAWaybill();
        String ttn = waybills().get(0).path("number").asText();
        sandbox.advanceClock("hours", 25);
        assertThat(sandbox.status(id)).isEqualTo(5);
        // ROZETKA keeps the parcel until tomorrow (the service's own clock), sooner than Nova Poshta's free storage
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Kyiv")).plusDays(1).toString();
        ObjectNode delivery = deliveryOf(id);
        delivery.put("reserve_date", tomorrow);
        distortDelivery(id, delivery);

        track();
        assertThat(npStatus(ttn)).isEqualTo(7);
        assertThat(desk.journal(id)).anyMatch(l -> l.startsWith("WARN PARCEL_WARNING: Строк зберігання посилки ТТН "
                + ttn) && l.contains("(резерв ROZETKA)"));
        assertThat(callBuyerTasks(id)).isEqualTo(1);
        assertThat(jdbc.sql("select reserve_until from np_waybill where number = :n").param("n", ttn)
                .query(java.time.LocalDate.class).single()).hasToString(tomorrow);

        engine.getTaskService().createTaskQuery().taskNameLike("Зателефонувати покупцю щодо посилки%").list()
                .forEach(t -> engine.getTaskService().complete(t.getId()));
        track();
        assertThat(callBuyerTasks(id)).as("asked for once per parcel").isZero();
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
        handOver(id);
        assertThat(sandbox.status(id)).isEqualTo(3);
        return id;
    }

    private Http manager() {
        return Http.anonymous(port).as(TestUsers.ensure(engine.getIdentityService(), "npdeskmanager", "managers"),
                TestUsers.PASSWORD);
    }

    private Map<String, Long> npAtStep = Map.of();
    private Map<String, Long> rozetkaAtStep = Map.of();
    private int ownReadsAtStep;

    /** Prints the calls each API got since the last step, the test's own status reads left out. */
    private void step(String what) {
        Map<String, Long> np = npCalls();
        Map<String, Long> rozetka = rozetkaCalls();
        if (what != null) {
            Map<String, Long> npDelta = delta(np, npAtStep);
            npDelta.computeIfPresent("TrackingDocument.getStatusDocuments",
                    (k, v) -> v - (ownTrackingReads - ownReadsAtStep) == 0 ? null : v - (ownTrackingReads - ownReadsAtStep));
            System.out.println("[trip step] " + what + " | Nova Poshta " + npDelta + " | ROZETKA " + delta(rozetka,
                    rozetkaAtStep));
        }
        npAtStep = np;
        rozetkaAtStep = rozetka;
        ownReadsAtStep = ownTrackingReads;
    }

    private static Map<String, Long> delta(Map<String, Long> now, Map<String, Long> before) {
        Map<String, Long> delta = new TreeMap<>();
        now.forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            if (d != 0) {
                delta.put(k.replace("novaposhta.", ""), d);
            }
        });
        return delta;
    }

    private long callBuyerTasks(long id) {
        return engine.getTaskService().createTaskQuery().taskCandidateGroup("managers")
                .taskNameLike("Зателефонувати покупцю щодо посилки%").taskVariableValueEquals("orderKey", SHOP + ":" + id)
                .count();
    }

    private ObjectNode deliveryOf(long id) {
        return (ObjectNode) sandbox.order(id).path("delivery").deepCopy();
    }

    /** ROZETKA's API answers this delivery for the order from now on (the sandbox's wrong answers). */
    private void distortDelivery(long id, ObjectNode delivery) {
        sandbox.distort(id, JSON.createObjectNode().set("set", JSON.createObjectNode().set("delivery", delivery))
                .toString());
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
        return orders.waybills();
    }

    private long confirmedCashOrder() {
        return orders.confirmedCashOrder();
    }

    private void handOver(long id) {
        orders.handOver(id);
    }

    private static Map<String, Object> ship(String weight) {
        return NovaPoshtaOrders.ship(weight);
    }

    private void forceNpStatus(String ttn, int status) {
        assertThat(Http.sandboxAdmin(port).post("/sandbox/admin/novaposhta/waybills/" + ttn + "/status",
                "{\"status\":" + status + "}").statusCode()).isEqualTo(200);
    }

    private int npStatus(String ttn) {
        ownTrackingReads++;
        String body = Http.anonymous(port).post("/sandbox/novaposhta/v2.0/json/", """
                {"apiKey":"","modelName":"TrackingDocument","calledMethod":"getStatusDocuments",
                 "methodProperties":{"Documents":[{"DocumentNumber":"%s","Phone":""}]}}""".formatted(ttn)).body();
        return read(body).path("data").path(0).path("StatusCode").asInt();
    }

    private Map<String, Long> npCalls() {
        Map<String, Long> calls = new TreeMap<>();
        read(Http.sandboxAdmin(port).get("/sandbox/admin/novaposhta/stats").body()).path("calls").fields()
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
