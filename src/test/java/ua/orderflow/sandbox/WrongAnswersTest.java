package ua.orderflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.orderflow.sandbox.fault.WrongAnswers;

/** The fault suite's wrong answers: an order rendered without or with fields, a lying page count, padding. */
class WrongAnswersTest {

    private final WrongAnswers wrong = new WrongAnswers();

    @Test
    void aDistortedOrderLosesAndGainsFieldsUntilCleared() {
        wrong.distort(812000001L, new WrongAnswers.Distortion(List.of("user"), Map.of("status", 999)));
        Map<String, Object> order = Map.of("id", 812000001L, "status", 26, "user", Map.of("phone", "380671112233"));

        assertThat(wrong.order(order)).containsEntry("status", 999).doesNotContainKey("user");
        assertThat(wrong.order(Map.of("id", 812000002L, "status", 1))).containsEntry("status", 1);

        wrong.clear();
        assertThat(wrong.order(order)).isEqualTo(order);
    }

    @Test
    void aPageMayClaimMorePagesAndWeighMore() {
        wrong.pages(1_000_000, 1024);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("orders", List.of());
        content.put("_meta", Map.of("totalCount", 3, "pageCount", 1, "currentPage", 1, "perPage", 20));

        Map<String, Object> page = wrong.page(content);
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) page.get("_meta");
        assertThat(meta).containsEntry("pageCount", 1_000_000).containsEntry("totalCount", 3);
        assertThat((String) page.get("padding")).hasSize(1024);
    }
}
