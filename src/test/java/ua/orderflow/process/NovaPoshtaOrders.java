package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import ua.orderflow.support.Http;
import ua.orderflow.sync.SandboxAdmin;

/**
 * What the Nova Poshta ITs do with an order of the sandboxes: a cash order confirmed to the ship
 * form, the ship form's «Створити ТТН Нової Пошти», the handover task, the Nova Poshta sandbox's
 * waybills.
 */
final class NovaPoshtaOrders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrderDesk desk;
    private final SandboxAdmin sandbox;
    private final int port;

    NovaPoshtaOrders(OrderDesk desk, SandboxAdmin sandbox, int port) {
        this.desk = desk;
        this.sandbox = sandbox;
        this.port = port;
    }

    /** A new cash order of the sandbox, taken into work and confirmed: it waits at ship-order. */
    long confirmedCashOrder() {
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

    static Map<String, Object> ship(String weight) {
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

    /** The manager printed the label and handed the parcel over: the task «Передати посилку перевізнику». */
    void handOver(long id) {
        assertThat(desk.task(id, "hand-over-parcel")).as("waits at " + desk.waitsAt(id)).isNotNull();
        desk.complete(id, "hand-over-parcel", Map.of("parcelHandedOver", true));
        desk.run();
    }

    JsonNode waybills() {
        String body = Http.sandboxAdmin(port).get("/sandbox/admin/novaposhta/waybills").body();
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }
}
