package ua.orderflow.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ua.orderflow.CachedValue;

/**
 * Open incidents: failed steps whose retries ran out and wait for a supervisor in Cockpit. The count
 * is a query over the engine's incident table, so it is cached (see {@link CachedValue}).
 */
@Component
public class IncidentMetrics {

    @Autowired
    public IncidentMetrics(MeterRegistry registry, RuntimeService runtime, @Value(CachedValue.REFRESH) Duration refresh) {
        this(registry, () -> runtime.createIncidentQuery().count(), refresh);
    }

    IncidentMetrics(MeterRegistry registry, Supplier<Long> openIncidents, Duration refresh) {
        CachedValue<Long> open = new CachedValue<>(openIncidents, refresh, registry.config().clock());
        Gauge.builder("orderflow.incidents.open", open::get)
                .description("Open incidents (failed steps with no retries left), read at most once per "
                        + refresh.toSeconds() + " s")
                .register(registry);
    }
}
