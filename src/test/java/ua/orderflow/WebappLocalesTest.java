package ua.orderflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Ukrainian locale files against the webapps' own English ones (in the camunda-webapp-webjar jar):
 * only keys the webapp has, the same placeholders and markup, every text really in Ukrainian, and all
 * that a manager (Tasklist, the welcome page) and a supervisor (Cockpit's pages they work in) meet.
 */
class WebappLocalesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*\\w+\\s*}}|\\{}");
    private static final Pattern TAG = Pattern.compile("<(/?(a|b|br|code|em|i|p|span|strong))\\b[^>]*>");
    /** What may stay in Latin letters: names, ids, formats, markup, placeholders. */
    private static final Pattern LATIN_ALLOWED = Pattern.compile("ID|Order Flow|Camunda 7 CE|Camunda 8|Camunda|CSV|JSON"
            + "|null|CTRL|yyyy-MM-ddTHH:mm:ss|#resolve|<(a|br)\\b[^>]*>|</a>|&\\w+;|\\{\\{[^}]*}}");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{2,}");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    /** Cockpit's pages a supervisor works in: all their texts are translated, the rest fall back to English. */
    private static final List<String> SUPERVISOR_PAGES = List.of("COCKPIT_", "DASHBOARD_", "PROCESS_DEFINITION_",
            "PROCESS_INSTANCE_", "PLUGIN_INCIDENTS", "PLUGIN_JOB_RETRY", "PLUGIN_USER_TASKS", "PLUGIN_VARIABLE_",
            "PLUGIN_PROCESS_DEF", "PLUGIN_PROCESS_INSTANCE", "PLUGIN_TASK_", "PLGN_JRET_", "PLGN_SEAR_PI_",
            "PLGN_SKE_", "PAGE_LOGIN_", "CAM_WIDGET_HEADER_", "VARIABLE_INSPECT_", "PLUGIN_DECISION_TABLE_");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "welcome"})
    void everyTextIsTheWebappsOwnKeyInUkrainianWithItsPlaceholdersAndMarkup(String app) throws IOException {
        JsonNode english = locale(app, "en").path("labels");
        JsonNode ukrainian = locale(app, "uk").path("labels");
        List<String> problems = new ArrayList<>();
        ukrainian.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            String text = entry.getValue().asText();
            if (!english.has(key)) {
                problems.add(key + ": not a key of the webapp");
                return;
            }
            String original = english.path(key).asText();
            if (!found(PLACEHOLDER, text).equals(found(PLACEHOLDER, original))) {
                problems.add(key + ": placeholders " + found(PLACEHOLDER, text) + " instead of " + found(PLACEHOLDER, original));
            }
            if (!found(TAG, text).equals(found(TAG, original))) {
                problems.add(key + ": markup " + found(TAG, text) + " instead of " + found(TAG, original));
            }
            if (LATIN_WORD.matcher(LATIN_ALLOWED.matcher(text).replaceAll("")).find() || (!text.isBlank()
                    && LATIN_WORD.matcher(original).find() && !CYRILLIC.matcher(text).find()
                    && !LATIN_ALLOWED.matcher(text).matches())) {
                problems.add(key + ": not in Ukrainian: " + text);
            }
        });
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void whatAManagerMeetsIsAllTranslated(String app) throws IOException {
        assertThat(keys(locale(app, "uk").path("labels"))).isEqualTo(keys(locale(app, "en").path("labels")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cockpit"})
    void thePagesASupervisorWorksInAreAllTranslated(String app) throws IOException {
        Set<String> ukrainian = keys(locale(app, "uk").path("labels"));
        Set<String> missing = new TreeSet<>(keys(locale(app, "en").path("labels")));
        missing.removeIf(key -> ukrainian.contains(key) || SUPERVISOR_PAGES.stream().noneMatch(key::startsWith));
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "welcome"})
    void datesHaveEverythingTheEnglishOnesHave(String app) throws IOException {
        JsonNode english = locale("tasklist", "en").path("dateLocales");
        JsonNode ukrainian = locale(app, "uk").path("dateLocales");
        english.fieldNames().forEachRemaining(part -> assertThat(ukrainian.has(part)).as(part).isTrue());
        assertThat(keys(ukrainian.path("relativeTime"))).containsAll(keys(english.path("relativeTime")));
        assertThat(keys(ukrainian.path("longDateFormat"))).containsAll(keys(english.path("longDateFormat")));
        assertThat(ukrainian.path("months").path("format")).hasSize(12);
        assertThat(ukrainian.path("months").path("standalone")).hasSize(12);
        assertThat(ukrainian.path("weekdays")).hasSize(7);
    }

    private static JsonNode locale(String app, String language) throws IOException {
        String path = "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + language + ".json";
        try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            // the webapp's own files start with a byte order mark
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return JSON.readTree(text);
        }
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> found(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(pattern == TAG ? matcher.group(1) : matcher.group().replace(" ", ""));
        }
        found.sort(null);
        return found;
    }
}
