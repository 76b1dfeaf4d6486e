package ua.orderflow.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ua.orderflow.sync.SandboxAdmin;

/**
 * Half the parcels end badly while a fifth of ROZETKA's calls fail: not picked up, refused on receipt,
 * sent back to the seller (83 → 84 → 85 → 19), lost by the carrier, or with a TTN the carrier does
 * not know (15, which the manager corrects; the new parcel has a fate of its own). Then the faults
 * stop and both sides must agree, and every order whose goods came back must have them back in stock.
 */
final class CarrierTrouble implements Scenario {

    static final String FATES = """
            {"notPickedUpShare":0.15,"refusedShare":0.15,"returnedShare":0.1,"incorrectTtnShare":0.1,
             "expiredShare":0,"lostShare":0.05}""";

    private static final int INCORRECT_TTN = 15;

    private final int orders;

    CarrierTrouble(int orders) {
        this.orders = orders;
    }

    @Override
    public String name() {
        return "carrier returns, refusals, losses, under faults";
    }

    @Override
    public Map<String, Object> run(Lab lab) throws Exception {
        long start = System.nanoTime();
        Lab.Stage stage = lab.stage("carrier");
        SandboxAdmin sandbox = stage.sandbox();
        Agreement agreement = stage.agreement();
        try {
            sandbox.carrier(FATES);
            Lifecycle life = stage.lifecycle();
            FlakyRozetka.faults(sandbox, FlakyRozetka.FAULTS);
            List<Long> ids = new ArrayList<>();
            int batch = Math.max(1, orders / 4);
            while (ids.size() < orders) {
                ids.addAll(life.order(Math.min(batch, orders - ids.size())));
                life.round();
            }
            boolean allUnderFaults = life.toFinalStatus(orders, Duration.ofSeconds(Scenario.size("carrier.seconds", 180)));
            var stats = sandbox.stats();
            sandbox.faults("{\"clear\":true}");
            long cleared = System.nanoTime();
            life.toFinalStatus(orders, Duration.ofMinutes(4));
            Agreement.Settled settled = agreement.settle(ids, Duration.ofMinutes(4));
            Map<String, Object> row = Scenario.row(name(), settled, start);
            row.put("recover_s", Scenario.seconds(Duration.ofNanos(System.nanoTime() - cleared)));
            row.put("calls_faulted", stats.path("faultsInjected").asLong() + " of " + stats.path("totalCalls").asLong());
            row.put("final_under_faults", allUnderFaults);
            row.put("final_statuses", life.finalStatuses());
            var db = stage.database().jdbc();
            row.put("orders_with_goods_back_in_stock", db.sql("select count(distinct invoice_id) from reservation"
                    + " where state = 'RETURNED'").query(Long.class).single());
            List<String> askedOtherwise = ttnCorrections(ids, sandbox, db, row);
            if (!askedOtherwise.isEmpty()) {
                row.put("mismatched", settled.tally().mismatched() + askedOtherwise.size());
                List<String> problems = new ArrayList<>(settled.tally().problems());
                askedOtherwise.stream().limit(8).forEach(problems::add);
                row.put("problems", problems);
            }
            row.put("supervisor_reviews_open", db.sql("select count(*) from act_ru_task where task_def_key_ in"
                    + " ('review-shipped-cancellation', 'review-delivery-status')").query(Long.class).single());
            return row;
        } finally {
            stage.node().stop();
        }
    }

    /**
     * A manager is asked about every order whose number ROZETKA's carrier did not know, once per
     * number: the orders where that did not hold, in words; the counts go into {@code row}.
     */
    private static List<String> ttnCorrections(List<Long> ids, SandboxAdmin sandbox,
            org.springframework.jdbc.core.simple.JdbcClient db, Map<String, Object> row) {
        Map<String, Long> corrections = new java.util.HashMap<>();
        db.sql("""
                select p.business_key_, count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
                where t.task_def_key_ = 'correct-ttn' group by p.business_key_""")
                .query((rs, n) -> corrections.put(rs.getString(1), rs.getLong(2))).list();
        long unknownTtns = 0;
        List<String> askedOtherwise = new ArrayList<>();
        for (long id : ids) {
            long fifteens = 0;
            for (var step : sandbox.order(id).path("order_status_history")) {
                fifteens += step.path("status_id").asInt() == INCORRECT_TTN ? 1 : 0;
            }
            unknownTtns += fifteens;
            long tasks = corrections.getOrDefault("sandbox:" + id, 0L);
            if (tasks > fifteens || (fifteens > 0 && tasks == 0)) {
                askedOtherwise.add(id + ": ROZETKA said 15 " + fifteens + " times, correct-ttn opened " + tasks);
            }
        }
        row.put("unknown_ttns_at_rozetka", unknownTtns);
        row.put("ttn_corrections", corrections.values().stream().mapToLong(Long::longValue).sum());
        return askedOtherwise;
    }
}
