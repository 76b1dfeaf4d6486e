package ua.orderflow.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import ua.orderflow.support.Http;
import ua.orderflow.support.ServiceJvm;

/**
 * What managers do in Tasklist, done over the engine's REST API of whichever node is up: confirm
 * every order with its buyer, ship each with a Nova Poshta TTN. A node dying under a call is what
 * a manager would see as an error page: the call is left, the task stays, the next round takes it.
 */
final class Manager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong TTN = new AtomicLong();

    private final Supplier<ServiceJvm> node;

    Manager(Supplier<ServiceJvm> node) {
        this.node = node;
    }

    /** Completes every open confirm-order and ship-order task; how many it completed. */
    int workOpenTasks() {
        return complete("confirm-order", "{\"outcome\":{\"value\":\"confirmed\"}}")
                + complete("ship-order", null);
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
            for (JsonNode task : JSON.readTree(list.body())) {
                String body = variables != null ? variables : "{\"ttn\":{\"value\":\""
                        + String.format("2045%010d", TTN.incrementAndGet()) + "\"},\"ownCourier\":{\"value\":false}}";
                HttpResponse<String> completed = http.post("/engine-rest/task/" + task.path("id").asText() + "/complete",
                        "{\"variables\":" + body + "}");
                done += completed.statusCode() == 204 ? 1 : 0;
            }
        } catch (UncheckedIOException | com.fasterxml.jackson.core.JsonProcessingException | IllegalStateException gone) {
            // the node went away under the call (a scenario killed it): the tasks wait for the next round
        }
        return done;
    }

    private Http api() {
        return node.get().http().as(Lab.ADMIN, Lab.ADMIN_PASSWORD);
    }
}
