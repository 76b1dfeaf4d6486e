package ua.orderflow.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fault suite (README "Reliability"): the service as separate JVMs on the embedded PostgreSQL
 * (and an H2 file), ROZETKA's faults driven over the sandbox's admin API, every scenario ending with
 * every ROZETKA order compared with our side. {@code mvn -B -Pfaults verify} runs all scenarios at
 * the -Dfaults.* sizes; plain {@code mvn -B verify} runs the short form: the kill -9 scenario on
 * PostgreSQL with a few orders. Writes target/faults/results.json and prints the table.
 */
class FaultSuiteIT {

    private static final boolean FULL = Boolean.getBoolean("faults.full");

    @Test
    void noOrderIsLostDoubledOrLeftDisagreeingWhateverTheFaults() throws Exception {
        long start = System.nanoTime();
        Results results = new Results();
        results.about("form", FULL ? "full (-Pfaults)" : "short (mvn verify)");
        try (Lab lab = new Lab().startRozetka()) {
            lab.awaitRozetka();
            // -Dfaults.only=H2 runs the scenarios whose name contains it
            String only = System.getProperty("faults.only", "");
            for (Scenario scenario : scenarios().stream().filter(s -> s.name().contains(only)).toList()) {
                Map<String, Object> row = runAlone(scenario, lab);
                System.out.println("fault suite: " + row);
                results.add(row);
            }
        }
        results.about("total_s", Scenario.seconds(Duration.ofNanos(System.nanoTime() - start)));
        results.write();
        assertThat(results.failures()).as(results.table()).isEmpty();
    }

    private static List<Scenario> scenarios() {
        if (!FULL) {
            return List.of(new KillMidSync(false, Scenario.size("kill.orders", 30), false));
        }
        return List.of(
                new FlakyRozetka(Scenario.size("flaky.orders", 300)),
                new CarrierTrouble(Scenario.size("carrier.orders", 120)),
                new ExpiringTokens(Scenario.size("tokens.orders", 100)),
                new KillMidSync(false, Scenario.size("kill.orders", 200), true),
                new KillMidSync(true, Scenario.size("kill.h2.orders", 100), true),
                new TwoNodes(Scenario.size("cluster.orders", 300)),
                new Burst(Scenario.size("burst.orders", 2000)),
                new WrongRozetkaAnswers(Scenario.size("wrong.orders", 40), Scenario.size("wrong.pad-bytes", 10 << 20)));
    }

    /** A scenario that breaks down is a row that says so, and the next scenario still runs. */
    private static Map<String, Object> runAlone(Scenario scenario, Lab lab) {
        try {
            return scenario.run(lab);
        } catch (Exception | AssertionError e) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("scenario", scenario.name());
            row.put("lost", "?");
            row.put("duplicated", "?");
            row.put("mismatched", "?");
            row.put("problems", List.of("did not finish: " + e));
            return row;
        }
    }
}
