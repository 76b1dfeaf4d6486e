package ua.orderflow.process.security;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The saved Tasklist filters as the engine stores them (a JSON query per filter). A non-admin may run
 * a filter whose expressions are the harmless ones Tasklist itself offers (who am I, my groups, now,
 * a date from now), never one that an admin, or anyone before this guard, saved with another.
 */
final class StoredFilters {

    private static final Pattern HARMLESS = Pattern.compile(
            "\\$\\{(currentUser\\(\\)|currentUserGroups\\(\\)|now\\(\\)"
                    + "|dateTime\\(\\)(\\.(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes|Seconds)\\(\\d{1,4}\\))*"
                    + "(\\.toDate\\(\\))?)}");

    private final JdbcClient jdbc;

    StoredFilters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean runsForeignExpression(String filterId) {
        List<String> queries = jdbc.sql("select query_ from act_ru_filter where id_ = :id")
                .param("id", filterId).query(String.class).list();
        return queries.stream().flatMap(q -> ExpressionScan.jsonStrings(q).stream())
                .anyMatch(s -> ExpressionScan.MARK.matcher(s).find() && !HARMLESS.matcher(s.trim()).matches());
    }
}
