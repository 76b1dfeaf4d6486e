package ua.orderflow.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ua.orderflow.sync.SandboxAdmin;

/**
 * A fifth of ROZETKA's search, get and update calls fail while the orders arrive in batches and are
 * worked through their whole lifecycle (a tenth of them shipped from ROZETKA's cabinet): 5xx envelopes
 * (5503 maintenance), 429 with Retry-After, hangs past our read timeout and truncated JSON. Then the
 * faults stop and both sides must agree.
 */
final class FlakyRozetka implements Scenario {

    static final String FAULTS = """
            [{"endpoint":"orders.search","errorShare":0.1,"errorStatus":503,"timeoutShare":0.05,"timeoutMs":4000,"malformedShare":0.05},
             {"endpoint":"orders.get","errorShare":0.1,"errorStatus":429,"retryAfterSeconds":1,"timeoutShare":0.05,"timeoutMs":4000,"malformedShare":0.05},
             {"endpoint":"orders.update","errorShare":0.1,"errorStatus":502,"timeoutShare":0.05,"timeoutMs":4000,"malformedShare":0.05}]""";

    /** One order in ten is shipped from ROZETKA's cabinet while our ship task is open. */
    private static final int CABINET_EVERY = 10;

    private final int orders;

    FlakyRozetka(int orders) {
        this.orders = orders;
    }

    @Override
    public String name() {
        return "20% of ROZETKA calls fail";
    }

    @Override
    public Map<String, Object> run(Lab lab) throws Exception {
        long start = System.nanoTime();
        Lab.Stage stage = lab.stage("flaky");
        SandboxAdmin sandbox = stage.sandbox();
        Agreement agreement = stage.agreement();
        try {
            Lifecycle life = stage.lifecycle().shipFromCabinet(CABINET_EVERY);
            faults(sandbox, FAULTS);
            List<Long> ids = new ArrayList<>();
            int batch = Math.max(1, orders / 6);
            while (ids.size() < orders) {
                ids.addAll(life.order(Math.min(batch, orders - ids.size())));
                life.round();
            }
            // the faults last until every order is received or for faults.flaky.seconds, whichever is first
            boolean allUnderFaults = life.toReceipt(orders, Duration.ofSeconds(Scenario.size("flaky.seconds", 180)));
            var stats = sandbox.stats();
            sandbox.faults("{\"clear\":true}");
            long cleared = System.nanoTime();
            life.toReceipt(orders, Duration.ofMinutes(4));
            Agreement.Settled settled = agreement.settle(ids, Duration.ofMinutes(4));
            Map<String, Object> row = Scenario.row(name(), settled, start);
            row.put("recover_s", Scenario.seconds(Duration.ofNanos(System.nanoTime() - cleared)));
            row.put("calls_faulted", stats.path("faultsInjected").asLong() + " of " + stats.path("totalCalls").asLong());
            row.put("received_under_faults", allUnderFaults);
            row.put("card_orders", life.cardOrders());
            row.put("card_paid_while_waiting", life.paidWhileWaiting());
            row.put("shipped_from_cabinet", life.shippedFromCabinet());
            return row;
        } finally {
            stage.node().stop();
        }
    }

    /** Sets each rule of a JSON array of fault rules. */
    static void faults(SandboxAdmin sandbox, String rules) throws Exception {
        for (var rule : new com.fasterxml.jackson.databind.ObjectMapper().readTree(rules)) {
            sandbox.faults(rule.toString());
        }
    }
}
