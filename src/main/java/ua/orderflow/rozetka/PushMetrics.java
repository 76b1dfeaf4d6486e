package ua.orderflow.rozetka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts status pushes as {@code orderflow.rozetka.pushes}, one per attempt: ok (set, or already
 * there, or final at ROZETKA: done either way), refused (1005, a manager's conflict task) or failed
 * (the step's retries take over, and an incident follows the last one).
 */
@Component
public class PushMetrics {

    private final MeterRegistry registry;

    public PushMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void pushed(String shopId, int target, StatusPush.Outcome.Kind kind) {
        count(shopId, target, kind == StatusPush.Outcome.Kind.REFUSED ? "refused" : "ok");
    }

    void failed(String shopId, int target) {
        count(shopId, target, "failed");
    }

    private void count(String shopId, int target, String outcome) {
        Counter.builder("orderflow.rozetka.pushes").description("Status pushes to ROZETKA by target status")
                .tag("shop", shopId).tag("status", String.valueOf(target)).tag("outcome", outcome)
                .register(registry).increment();
    }
}
