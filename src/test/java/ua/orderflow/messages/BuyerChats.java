package ua.orderflow.messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ua.orderflow.support.Http;

/** The buyer's side of the sandbox's order chats, through its admin API. */
public final class BuyerChats {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;

    public BuyerChats(int port) {
        this.http = Http.sandboxAdmin(port);
    }

    public void buyerWrites(long orderId, String body) {
        try {
            HttpResponse<String> answer = http.post("/sandbox/admin/orders/" + orderId + "/messages",
                    JSON.writeValueAsString(Map.of("body", body)));
            if (answer.statusCode() != 200) {
                throw new AssertionError("the sandbox buyer could not write: " + answer.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The order's chat as ROZETKA holds it. */
    public JsonNode chat(long orderId) {
        try {
            return JSON.readTree(http.get("/sandbox/admin/orders/" + orderId + "/messages").body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the shop wrote in the order's chat, oldest first. */
    public List<String> fromShop(long orderId) {
        List<String> bodies = new ArrayList<>();
        chat(orderId).path("messages").forEach(m -> {
            if (m.path("sender").asInt() == 2) {
                bodies.add(m.path("body").asText());
            }
        });
        return bodies;
    }
}
