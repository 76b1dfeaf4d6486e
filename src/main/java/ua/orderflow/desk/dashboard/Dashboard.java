package ua.orderflow.desk.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import ua.orderflow.order.OrderStage;
import ua.orderflow.sync.StageNames;
import ua.orderflow.sync.intake.MarketplaceOrders;

/**
 * The supervisors' dashboard: orders per stage, late tasks, contact-deadline breaches, how long orders
 * take to be acknowledged, confirmed and shipped (p50 and p90 per day and per manager) and the open
 * incidents, as charts.
 */
@Service
public class Dashboard {

    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    /** Days on the per-day charts, today included. */
    static final int DAYS = 14;
    /** Orders looked at for the durations: a fortnight of a busy shop, and a ceiling on the page's work. */
    static final int MAX_ORDERS = 20_000;
    static final int MAX_INCIDENTS = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final Map<DayOfWeek, String> WEEKDAYS = Map.of(DayOfWeek.MONDAY, "пн", DayOfWeek.TUESDAY, "вт",
            DayOfWeek.WEDNESDAY, "ср", DayOfWeek.THURSDAY, "чт", DayOfWeek.FRIDAY, "пт", DayOfWeek.SATURDAY, "сб",
            DayOfWeek.SUNDAY, "нд");

    /** A figure with its chart. */
    public record Panel(String title, String figure, Charts.BarChart bars, Charts.LineChart lines) {
    }

    public record View(Panel stages, Panel overdue, long overdueTotal, Panel breaches, long breachesToday,
            long breachesThisWeek, List<Panel> perDay, List<Panel> perManager, List<EngineFigures.Incident> incidents,
            int orders) {
    }

    private final EngineFigures engine;
    private final MarketplaceOrders orders;
    private final Clock clock;

    public Dashboard(EngineFigures engine, MarketplaceOrders orders, Clock clock) {
        this.engine = engine;
        this.orders = orders;
        this.clock = clock;
    }

