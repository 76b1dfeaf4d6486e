package ua.orderflow.sync;

import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import ua.orderflow.DbTime;
import ua.orderflow.order.StageMapping;
import ua.orderflow.rozetka.json.KyivDateTime;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.RunCounts;
import ua.orderflow.sync.journal.RunOutcome;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;
import ua.orderflow.sync.journal.SyncRun;
import ua.orderflow.sync.change.OrderView;
import ua.orderflow.sync.intake.IntakeGate;
import ua.orderflow.sync.intake.MarketplaceOrders;
import ua.orderflow.sync.state.ShopSyncState;

/**
 * One sync run of one shop: take the shop's lease, walk the window page by page, bring each page's
 * orders into line (several at once, {@link PageWorkers}), journal it all, and move the window only
 * when the run succeeded.
 */
@Service
public class ShopSync {

    private static final Logger log = LoggerFactory.getLogger(ShopSync.class);

    private final OrderSource source;
    private final OrderSyncer syncer;
    private final StageMapping stages;
    private final ShopSyncState state;
    private final SyncJournal journal;
    private final SyncProperties properties;
    private final SyncMetrics metrics;
    private final Clock clock;
    private final LeaseKeeper leases;
    private final IntakeGate intake;
    private final MarketplaceOrders orders;
    private final PageWorkers workers;

    public ShopSync(OrderSource source, OrderSyncer syncer, StageMapping stages, ShopSyncState state,
            SyncJournal journal, SyncProperties properties, SyncMetrics metrics, Clock clock, LeaseKeeper leases,
            IntakeGate intake, MarketplaceOrders orders, PageWorkers workers) {
        this.source = source;
        this.syncer = syncer;
        this.stages = stages;
        this.state = state;
        this.journal = journal;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
        this.leases = leases;
        this.intake = intake;
        this.orders = orders;
        this.workers = workers;
    }

    /** Runs a sync unless another run (on any node) holds the shop; then answers empty. */
    public Optional<SyncRun> sync(String shopId, String trigger) {
        if (!leases.take(shopId)) {
            return Optional.empty();
        }
        Timer.Sample started = metrics.runStarted();
        // a run that threw is a failed run for the dashboard, though its journal row could not say so
        RunOutcome outcome = RunOutcome.FAILED;
        try {
            Optional<SyncRun> run = journal.run(runHoldingLease(shopId, trigger));
            outcome = run.map(SyncRun::outcome).orElse(RunOutcome.FAILED);
            return run;
        } finally {
            metrics.runEnded(started, shopId, outcome);
            leases.giveUp(shopId);
        }
    }

    private long runHoldingLease(String shopId, String trigger) {
        LocalDateTime to = DbTime.now(clock);
        LocalDateTime from = state.lastSuccessTo(shopId).map(last -> last.minus(properties.overlap()))
                .orElse(to.minus(properties.firstLookback()));
        // holding the lease, no other run of this shop is alive: one still RUNNING died with its node
        int dead = journal.abandonRunning(shopId);
        if (dead > 0) {
            log.warn("Shop {}: {} run(s) left RUNNING by a node that stopped, marked failed", shopId, dead);
        }
        long run = journal.startRun(shopId, trigger, from, to);
        RunCounts counts = new RunCounts();
        boolean orderFailed = false;
        try {
            AtomicBoolean failed = new AtomicBoolean();
            source.changedOrders(shopId, kyiv(from), kyiv(to), orders.anyWithCarrier(shopId), page -> {
                page.malformed().forEach(bad -> {
                    counts.countWarning();
                    intake.journalOnce(run, shopId, bad.orderId(), bad.isPagingStop()
                            ? "Пошук замовлень зупинено: " + bad.problem()
                            : "Замовлення " + (bad.orderId() == null ? "без номера" : bad.orderId())
                                    + " не вдалося прочитати: " + bad.problem(), bad.raw());
                });
                workers.each(page.orders(), OrderView::id, order -> {
                    if (!bringIntoLine(run, shopId, order, counts)) {
                        failed.set(true);
                    }
                });
            });
            orderFailed = failed.get();
        } catch (OrderSource.SourceUnavailableException e) {
            journal.record(run, shopId, null, SourceTrouble.kind(e), Severity.ERROR,
                    SourceTrouble.inWords(e) + ". Вікно синхронізації не зсунуто, наступний запуск надолужить.",
                    null);
            journal.finish(run, RunOutcome.FAILED, counts, e.getMessage());
            return run;
        }
        RunOutcome outcome = counts.warnings() > 0 ? RunOutcome.WITH_WARNINGS : RunOutcome.OK;
        journal.finish(run, outcome, counts, null);
        // an order that failed on our side is retried from the same window next time
        if (!orderFailed) {
            state.moveWindow(shopId, to);
        }
        return run;
    }

    /** One order of the page; false when it failed on our side and the window must not move past it. */
    private boolean bringIntoLine(long run, String shopId, OrderView order, RunCounts counts) {
        counts.countSeen();
        if (!intake.admits(run, shopId, order)) {
            counts.countWarning();
            return true;
        }
        if (!stages.isKnown(order.status())) {
            counts.countWarning();
        }
        try {
            switch (syncer.sync(run, shopId, order)) {
                case IMPORTED -> counts.countImported();
                case UPDATED -> counts.countUpdated();
                default -> { }
            }
            return true;
        } catch (RuntimeException e) {
            counts.countWarning();
            log.warn("Sync of order {}:{} failed", shopId, order.id(), e);
            journal.record(run, shopId, order.id(), EventKind.SKIPPED, Severity.ERROR,
                    "Не вдалося обробити замовлення " + order.id() + ": " + e.getMessage()
                            + ". Наступна синхронізація спробує знову.", null);
            return false;
        }
    }

    private static LocalDateTime kyiv(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(KyivDateTime.KYIV).toLocalDateTime();
    }
}
