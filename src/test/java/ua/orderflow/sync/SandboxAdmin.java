package ua.orderflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import ua.orderflow.support.Http;

/** The sandbox's seller-cabinet and buyer actions, over HTTP, for tests. */
public final class SandboxAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;

    /** The sandbox of a test's own service, as its administrator. */
    public SandboxAdmin(int port) {
        this.http = Http.sandboxAdmin(port);
    }

    /** The sandbox of a service JVM, whose administrator is {@code user}. */
    public SandboxAdmin(int port, String user, String password) {
        this.http = Http.anonymous(port).as(user, password);
    }

    public void reset() {
        post("/sandbox/admin/reset", "{}");
    }

    /** Creates orders in batches of at most 1000, the sandbox's limit per call. */
    public List<Long> createOrders(int count, Integer status) {
        return createOrders(null, count, status);
    }

    /** Orders of the sandbox's seller account with this login (null: the default seller). */
    public List<Long> createOrders(String seller, int count, Integer status) {
        List<Long> ids = new ArrayList<>();
        for (int left = count; left > 0; left -= 1000) {
            JsonNode answer = post("/sandbox/admin/orders", "{\"count\":" + Math.min(left, 1000)
                    + (status == null ? "" : ",\"status\":" + status)
                    + (seller == null ? "" : ",\"seller\":\"" + seller + "\"") + "}");
            answer.path("orders").forEach(o -> ids.add(o.path("id").asLong()));
        }
        return ids;
    }

    public JsonNode order(long id) {
        return parse(http.get("/sandbox/admin/orders/" + id).body());
    }

    public int status(long id) {
        return order(id).path("status").asInt();
    }

    public void cancelByBuyer(long id) {
        post("/sandbox/admin/orders/" + id + "/cancel", "{\"status\":45}");
    }

    public void editItems(long id, String changesJson) {
        post("/sandbox/admin/orders/" + id + "/items", "{\"changes\":" + changesJson + "}");
    }

    public void forceStatus(long id, int status) {
        post("/sandbox/admin/orders/" + id + "/status", "{\"status\":" + status + "}");
    }

    /** As a seller in the cabinet (or the carrier) would: the status, and the TTN typed with it. */
    public void forceStatus(long id, int status, String ttn) {
        post("/sandbox/admin/orders/" + id + "/status", "{\"status\":" + status + ",\"ttn\":\"" + ttn + "\"}");
    }

    /** How many orders the sandbox holds in this status (one search call, read from _meta). */
    public long countInStatus(int status) {
        var orders = http.get("/sandbox/admin/orders/count?status=" + status);
        return orders.statusCode() == 200 ? parse(orders.body()).path("count").asLong() : -1;
    }

    /** Card orders get their payment settled, as a buyer paying at checkout would. */
    public void payIfCard(long id) {
        if ("card".equals(order(id).path("payment").path("payment_type").asText())) {
            post("/sandbox/admin/orders/" + id + "/payment", "{\"status\":2}");
        }
    }

    /** The card payment moves to a status_payment_id (2 paid, 3 unpaid, 7 held…), as the bank moves it. */
    public void payment(long id, int paymentStatusId) {
        post("/sandbox/admin/orders/" + id + "/payment", "{\"status\":" + paymentStatusId + "}");
    }

    public void advanceClock(String unit, int amount) {
        post("/sandbox/admin/clock/advance", "{\"" + unit + "\":" + amount + "}");
    }

    /** What becomes of the parcels from now on: {"refusedShare":0.2,…}, until reset. */
    public void carrier(String sharesJson) {
        post("/sandbox/admin/carrier", sharesJson);
    }

    public void faults(String json) {
        post("/sandbox/admin/faults", json);
    }

    /** From now on the Seller API answers the order wrong: {"drop":[fields],"set":{field:value}} (until faults are cleared). */
    public void distort(long id, String distortionJson) {
        post("/sandbox/admin/orders/" + id + "/distort", distortionJson);
    }

    public JsonNode stats() {
        return parse(http.get("/sandbox/admin/stats").body());
    }

    /** Any admin call that must succeed, its answer read as JSON. */
    public JsonNode post(String path, String body) {
        HttpResponse<String> response = http.post(path, body);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isBetween(200, 299);
        return parse(response.body());
    }

    public JsonNode get(String path) {
        return parse(http.get(path).body());
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }
}
