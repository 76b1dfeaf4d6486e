package ua.orderflow.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import ua.orderflow.support.ServiceJvm;
import ua.orderflow.sync.SandboxAdmin;

/** A burst of new orders at once: how long until ROZETKA has every one acknowledged (26), and the node's peak memory. */
final class Burst implements Scenario {

    private final int orders;

    Burst(int orders) {
        this.orders = orders;
    }

    @Override
    public String name() {
        return "burst of new orders";
    }

    @Override
    public Map<String, Object> run(Lab lab) throws Exception {
        long start = System.nanoTime();
        Lab.Stage stage = lab.stage("burst");
        SandboxAdmin sandbox = stage.sandbox();
        ServiceJvm node = stage.node();
        Agreement agreement = stage.agreement();
        try {
            double rssBefore = node.peakRssMb();
            long burst = System.nanoTime();
            List<Long> ids = sandbox.createOrders(orders, 1);
            Scenario.await("every order acknowledged", Duration.ofMinutes(10), Duration.ofSeconds(1),
                    () -> sandbox.countInStatus(26) >= orders);
            double acknowledged = Scenario.seconds(Duration.ofNanos(System.nanoTime() - burst));
            Agreement.Settled settled = agreement.settle(ids, Duration.ofMinutes(3));
            Map<String, Object> row = Scenario.row(name(), settled, start);
            row.put("all_acknowledged_s", acknowledged);
            row.put("rss_mb_before", Math.round(rssBefore));
            row.put("rss_peak_mb", Math.round(node.peakRssMb()));
            return row;
        } finally {
            node.stop();
        }
    }
}
