package ua.orderflow.desk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.orderflow.sync.intake.MarketplaceOrders;

/** The dashboard's figures from the engine's milestones: percentiles per day and per manager, breaches by day. */
class DashboardTest {

    // Wednesday 2 December 2026, 12:00 in Kyiv
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final List<EngineFigures.Milestones> milestones = new ArrayList<>();
    private final List<Instant> breaches = new ArrayList<>();
    private final EngineFigures engine = new EngineFigures() {
        @Override
        public Map<String, Long> overdueTasks(Instant now) {
            return Map.of("Відправити замовлення", 3L, "Підтвердити замовлення з покупцем", 1L);
        }

        @Override
        public List<Instant> slaBreaches(Instant since) {
            return breaches.stream().filter(b -> !b.isBefore(since)).toList();
        }

        @Override
        public List<Incident> openIncidents(int max) {
            return List.of(new Incident("pi-1", "sandbox:812000001", "Передати статус «Дані підтверджені»",
                    "ROZETKA не відповідає", NOW));
        }

        @Override
        public List<Milestones> milestones(Instant since, int max) {
            return milestones.stream().filter(m -> !m.started().isBefore(since)).toList();
        }
    };

    private Dashboard dashboard() {
        MarketplaceOrders orders = mock(MarketplaceOrders.class);
        when(orders.countsByShopAndStage()).thenReturn(Map.of("sandbox", Map.of("NEW", 2L, "CONFIRMED", 5L),
                "other", Map.of("CONFIRMED", 1L)));
        return new Dashboard(engine, orders, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void order(Instant started, int confirmMinutes, String by) {
        milestones.add(new EngineFigures.Milestones("sandbox:" + milestones.size(), started, started.plusSeconds(20),
                started.plus(Duration.ofMinutes(confirmMinutes)), by, null, null));
    }

    @Test
    void percentilesGoByTheNearestRankPerDayAndPerManager() {
        Instant today = Instant.parse("2026-12-02T07:00:00Z");
        for (int minutes = 10; minutes <= 100; minutes += 10) {
            order(today, minutes, minutes <= 50 ? "olena" : "petro");
        }
        order(Instant.parse("2026-11-30T07:00:00Z"), 240, "olena");
        // older than the fortnight: not counted
        order(Instant.parse("2026-11-01T07:00:00Z"), 5, "olena");

        Dashboard.View view = dashboard().view();

        assertThat(view.orders()).isEqualTo(11);
        Dashboard.Panel confirmed = view.perDay().get(1);
        // 11 orders: p50 the 6th (60 min), p90 the 10th (100 min)
        assertThat(confirmed.figure()).isEqualTo("p50 1 год, p90 1 год 40 хв (11 замовл.)");
        Charts.LineChart chart = confirmed.lines();
        assertThat(chart.xTicks()).extracting(Charts.Tick::text).contains("02.12 ср").doesNotContain("19.11 чт");
        // the fortnight has data on two days: Monday 30.11 (4 h) and today (p50 50 min, p90 90 min), in hours
        assertThat(chart.lines().get(0).dots()).extracting(Charts.Point::text)
                .containsExactly("30.11 пн: 4 год", "02.12 ср: 50 хв");
        assertThat(chart.lines().get(1).dots()).extracting(Charts.Point::text)
                .containsExactly("30.11 пн: 4 год", "02.12 ср: 1 год 30 хв");

        Charts.BarChart managers = view.perManager().get(0).bars();
        assertThat(managers.rows()).extracting(Charts.Row::label).containsExactly("olena (6)", "petro (5)");
        assertThat(managers.rows().get(1).bars()).extracting(Charts.Bar::text).containsExactly("1 год 20 хв", "1 год 40 хв");
        assertThat(view.perManager().get(1).figure()).isEqualTo("ще немає");
    }

    @Test
    void stagesOverdueTasksBreachesAndIncidentsAreCounted() {
        breaches.add(Instant.parse("2026-12-02T06:00:00Z"));
        breaches.add(Instant.parse("2026-11-30T12:00:00Z"));
        // Sunday: last week, still on the fortnight's chart
        breaches.add(Instant.parse("2026-11-29T12:00:00Z"));

        Dashboard.View view = dashboard().view();

        assertThat(view.stages().figure()).isEqualTo("усього 8");
        assertThat(view.stages().bars().rows()).extracting(Charts.Row::label).startsWith("Нове", "В обробці", "Підтверджено");
        assertThat(view.stages().bars().rows().get(2).bars().get(0).text()).isEqualTo("6");
        assertThat(view.overdueTotal()).isEqualTo(4);
        assertThat(view.breachesToday()).isEqualTo(1);
        assertThat(view.breachesThisWeek()).isEqualTo(2);
        assertThat(view.breaches().bars().rows()).hasSize(Dashboard.DAYS);
        assertThat(view.incidents()).singleElement().satisfies(i -> assertThat(i.message()).contains("ROZETKA"));
    }
}
