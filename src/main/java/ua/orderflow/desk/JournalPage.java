package ua.orderflow.desk;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ua.orderflow.shop.Shops;
import ua.orderflow.sync.journal.EventKind;

/** The sync journal: runs that did something or failed, and events by shop, severity, kind and date. */
@Controller
public class JournalPage {

    private static final Map<String, String> SEVERITIES = Map.of("INFO", "інформація", "WARN", "попередження",
            "ERROR", "помилка");
    private static final Map<String, String> OUTCOMES = Map.of("OK", "успішно", "WITH_WARNINGS", "з попередженнями",
            "FAILED", "не вдалося", "RUNNING", "триває");

    private final DeskJournal journal;
    private final Shops shops;

    public JournalPage(DeskJournal journal, Shops shops) {
        this.journal = journal;
        this.shops = shops;
    }

    @GetMapping("/desk/journal")
    public String show(@RequestParam(required = false) String shop, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        shop = blankToNull(shop);
        severity = severity != null && SEVERITIES.containsKey(severity) ? severity : null;
        String asked = kind;
        kind = Arrays.stream(EventKind.values()).anyMatch(k -> k.name().equals(asked)) ? kind : null;
        model.addAttribute("runs", journal.runs(shop));
        model.addAttribute("events", journal.events(shop, severity, kind, from, to));
        model.addAttribute("shops", shops.shops());
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("severities", SEVERITIES);
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("f", Map.of("shop", shop == null ? "" : shop, "severity", severity == null ? "" : severity,
                "kind", kind == null ? "" : kind, "from", from == null ? "" : from.toString(),
                "to", to == null ? "" : to.toString()));
        return "desk/journal";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
