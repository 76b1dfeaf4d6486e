package ua.orderflow.faults;

import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import ua.orderflow.support.SharedPostgres;

/**
 * One scenario's database as the nodes get it (ORDERFLOW_DB_*) and as the checker reads it: the
 * test JVM reads our tables and the engine's ACT_* tables directly over JDBC.
 */
record Database(String url, String user, String password) {

    /**
     * An H2 file with the embedded default's settings, that both a node and the checker may open (the
     * first opener serves the others; H2 refuses that together with DB_CLOSE_ON_EXIT=FALSE).
     */
    static Database h2File(java.nio.file.Path file) {
        return new Database("jdbc:h2:file:" + file.toAbsolutePath() + ";TRACE_LEVEL_FILE=0;WRITE_DELAY=0;AUTO_SERVER=TRUE",
                "sa", "");
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    private DataSource dataSource() {
        try {
            return new SimpleDriverDataSource(DriverManager.getDriver(url), url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("no JDBC driver for " + url, e);
        }
    }

    java.util.Map<String, String> environment() {
        return java.util.Map.of("ORDERFLOW_DB_URL", url, "ORDERFLOW_DB_USER", user, "ORDERFLOW_DB_PASSWORD", password);
    }

    /** A fresh PostgreSQL database beside {@code postgres} on the same embedded server. */
    static Database freshPostgres(String postgresUrl, String name) {
        return new Database(SharedPostgres.freshDatabase(postgresUrl, name), "postgres", "postgres");
    }
}
