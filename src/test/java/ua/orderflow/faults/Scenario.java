package ua.orderflow.faults;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;

/** One scenario of the fault suite: it runs on the lab and answers its row of figures. */
interface Scenario {

    String name();

    Map<String, Object> run(Lab lab) throws Exception;

    /** The row every scenario reports: the comparison's figures and the time to agreement. */
    static Map<String, Object> row(String scenario, Agreement.Settled settled, long startNanos) {
        Map<String, Object> row = new LinkedHashMap<>();
        Tally tally = settled.tally();
        row.put("scenario", scenario);
        row.put("orders", tally.orders());
        row.put("lost", tally.lost());
        row.put("duplicated", tally.duplicated());
        row.put("mismatched", tally.mismatched());
        row.put("recover_s", seconds(settled.took()));
        row.put("seconds", seconds(Duration.ofNanos(System.nanoTime() - startNanos)));
        if (tally.jobsWithoutRetries() + tally.incidents() + tally.stockOffBalance() > 0) {
            row.put("jobs_without_retries", tally.jobsWithoutRetries());
            row.put("incidents", tally.incidents());
            row.put("stock_off_balance", tally.stockOffBalance());
        }
        if (!tally.problems().isEmpty()) {
            row.put("problems", tally.problems());
        }
        return row;
    }

    static double seconds(Duration duration) {
        return Math.round(duration.toMillis() / 100.0) / 10.0;
    }

    /** Polls {@code done} every {@code every} for up to {@code limit}, as someone watching would. */
    static void await(String what, Duration limit, Duration every, BooleanSupplier done) {
        Awaitility.await(what).atMost(limit).pollInterval(every).ignoreExceptions().until(done::getAsBoolean);
    }

    /** An integer setting of the suite (-Dfaults.NAME=N), with its default. */
    static int size(String name, int fallback) {
        return Integer.getInteger("faults." + name, fallback);
    }
}
