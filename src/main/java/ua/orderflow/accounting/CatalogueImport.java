package ua.orderflow.accounting;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Loads a catalogue with stock from CSV ({@link CatalogueFields#COLUMNS}), as Excel or any other tool
 * exports it. The default profile seeds the demo catalogue the sandbox sells from; a bad line is
 * reported, the rest still load.
 */
@Service
public class CatalogueImport {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImport.class);
    private static final int CHUNK = 500;

    private final Stock stock;
    private final CatalogueWriter writer;
    private final boolean demo;

    CatalogueImport(Stock stock, CatalogueWriter writer,
            @Value("${orderflow.accounting.demo-catalogue:true}") boolean demo) {
        this.stock = stock;
        this.writer = writer;
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

    public Result importCsv(String csv) {
        return importCsv(new StringReader(csv));
    }

    /**
     * Reads the file as it streams and writes it in chunks, each chunk in a transaction of its own
     * rather than the whole file in one: an upload is read from the network while it is imported, and
     * one transaction across a slow upload would hold the locks on the stock rows orders reserve from.
     * A file that breaks off leaves the chunks before it written; importing it again is harmless, every
     * row being an upsert.
     */
    public Result importCsv(Reader csv) {
        ImportProblems problems = new ImportProblems();
        List<CatalogueRow> chunk = new ArrayList<>(CHUNK);
        int imported = 0;
        try (CatalogueRows rows = CatalogueRows.open(csv, problems)) {
            for (CatalogueRow row = rows.next(); row != null; row = rows.next()) {
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    imported += written(chunk);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        imported += written(chunk);
        return new Result(imported, problems.rejected(), problems.list());
    }

    private int written(List<CatalogueRow> chunk) {
        int size = chunk.size();
        if (size > 0) {
            writer.write(chunk);
            chunk.clear();
        }
        return size;
    }
}
