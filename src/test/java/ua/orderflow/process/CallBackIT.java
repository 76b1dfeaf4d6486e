package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.support.TestUsers;

/**
 * A buyer who does not answer, against the sandbox over HTTP: 47, 48 and then the seller's comment
 * reach ROZETKA, and each wait for the call-back is a task in Tasklist's «Передзвонити».
 */
@PostgresIntegrationTest
class CallBackIT extends AgainstTheSandbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void notReachedTwiceThenACommentEachWaitInTasklistAndRozetkaTakesEveryPush() throws Exception {
        long id = sandbox.createOrders(1, 1).get(0);
        sandbox.payIfCard(id);
        desk.syncAndRun();

        notReached(id, Map.of("outcome", "not_reached"));
        assertThat(sandbox.status(id)).isEqualTo(47);
        Task first = desk.task(id, "call-back");
        assertThat(first.getDueDate()).isAfter(new java.util.Date());
        assertThat(waitingForACall()).as("Tasklist's «Передзвонити» for a manager").containsExactly(first.getId());
        desk.complete(id, "call-back", Map.of("callingBack", true));
        desk.run();

        notReached(id, Map.of("outcome", "not_reached"));
        assertThat(sandbox.status(id)).isEqualTo(48);
        desk.complete(id, "call-back", Map.of("callingBack", true));
        desk.run();

        notReached(id, Map.of("outcome", "not_reached", "managerComment", "Напишемо покупцю у Viber"));
        assertThat(sandbox.status(id)).isEqualTo(48);
        assertThat(sandbox.order(id).path("seller_comment").toString()).contains("Напишемо покупцю у Viber");
        desk.complete(id, "call-back", Map.of("callingBack", true));
        desk.run();

        desk.complete(id, "confirm-order", Map.of("outcome", "confirmed"));
        desk.run();
        assertThat(sandbox.status(id)).isEqualTo(2);
        assertThat(waitingForACall()).isEmpty();
    }

    private void notReached(long id, Map<String, Object> outcome) {
        desk.complete(id, "confirm-order", outcome);
        desk.run();
        assertThat(desk.task(id, "call-back")).as("waits at " + desk.waitsAt(id)).isNotNull();
    }

    /** The ids the shared filter lists, run as a manager would run it in Tasklist. */
    private java.util.List<String> waitingForACall() throws Exception {
        String manager = TestUsers.ensure(engine.getIdentityService(), "callbackmanager", "managers");
        String filter = engine.getFilterService().createFilterQuery().filterName("Передзвонити").singleResult().getId();
        var answer = Http.anonymous(port).as(manager, TestUsers.PASSWORD).post("/engine-rest/filter/" + filter + "/list", "{}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (JsonNode task : JSON.readTree(answer.body())) {
            ids.add(task.path("id").asText());
        }
        return ids;
    }
}
