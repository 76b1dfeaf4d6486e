package ua.orderflow.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.orderflow.support.ServiceJvm;

/** The suite's figures: one row per scenario, written to target/faults/results.json and printed as a table. */
final class Results {

    private static final List<String> COLUMNS = List.of("scenario", "orders", "lost", "duplicated", "mismatched",
            "recover_s", "seconds");

    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final Map<String, Object> run = new LinkedHashMap<>();

    void add(Map<String, Object> row) {
        rows.add(row);
    }

    void about(String key, Object value) {
        run.put(key, value);
    }

    List<Map<String, Object>> rows() {
        return rows;
    }

    /** Rows whose lost, duplicated or mismatched is not 0 (or that failed before they could say). */
    List<String> failures() {
        List<String> failed = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            for (String figure : List.of("lost", "duplicated", "mismatched")) {
                Object value = row.get(figure);
                if (!(value instanceof Number number) || number.longValue() != 0) {
                    failed.add(row.get("scenario") + ": " + figure + " = " + value + " " + row.getOrDefault("problems", ""));
                }
            }
        }
        return failed;
    }

    void write() throws IOException {
        Files.createDirectories(ServiceJvm.DIR);
        Map<String, Object> all = new LinkedHashMap<>(run);
        all.put("scenarios", rows);
        Files.writeString(ServiceJvm.DIR.resolve("results.json"),
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(all));
        System.out.println(table());
    }

    String table() {
        StringBuilder table = new StringBuilder("\n| ");
        table.append(String.join(" | ", COLUMNS)).append(" | other figures |\n|");
        COLUMNS.forEach(c -> table.append("---|"));
        table.append("---|\n");
        for (Map<String, Object> row : rows) {
            table.append("| ");
            COLUMNS.forEach(column -> table.append(row.getOrDefault(column, "")).append(" | "));
            List<String> others = new ArrayList<>();
            row.forEach((key, value) -> {
                if (!COLUMNS.contains(key) && !"problems".equals(key)) {
                    others.add(key + " " + value);
                }
            });
            table.append(String.join(", ", others)).append(" |\n");
        }
        return table.toString();
    }
}
