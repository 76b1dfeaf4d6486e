package ua.orderflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ua.orderflow.sync.SandboxAdmin;

/** How long orders waited for their acknowledgment, on the sandbox's own times: creation → status 26. */
final class Acknowledgments {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final List<Double> seconds;

    private Acknowledgments(List<Double> seconds) {
        this.seconds = seconds;
    }

    /** The orders' waits in seconds, read from each order's status history, sorted. */
    static Acknowledgments of(SandboxAdmin sandbox, List<Long> ids) {
        List<Double> latencies = new ArrayList<>();
        for (long id : ids) {
            JsonNode order = sandbox.order(id);
            LocalDateTime created = LocalDateTime.parse(order.path("created").asText(), FORMAT);
            for (JsonNode step : order.path("order_status_history")) {
                if (step.path("status_id").asInt() == 26) {
                    latencies.add((double) Duration.between(created,
                            LocalDateTime.parse(step.path("created").asText(), FORMAT)).toSeconds());
                }
            }
        }
        Collections.sort(latencies);
        return new Acknowledgments(latencies);
    }

    int samples() {
        return seconds.size();
    }

    double p50() {
        return seconds.get(seconds.size() / 2);
    }

    double p99() {
        return seconds.get(Math.min(seconds.size() - 1, (int) Math.ceil(seconds.size() * 0.99) - 1));
    }
}
