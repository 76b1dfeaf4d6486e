package ua.orderflow.accounting;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a catalogue with stock from CSV ({@link CatalogueFields#COLUMNS}), as Excel or any other tool
 * exports it. The default profile seeds the demo catalogue the sandbox sells from; a bad line is
 * reported, the rest still load.
 */
@Service
public class CatalogueImport {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImport.class);

    private final Stock stock;
    private final boolean demo;

    public CatalogueImport(Stock stock, @Value("${orderflow.accounting.demo-catalogue:true}") boolean demo) {
        this.stock = stock;
        this.demo = demo;
    }

    /** {@code rejected} counts every bad line; {@code problems} tells the first ones. */
    public record Result(int imported, int rejected, List<String> problems) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedDemoCatalogue() throws IOException {
        if (demo && stock.products().isEmpty()) {
            try (Reader csv = new InputStreamReader(new ClassPathResource("demo/catalogue.csv").getInputStream(),
                    StandardCharsets.UTF_8)) {
                Result result = importCsv(csv);
                log.info("Demo catalogue seeded: {} products", result.imported());
            }
        }
    }

    @Transactional
    public Result importCsv(String csv) {
        return importCsv(new StringReader(csv));
    }

    @Transactional
    public Result importCsv(Reader csv) {
        ImportProblems problems = new ImportProblems();
        int imported = 0;
        try (CatalogueRows rows = CatalogueRows.open(csv, problems)) {
            for (CatalogueRow row = rows.next(); row != null; row = rows.next()) {
                stock.upsert(row.offerId(), row.article(), row.name(), row.price(), row.category(), row.warehouse(),
                        row.quantity());
                imported++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(imported, problems.rejected(), problems.list());
    }
}
