package ua.orderflow.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL per test JVM, shared by every integration test class. zonky's own
 * shutdown hook is off: it would race Spring's and stop PostgreSQL under a still-running engine
 * (a 30-second hang at the end of the run). Spring Boot's shutdown handlers run after every
 * application context has closed, so PostgreSQL stops last.
 */
public final class SharedPostgres {

    private static EmbeddedPostgres postgres;

    private SharedPostgres() {
    }

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        // the tests and the benchmark fill tables from empty within seconds: statistics
                        // that follow them, as a production database's follow its size, instead of the
                        // default minute of plans made for empty tables
                        .setServerConfig("autovacuum_naptime", "5s")
                        // checkpoints as README "Running on PostgreSQL" advises a server under this load:
                        // fewer full-page images in the WAL the benchmark measures
                        .setServerConfig("max_wal_size", "8GB")
                        .setServerConfig("checkpoint_timeout", "30min");
                // the benchmark's -Dbench.statements=true: which statements the database spends its time on
                if (Boolean.getBoolean("bench.statements")) {
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                            .setServerConfig("pg_stat_statements.track", "all");
                }
                // -Dbench.explain-ms=N: the plan of every statement slower than N ms, in target/bench/postgres-log
                String explainMs = System.getProperty("bench.explain-ms");
                if (explainMs != null) {
                    builder.setServerConfig("session_preload_libraries", "auto_explain")
                            .setServerConfig("auto_explain.log_min_duration", explainMs)
                            .setServerConfig("auto_explain.log_analyze", "on")
                            .setServerConfig("logging_collector", "on")
                            .setServerConfig("log_directory", Path.of("target", "bench", "postgres-log").toAbsolutePath().toString());
                }
                // -Dbench.postgres=name=value,name=value: any further server settings, for one run's evidence
                // (log_autovacuum_min_duration=0, pg_stat_statements.track_planning=on, ...)
                for (String setting : System.getProperty("bench.postgres", "").split(",")) {
                    int eq = setting.indexOf('=');
                    if (eq > 0) {
                        builder.setServerConfig(setting.substring(0, eq).trim(), setting.substring(eq + 1).trim());
                    }
                }
                postgres = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = postgres;
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        // as the prod profile connects (application-prod.yml): the engine's batched inserts as multi-row ones
        return postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true";
    }

    /** The URL of a fresh, empty database {@code name} beside {@code postgres} on the server of {@code serverUrl}. */
    public static String freshDatabase(String serverUrl, String name) {
        try (Connection admin = DriverManager.getConnection(serverUrl, "postgres", "postgres")) {
            admin.createStatement().execute("drop database if exists " + name + " with (force)");
            admin.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return serverUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    }
}
