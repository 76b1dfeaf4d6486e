package ua.orderflow.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ua.orderflow.support.ServiceJvm;
import ua.orderflow.sync.SandboxAdmin;

/**
 * Two nodes on one PostgreSQL while orders arrive in batches and are worked; twice a node picked at
 * random is killed with SIGKILL and started again, the other one carrying on meanwhile.
 */
final class TwoNodes implements Scenario {

    private static final int KILLS = 2;

    private final int orders;
    private final Random random = new Random(Long.getLong("faults.seed", 13));

    TwoNodes(int orders) {
        this.orders = orders;
    }

    @Override
    public String name() {
        return "two nodes, one killed twice";
    }

    @Override
    public Map<String, Object> run(Lab lab) throws Exception {
        long start = System.nanoTime();
        SandboxAdmin sandbox = lab.sandbox();
        sandbox.reset();
        Database database = lab.postgres("two_nodes");
        List<ServiceJvm> nodes = List.of(lab.node("node-a", database, Map.of()), lab.node("node-b", database, Map.of()));
        try {
            // one first, so that the engine's tables and ours are created once
            nodes.get(0).start().awaitReady(Lab.START);
            nodes.get(1).start().awaitReady(Lab.START);
            Agreement agreement = Agreement.restockAndStart(database.jdbc(), sandbox);
            Lifecycle life = new Lifecycle(sandbox, new Manager(() -> nodes.get(0).alive() ? nodes.get(0) : nodes.get(1)));
            List<Long> ids = new ArrayList<>();
            List<String> killed = new ArrayList<>();
            int batches = 5;
            for (int batch = 0; batch < batches; batch++) {
                ids.addAll(life.order(orders / batches + (batch == batches - 1 ? orders % batches : 0)));
                life.round();
                if (batch % 2 == 1 && killed.size() < KILLS) {
                    ServiceJvm victim = nodes.get(random.nextInt(nodes.size()));
                    victim.kill();
                    killed.add(victim.name());
                    victim.start();
                    // the survivor works alone while the victim starts again
                    Scenario.await(victim.name() + " back", Lab.START, Duration.ofSeconds(3), () -> {
                        life.round();
                        return ready(victim);
                    });
                }
            }
            long lastKill = System.nanoTime();
            life.toReceipt(orders, Duration.ofMinutes(8));
            Agreement.Settled settled = agreement.settle(ids, Duration.ofMinutes(4));
            Map<String, Object> row = Scenario.row(name(), settled, start);
            row.put("recover_s", Scenario.seconds(Duration.ofNanos(System.nanoTime() - lastKill)));
            row.put("killed", String.join(", ", killed));
            return row;
        } finally {
            nodes.forEach(ServiceJvm::stop);
        }
    }

    private static boolean ready(ServiceJvm node) {
        return node.alive() && node.http().get("/actuator/health/readiness").statusCode() == 200;
    }
}
