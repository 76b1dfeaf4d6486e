package ua.orderflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ua.orderflow.support.Http;
import ua.orderflow.support.PostgresIntegrationTest;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.RunCounts;
import ua.orderflow.sync.journal.RunOutcome;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;
import ua.orderflow.sync.state.ShopSyncState;

/** The journal and the per-shop lease on PostgreSQL, and the journal read over REST. */
@PostgresIntegrationTest
class SyncJournalIT {

    @Autowired
    SyncJournal journal;
    @Autowired
    ShopSyncState state;
    @LocalServerPort
    int port;

    @Test
    void oneNodeAtATimeHoldsAShopAndAnExpiredLeaseCanBeTaken() {
        assertThat(state.tryLease("lease-shop", "node-a", Duration.ofMinutes(5))).isTrue();
        assertThat(state.tryLease("lease-shop", "node-b", Duration.ofMinutes(5))).isFalse();
        // the holder may renew its own lease
        assertThat(state.tryLease("lease-shop", "node-a", Duration.ofMinutes(5))).isTrue();
        state.release("lease-shop", "node-a");
        assertThat(state.tryLease("lease-shop", "node-b", Duration.ofMinutes(5))).isTrue();
        // a lease that already ran out (a node died mid-sync) does not block the others
        state.release("lease-shop", "node-b");
        assertThat(state.tryLease("lease-shop", "node-c", Duration.ofSeconds(-1))).isTrue();
        assertThat(state.tryLease("lease-shop", "node-d", Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void aRunItsEventsAndAnOrdersEventsAreReadableOverRest() {
        LocalDateTime from = LocalDateTime.of(2026, 11, 23, 10, 0);
        long run = journal.startRun("journal-shop", "SCHEDULED", from, from.plusDays(1));
        journal.record(run, "journal-shop", 777L, EventKind.IMPORTED, Severity.INFO,
                "Замовлення 777 імпортовано на етап «Нове»", null);
        journal.record(run, "journal-shop", 777L, EventKind.UNKNOWN_PRODUCT, Severity.WARN,
                "Невідомий товар XYZ-1 у замовленні 777", "{\"offer\":\"XYZ-1\"}");
        RunCounts counts = new RunCounts();
        counts.countSeen();
        counts.countImported();
        counts.countWarning();
        journal.finish(run, RunOutcome.WITH_WARNINGS, counts, null);

        Http admin = Http.anonymous(port).as(PostgresIntegrationTest.ADMIN, PostgresIntegrationTest.ADMIN_PASSWORD);
        HttpResponse<String> runs = admin.get("/api/sync/runs?shop=journal-shop");
        assertThat(runs.statusCode()).isEqualTo(200);
        assertThat(runs.body()).contains("\"outcome\":\"WITH_WARNINGS\"", "\"imported\":1", "\"warnings\":1");
        assertThat(admin.get("/api/sync/runs/" + run + "/events").body())
                .contains("Замовлення 777 імпортовано", "UNKNOWN_PRODUCT");
        assertThat(admin.get("/api/orders/journal-shop/777/events").body()).contains("Невідомий товар XYZ-1");
        assertThat(Http.anonymous(port).get("/api/sync/runs").statusCode()).isEqualTo(401);
        assertThat(admin.get("/api/sync/runs/999999").statusCode()).isEqualTo(404);
    }
}
