package ua.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the fault suite: on the embedded default's H2 file, a kill -9 lost the last second of
 * committed transactions (H2 writes commits to the file in the background, a second late), while
 * ROZETKA already had what they had pushed: an order shipped and received at ROZETKA stayed at
 * "ship the order" with no expense note. The default URL writes every commit before it returns.
 * A JVM commits one row at a time on the default URL's settings and is killed at once; every
 * commit it reported must be in the file.
 */
class H2FileDurabilityTest {

    @TempDir
    Path dir;

    @Test
    void aCommitReportedBeforeAKillIsInTheFileAfterIt() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("orderflow") + settingsOfTheDefaultUrl();
        Path writer = dir.resolve("Writer.java");
        Files.writeString(writer, """
                import java.sql.*;
                public class Writer {
                    public static void main(String[] args) throws Exception {
                        try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
                            c.createStatement().execute("create table t (n int)");
                            for (int n = 1; ; n++) {
                                c.createStatement().execute("insert into t values (" + n + ")");
                                System.out.println(n);
                            }
                        }
                    }
                }
                """);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", h2Jar(), writer.toString(), url).redirectErrorStream(true).start();
        int lastReported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null && lastReported < 2000; ) {
                lastReported = Integer.parseInt(line.trim());
            }
            process.destroyForcibly();
            process.waitFor();
        }
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = c.createStatement().executeQuery("select max(n) from t")) {
            rows.next();
            assertThat(rows.getInt(1)).as("rows committed before the kill").isGreaterThanOrEqualTo(lastReported);
        }
    }

    /** The settings part (";…") of the default datasource URL in application.yml. */
    private static String settingsOfTheDefaultUrl() throws Exception {
        String yml = Files.readString(Path.of("src/main/resources/application.yml"));
        Matcher url = Pattern.compile("\\$\\{ORDERFLOW_DB_URL:jdbc:h2:file:\\./data/orderflow(;[^}]*)}").matcher(yml);
        assertThat(url.find()).as("the default H2 URL in application.yml").isTrue();
        return url.group(1);
    }

    private static String h2Jar() {
        return org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    }
}
