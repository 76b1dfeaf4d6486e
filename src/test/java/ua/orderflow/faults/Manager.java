package ua.orderflow.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import ua.orderflow.support.Http;
import ua.orderflow.support.ServiceJvm;

/**
 * What managers do in Tasklist, done over the engine's REST API of whichever node is up: confirm
 * every order with its buyer, ship each with a Nova Poshta TTN, except the orders the seller ships
 * from ROZETKA's cabinet instead (their ship task is left for the sync to close). A node dying under
 * a call is what a manager would see as an error page: the call is left, the task stays, the next
 * round takes it.
 */
final class Manager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong TTN = new AtomicLong();

    private final Supplier<ServiceJvm> node;
    /** Business keys of the orders shipped from the cabinet: their ship task is never completed here. */
    private final Set<String> cabinetKeys = ConcurrentHashMap.newKeySet();

    Manager(Supplier<ServiceJvm> node) {
        this.node = node;
    }

    /**
     * Completes every open confirm-order and ship-order task, and sends a new TTN for every one the
     * carrier did not know (correct-ttn); how many it completed.
     */
    int workOpenTasks() {
        return complete("confirm-order", "{\"outcome\":{\"value\":\"confirmed\"}}")
                + complete("ship-order", null)
                + complete("correct-ttn", null);
    }

    /** The seller ships this order from ROZETKA's cabinet: no manager completes its ship task. */
    void leaveToCabinet(long orderId) {
        cabinetKeys.add(key(orderId));
    }

    /** Whether the order's ship task is open now (false too when the node is away). */
    boolean shipTaskOpen(long orderId) {
        try {
            HttpResponse<String> count = api().get("/engine-rest/task/count?processDefinitionKey=rozetka-order"
                    + "&taskDefinitionKey=ship-order&processInstanceBusinessKey=" + key(orderId));
            return count.statusCode() == 200 && JSON.readTree(count.body()).path("count").asInt() > 0;
        } catch (UncheckedIOException | com.fasterxml.jackson.core.JsonProcessingException | IllegalStateException gone) {
            return false;
        }
    }

    private int complete(String taskKey, String variables) {
        Http http = api();
        int done = 0;
        try {
            HttpResponse<String> list = http.get("/engine-rest/task?processDefinitionKey=rozetka-order&taskDefinitionKey="
                    + taskKey + "&maxResults=500");
            if (list.statusCode() != 200) {
                return 0;
            }
            Set<String> leftToCabinet = "ship-order".equals(taskKey) ? cabinetTaskIds(http) : Set.of();
            for (JsonNode task : JSON.readTree(list.body())) {
                if (leftToCabinet.contains(task.path("id").asText())) {
                    continue;
                }
                String body = variables != null ? variables : "{\"ttn\":{\"value\":\""
                        + String.format("2045%010d", TTN.incrementAndGet()) + "\"}"
                        + ("ship-order".equals(taskKey) ? ",\"ownCourier\":{\"value\":false}}" : "}");
                HttpResponse<String> completed = http.post("/engine-rest/task/" + task.path("id").asText() + "/complete",
                        "{\"variables\":" + body + "}");
                done += completed.statusCode() == 204 ? 1 : 0;
            }
        } catch (UncheckedIOException | com.fasterxml.jackson.core.JsonProcessingException | IllegalStateException gone) {
            // the node went away under the call (a scenario killed it): the tasks wait for the next round
        }
        return done;
    }

    private Set<String> cabinetTaskIds(Http http) throws com.fasterxml.jackson.core.JsonProcessingException {
        if (cabinetKeys.isEmpty()) {
            return Set.of();
        }
        HttpResponse<String> list = http.get("/engine-rest/task?processDefinitionKey=rozetka-order"
                + "&taskDefinitionKey=ship-order&maxResults=500&processInstanceBusinessKeyIn="
                + String.join(",", cabinetKeys));
        if (list.statusCode() != 200) {
            throw new IllegalStateException("ship tasks of cabinet orders not listed: HTTP " + list.statusCode());
        }
        Set<String> ids = new HashSet<>();
        JSON.readTree(list.body()).forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }

    private static String key(long orderId) {
        return "sandbox:" + orderId;
    }

    private Http api() {
        return node.get().http().as(Lab.ADMIN, Lab.ADMIN_PASSWORD);
    }
}
