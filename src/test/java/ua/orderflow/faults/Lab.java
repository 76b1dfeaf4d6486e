package ua.orderflow.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.orderflow.support.SandboxJvm;
import ua.orderflow.support.ServiceJvm;
import ua.orderflow.sync.SandboxAdmin;

/**
 * What every scenario runs on: an embedded PostgreSQL started by the test JVM, and ROZETKA, which is
 * the sandbox served by a JVM of its own that is never killed (a node's own sandbox would die with
 * it). Nodes are service JVMs whose one shop is that sandbox, over HTTP.
 */
final class Lab implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "faults-admin-secret";
    static final Duration START = Duration.ofMinutes(4);

    private final EmbeddedPostgres postgres;
    private final ServiceJvm rozetka;
    private final List<ServiceJvm> nodes = new ArrayList<>();

    Lab() {
        try {
            postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off").start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        rozetka = SandboxJvm.create("rozetka", ADMIN_PASSWORD, Map.of());
        // a test JVM stopped half-way (Ctrl+C, a build timeout) takes its service JVMs with it
        Runtime.getRuntime().addShutdownHook(new Thread(this::killAll, "faults-lab-cleanup"));
    }

    /** Starts ROZETKA's JVM without waiting: the first node may start meanwhile (its first sync just fails). */
    Lab startRozetka() {
        rozetka.start();
        return this;
    }

    void awaitRozetka() {
        rozetka.awaitReady(START);
    }

    SandboxAdmin sandbox() {
        return new SandboxAdmin(rozetka.port(), SandboxJvm.ADMIN, ADMIN_PASSWORD);
    }

    /** A fresh PostgreSQL database for one scenario. */
    Database postgres(String name) {
        return Database.freshPostgres(postgres.getJdbcUrl("postgres", "postgres"), name);
    }

    /**
     * A node on {@code database} whose shop "sandbox" is the ROZETKA JVM, syncing every 10 s, with a
     * read timeout of 3 s (so that a hang costs seconds, not half a minute) and a stable node id.
     */
    ServiceJvm node(String name, Database database, Map<String, String> more) {
        Map<String, String> environment = new LinkedHashMap<>(database.environment());
        environment.put("ORDERFLOW_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("ORDERFLOW_SANDBOX_ORDERS_PER_MINUTE", "0");
        environment.put("ORDERFLOW_SYNC_INTERVAL", "PT10S");
        environment.put("ORDERFLOW_SYNC_NODE_ID", name);
        Map<String, String> settings = new LinkedHashMap<>();
        // a list is replaced whole by the source that sets any of it: every field of the one shop
        String shop = "orderflow.shops[0].";
        settings.put(shop + "id", "sandbox");
        settings.put(shop + "name", "Пісочниця ROZETKA (окрема JVM)");
        settings.put(shop + "base-url", SandboxJvm.rozetkaUrl(rozetka.port()));
        settings.put(shop + "username", "sandbox");
        settings.put(shop + "password", "sandbox");
        settings.put(shop + "cash-desk", "Каса магазину");
        settings.put(shop + "bank-account", "UA213223130000026007233566001");
        settings.put(shop + "connect-timeout", "2s");
        settings.put(shop + "read-timeout", "3s");
        settings.put(shop + "token-lifetime", "23h");
        settings.putAll(more);
        ServiceJvm node = ServiceJvm.of(name, environment, settings);
        nodes.add(node);
        return node;
    }

    /**
     * A fresh database, a node on it started, and the books' start taken: how most scenarios begin.
     * The sandbox is reset first (its numbering starts again, so no order of an earlier scenario shows).
     */
    Stage stage(String name) {
        SandboxAdmin sandbox = sandbox();
        sandbox.reset();
        Database database = postgres(name.replace('-', '_'));
        ServiceJvm node = node(name, database, Map.of()).start().awaitReady(START);
        return new Stage(sandbox, database, node, Agreement.restockAndStart(database.jdbc(), sandbox));
    }

    record Stage(SandboxAdmin sandbox, Database database, ServiceJvm node, Agreement agreement) {
        Lifecycle lifecycle() {
            return new Lifecycle(sandbox, new Manager(() -> node));
        }
    }

    private void killAll() {
        nodes.forEach(ServiceJvm::kill);
        rozetka.kill();
    }

    @Override
    public void close() throws IOException {
        nodes.forEach(ServiceJvm::stop);
        rozetka.stop();
        postgres.close();
    }
}
