package ua.orderflow.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Open incidents: failed steps whose retries ran out and wait for a supervisor in Cockpit. */
@Component
public class IncidentMetrics {

    public IncidentMetrics(MeterRegistry registry, RuntimeService runtime) {
        Gauge.builder("orderflow.incidents.open", () -> runtime.createIncidentQuery().count())
                .description("Open incidents (failed steps with no retries left)")
                .register(registry);
    }
}
