package ua.orderflow.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import ua.orderflow.sync.SandboxAdmin;

/**
 * ROZETKA revokes every token once a second, so that tokens expire in the middle of syncs and of
 * status pushes, while orders are imported and worked to their receipt.
 */
final class ExpiringTokens implements Scenario {

    private final int orders;

    ExpiringTokens(int orders) {
        this.orders = orders;
    }

    @Override
    public String name() {
        return "tokens expire every second";
    }

    @Override
    public Map<String, Object> run(Lab lab) throws Exception {
        long start = System.nanoTime();
        Lab.Stage stage = lab.stage("tokens");
        SandboxAdmin sandbox = stage.sandbox();
        ScheduledExecutorService revoker = Executors.newSingleThreadScheduledExecutor();
        try {
            Agreement agreement = stage.agreement();
            Lifecycle life = stage.lifecycle();
            revoker.scheduleAtFixedRate(() -> sandbox.faults("{\"expireTokens\":true}"), 0, 1, TimeUnit.SECONDS);
            List<Long> ids = life.order(orders);
            boolean all = life.toReceipt(orders, Duration.ofSeconds(Scenario.size("tokens.seconds", 120)));
            // what is left is worked once the tokens stay
            revoker.shutdownNow();
            long stopped = System.nanoTime();
            var stats = sandbox.stats();
            life.toReceipt(orders, Duration.ofMinutes(3));
            Agreement.Settled settled = agreement.settle(ids, Duration.ofMinutes(4));
            Map<String, Object> row = Scenario.row(name(), settled, start);
            row.put("recover_s", Scenario.seconds(Duration.ofNanos(System.nanoTime() - stopped)));
            row.put("logins", stats.path("logins").asLong());
            row.put("received_while_revoked", all);
            return row;
        } finally {
            revoker.shutdownNow();
            stage.node().stop();
        }
    }
}
