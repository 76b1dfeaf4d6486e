package ua.orderflow.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which ROZETKA status ids belong to which stage of our lifecycle (design.md), from configuration
 * ({@code orderflow.stages}). An id not listed is classified by its status group: 2 → RECEIVED,
 * 3 → CANCELLED, otherwise PROCESSING; the caller journals it as unknown.
 */
@ConfigurationProperties("orderflow")
public class StageMapping {

    public static final String NEW = "NEW";
    public static final String PROCESSING = "PROCESSING";
    public static final String RECEIVED = "RECEIVED";
    public static final String CANCELLED = "CANCELLED";

    private final Map<Integer, String> stageByStatus = new HashMap<>();

    public StageMapping(Map<String, List<Integer>> stages) {
        if (stages != null) {
            stages.forEach((stage, ids) -> ids.forEach(id -> stageByStatus.put(id, stage.toUpperCase())));
        }
    }

    public boolean isKnown(int status) {
        return stageByStatus.containsKey(status);
    }

    public String stageOf(int status, int statusGroup) {
        String stage = stageByStatus.get(status);
        if (stage != null) {
            return stage;
        }
        return switch (statusGroup) {
            case 2 -> RECEIVED;
            case 3 -> CANCELLED;
            default -> PROCESSING;
        };
    }
}
