package ua.orderflow.accounting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a catalogue with stock from CSV: {@code offer_id;article;name;price;category;warehouse;quantity}.
 * The default profile seeds the demo catalogue the sandbox sells from; a bad line is reported, the
 * rest still load.
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

    public record Result(int imported, List<String> problems) {
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
        List<String> problems = new ArrayList<>();
        int imported = 0;
        try (BufferedReader lines = new BufferedReader(csv)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("offer_id") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(";", -1);
                try {
                    if (f.length < 7 || f[0].isBlank() || f[2].isBlank()) {
                        throw new IllegalArgumentException("очікується 7 полів: offer_id;article;name;price;category;warehouse;quantity");
                    }
                    stock.upsert(f[0].trim(), f[1].trim(), f[2].trim(), new BigDecimal(f[3].trim()), f[4].trim(),
                            f[5].trim(), Integer.parseInt(f[6].trim()));
                    imported++;
                } catch (IllegalArgumentException e) {
                    problems.add("Рядок " + number + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(imported, problems);
    }
}
