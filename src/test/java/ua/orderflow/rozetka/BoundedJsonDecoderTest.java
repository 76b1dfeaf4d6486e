package ua.orderflow.rozetka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Found by the fault suite: a 10 MB search page held a sync for minutes at full CPU. Answers are
 * read from bytes and refused past the limit, with a reason for the journal.
 */
class BoundedJsonDecoderTest {

    private static final long LIMIT = 1L << 20;
    private final BoundedJsonDecoder decoder = new BoundedJsonDecoder(new ObjectMapper(), LIMIT);

    @Test
    void anAnswerWithinTheLimitIsRead() throws Exception {
        JsonNode page = (JsonNode) decoder.decode(response(page(1000), Map.of()), JsonNode.class);
        assertThat(page.path("content").path("padding").asText()).hasSize(1000);
    }

    @Test
    void anAnswerPastTheLimitIsRefusedWhileItIsRead() {
        assertThatThrownBy(() -> decoder.decode(response(page((int) LIMIT + 10), Map.of()), JsonNode.class))
                .isInstanceOfSatisfying(RozetkaException.Garbled.class,
                        garbled -> assertThat(garbled.reason()).isEqualTo("вона більша за 1 МБ"));
    }

    @Test
    void aDeclaredLengthPastTheLimitIsRefusedUnread() {
        assertThatThrownBy(() -> decoder.decode(response("{}", Map.of("Content-Length", List.of("10485760"))),
                JsonNode.class)).isInstanceOf(RozetkaException.Garbled.class).hasMessageContaining("larger than");
    }

    private static String page(int padding) {
        return "{\"success\":true,\"content\":{\"orders\":[],\"padding\":\"" + "x".repeat(padding) + "\"}}";
    }

    private static Response response(String body, Map<String, Collection<String>> headers) {
        Request request = Request.create(Request.HttpMethod.GET, "http://rozetka/orders/search", Map.of(), null,
                StandardCharsets.UTF_8, null);
        return Response.builder().status(200).reason("OK").request(request).headers(headers)
                .body(body.getBytes(StandardCharsets.UTF_8)).build();
    }
}