    public View view() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, KYIV);
        LocalDate first = today.minusDays(DAYS - 1L);
        List<LocalDate> days = first.datesUntil(today.plusDays(1)).toList();
        List<String> dayLabels = days.stream().map(d -> DAY.format(d) + " " + WEEKDAYS.get(d.getDayOfWeek())).toList();

        Map<String, Long> stageCounts = new TreeMap<>();
        orders.countsByShopAndStage().values().forEach(m -> m.forEach((stage, n) -> stageCounts.merge(stage, n, Long::sum)));
        List<String> stages = Arrays.stream(OrderStage.values()).map(Enum::name).toList();
        long all = stageCounts.values().stream().mapToLong(Long::longValue).sum();
        Panel stagePanel = new Panel("Замовлення за етапами", "усього " + all,
                Charts.bars(stages.stream().map(StageNames::of).toList(), List.of(new Charts.Series("замовлень", "s1",
                        stages.stream().map(s -> (double) stageCounts.getOrDefault(s, 0L)).toList())), Dashboard::count),
                null);

        Map<String, Long> overdue = engine.overdueTasks(now);
        long overdueTotal = overdue.values().stream().mapToLong(Long::longValue).sum();
        Panel overduePanel = new Panel("Прострочені задачі", overdueTotal == 0 ? "немає" : String.valueOf(overdueTotal),
                Charts.bars(List.copyOf(overdue.keySet()), List.of(new Charts.Series("задач", "s3",
                        overdue.values().stream().map(Long::doubleValue).toList())), Dashboard::count), null);

        Instant weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(KYIV).toInstant();
        Instant since = first.atStartOfDay(KYIV).toInstant();
        List<Instant> breaches = engine.slaBreaches(since.isBefore(weekStart) ? since : weekStart);
        Instant todayStart = today.atStartOfDay(KYIV).toInstant();
        long breachesToday = breaches.stream().filter(b -> !b.isBefore(todayStart)).count();
        long breachesWeek = breaches.stream().filter(b -> !b.isBefore(weekStart)).count();
        Map<LocalDate, Long> breachesByDay = new TreeMap<>();
        breaches.forEach(b -> breachesByDay.merge(LocalDate.ofInstant(b, KYIV), 1L, Long::sum));
        Panel breachPanel = new Panel("Порушення строку першого дзвінка за днями",
                "сьогодні " + breachesToday + ", цього тижня " + breachesWeek,
                Charts.bars(dayLabels, List.of(new Charts.Series("порушень", "s3",
                        days.stream().map(d -> (double) breachesByDay.getOrDefault(d, 0L)).toList())), Dashboard::count),
                null);

        List<EngineFigures.Milestones> milestones = engine.milestones(since, MAX_ORDERS);
        List<Panel> perDay = List.of(
                perDay("Від надходження до підтвердження отримання (статус 26)", milestones, days, dayLabels,
                        EngineFigures.Milestones::acknowledged),
                perDay("Від надходження до підтвердження з покупцем", milestones, days, dayLabels,
                        EngineFigures.Milestones::confirmed),
                perDay("Від надходження до відправлення", milestones, days, dayLabels, EngineFigures.Milestones::shipped));
        List<Panel> perManager = List.of(
                perManager("Підтвердження з покупцем за менеджерами", milestones, EngineFigures.Milestones::confirmed,
                        EngineFigures.Milestones::confirmedBy),
                perManager("Відправлення за менеджерами", milestones, EngineFigures.Milestones::shipped,
                        EngineFigures.Milestones::shippedBy));
        return new View(stagePanel, overduePanel, overdueTotal, breachPanel, breachesToday, breachesWeek, perDay,
                perManager, engine.openIncidents(MAX_INCIDENTS), milestones.size());
    }

    private static Panel perDay(String title, List<EngineFigures.Milestones> milestones, List<LocalDate> days,
            List<String> labels, Function<EngineFigures.Milestones, Instant> reached) {
        Map<LocalDate, List<Duration>> byDay = new TreeMap<>();
        List<Duration> every = new ArrayList<>();
        for (EngineFigures.Milestones m : milestones) {
            Instant at = reached.apply(m);
            if (at != null) {
                Duration took = Duration.between(m.started(), at);
                byDay.computeIfAbsent(LocalDate.ofInstant(m.started(), KYIV), d -> new ArrayList<>()).add(took);
                every.add(took);
            }
        }
        List<Percentiles> daily = days.stream().map(d -> Percentiles.of(byDay.getOrDefault(d, List.of()))).toList();
        Scale scale = Scale.of(daily.stream().map(Percentiles::p90Minutes).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0));
        Percentiles overall = Percentiles.of(every);
        String figure = overall.count() == 0 ? "ще немає замовлень, що пройшли цей крок"
                : "p50 " + Percentiles.words(overall.p50Minutes()) + ", p90 " + Percentiles.words(overall.p90Minutes())
                        + " (" + overall.count() + " замовл.)";
        return new Panel(title, figure, null, Charts.lines(labels, List.of(
                new Charts.Series("p50", "s1", daily.stream().map(p -> scale.of(p.p50Minutes())).toList()),
                new Charts.Series("p90", "s2", daily.stream().map(p -> scale.of(p.p90Minutes())).toList())),
                v -> scale.words(v), scale.unit()));
    }

    private static Panel perManager(String title, List<EngineFigures.Milestones> milestones,
            Function<EngineFigures.Milestones, Instant> reached, Function<EngineFigures.Milestones, String> by) {
        Map<String, List<Duration>> byManager = new TreeMap<>();
        for (EngineFigures.Milestones m : milestones) {
            Instant at = reached.apply(m);
            if (at != null) {
                String who = by.apply(m) == null ? "(без виконавця)" : by.apply(m);
                byManager.computeIfAbsent(who, w -> new ArrayList<>()).add(Duration.between(m.started(), at));
            }
        }
        List<String> managers = List.copyOf(byManager.keySet());
        List<Percentiles> each = managers.stream().map(w -> Percentiles.of(byManager.get(w))).toList();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < managers.size(); i++) {
            labels.add(managers.get(i) + " (" + each.get(i).count() + ")");
        }
        return new Panel(title, managers.isEmpty() ? "ще немає" : managers.size() + " менеджер(и)",
                Charts.bars(labels, List.of(new Charts.Series("p50", "s1", each.stream().map(Percentiles::p50Minutes).toList()),
                        new Charts.Series("p90", "s2", each.stream().map(Percentiles::p90Minutes).toList())),
                        Percentiles::words), null);
    }

    private static String count(double value) {
        return String.valueOf((long) value);
    }

    /** Seconds, minutes or hours on a line chart's axis, whichever keeps its figures small. */
    private record Scale(double minutesPerUnit, String unit) {

        static Scale of(double maxMinutes) {
            return maxMinutes > 180 ? new Scale(60, "год") : maxMinutes < 2 ? new Scale(1 / 60.0, "с") : new Scale(1, "хв");
        }

        Double of(Double minutes) {
            return minutes == null ? null : minutes / minutesPerUnit;
        }

        String words(double value) {
            return Percentiles.words(value * minutesPerUnit);
        }
    }
}
