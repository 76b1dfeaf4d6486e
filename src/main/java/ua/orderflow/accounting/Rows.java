package ua.orderflow.accounting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain rows as JSON-ready maps with lower-case keys: H2 reports column labels in upper case, PostgreSQL in lower. */
public final class Rows {

    private Rows() {
    }

    public static List<Map<String, Object>> lowerCaseKeys(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> lower = new LinkedHashMap<>();
            row.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
            return lower;
        }).toList();
    }
}
