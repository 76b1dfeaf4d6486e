package ua.orderflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The incident gauge is scraped often; the engine's incident table is asked at most every interval. */
class IncidentMetricsTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final AtomicInteger queries = new AtomicInteger();
    private long openIncidents = 3;

    @Test
    void scrapesWithinTheIntervalAreServedFromTheLastQuery() {
        new IncidentMetrics(registry, this::countIncidents, Duration.ofSeconds(30));

        assertThat(scrape()).isEqualTo(3);
        openIncidents = 5;
        for (int second = 0; second < 29; second++) {
            clock.add(1, TimeUnit.SECONDS);
            assertThat(scrape()).isEqualTo(3);
        }
        assertThat(queries).hasValue(1);

        clock.add(1, TimeUnit.SECONDS);
        assertThat(scrape()).isEqualTo(5);
        assertThat(scrape()).isEqualTo(5);
        assertThat(queries).hasValue(2);
    }

    @Test
    void aFailedQueryIsUnknownAndNotRepeatedOnEveryScrape() {
        new IncidentMetrics(registry, () -> {
            queries.incrementAndGet();
            throw new IllegalStateException("database gone");
        }, Duration.ofSeconds(30));

        assertThat(scrape()).isNaN();
        clock.add(10, TimeUnit.SECONDS);
        assertThat(scrape()).isNaN();
        assertThat(queries).hasValue(1);
    }

    private long countIncidents() {
        queries.incrementAndGet();
        return openIncidents;
    }

    private double scrape() {
        return registry.get("orderflow.incidents.open").gauge().value();
    }
}
