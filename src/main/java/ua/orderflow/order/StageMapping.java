package ua.orderflow.order;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which stage a ROZETKA status id puts an order in: {@link OrderStage}'s table, with the ids listed
 * under {@code orderflow.stages} moved where configuration says. An id nobody lists is classified by
 * its status group and reported as unknown, so the sync can journal it.
 */
@ConfigurationProperties("orderflow")
public class StageMapping {

    private final Map<Integer, OrderStage> overrides = new HashMap<>();

    public StageMapping(Map<String, List<Integer>> stages) {
        if (stages != null) {
            stages.forEach((stage, ids) -> ids.forEach(id -> overrides.put(id, OrderStage.valueOf(stage.toUpperCase()))));
        }
    }

    public static StageMapping defaults() {
        return new StageMapping(null);
    }

    public boolean isKnown(int status) {
        return overrides.containsKey(status) || OrderStage.isListed(status);
    }

    public OrderStage stageOf(int status, Integer statusGroup) {
        OrderStage moved = overrides.get(status);
        return moved != null ? moved : OrderStage.ofStatus(status, statusGroup);
    }
}
