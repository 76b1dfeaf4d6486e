package ua.orderflow.web;

import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.access.Role;
import ua.orderflow.web.access.AllowedRoles;
import ua.orderflow.sync.journal.SyncEvent;
import ua.orderflow.sync.journal.SyncJournal;
import ua.orderflow.sync.journal.SyncRun;

/** The sync journal over REST: runs, a run's events, an order's events. */
@RestController
@AllowedRoles({Role.MANAGER, Role.SUPERVISOR})
public class SyncJournalController {

    private final SyncJournal journal;

    public SyncJournalController(SyncJournal journal) {
        this.journal = journal;
    }

    @GetMapping("/api/sync/runs")
    public List<SyncRun> runs(@RequestParam(required = false) String shop,
            @RequestParam(defaultValue = "50") int limit) {
        return journal.runs(shop, Math.min(Math.max(limit, 1), 500));
    }

    @GetMapping("/api/sync/runs/{id}")
    public SyncRun run(@PathVariable long id) {
        return journal.run(id).orElseThrow(() -> unknownRun(id));
    }

    @GetMapping("/api/sync/runs/{id}/events")
    public List<SyncEvent> runEvents(@PathVariable long id) {
        journal.run(id).orElseThrow(() -> unknownRun(id));
        return journal.runEvents(id);
    }

    private static NoSuchElementException unknownRun(long id) {
        return new NoSuchElementException("Запуску синхронізації " + id + " немає в журналі");
    }

    @GetMapping("/api/orders/{shop}/{orderId}/events")
    public List<SyncEvent> orderEvents(@PathVariable String shop, @PathVariable long orderId) {
        return journal.orderEvents(shop, orderId);
    }
}
