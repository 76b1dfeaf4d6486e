package ua.orderflow.sandbox.rozetka.order;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The products buyers order in the sandbox: the demo catalogue the ledger's demo stock also holds,
 * plus the additional items (services) ROZETKA adds to an order, which have no stock.
 */
public final class Catalogue {

    public static final String RESOURCE = "demo/catalogue.csv";
    private static final long FIRST_ITEM_ID = 401_000_001L;

    private final List<CatalogueItem> products;
    private final List<CatalogueItem> additional;
    private final Map<String, Integer> quantities;

    private Catalogue(List<CatalogueItem> products, List<CatalogueItem> additional, Map<String, Integer> quantities) {
        this.products = List.copyOf(products);
        this.additional = List.copyOf(additional);
        this.quantities = Map.copyOf(quantities);
    }

    public static Catalogue load() {
        InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        List<CatalogueItem> products = new ArrayList<>();
        Map<String, Integer> categories = new LinkedHashMap<>();
        Map<String, Integer> quantities = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(";", -1)).toList();
            for (String[] f : rows) {
                int categoryId = categories.computeIfAbsent(f[4], c -> 4_620_000 + categories.size() + 1);
                products.add(new CatalogueItem(FIRST_ITEM_ID + products.size(), f[0], f[1], f[2],
                        new BigDecimal(f[3]), categoryId, f[4], false));
                quantities.merge(f[0], Integer.parseInt(f[6].trim()), Integer::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CatalogueItem> additional = List.of(
                new CatalogueItem(409_000_001L, "", "", "Подарункове пакування", new BigDecimal("49.00"),
                        4_629_001, "Додаткові послуги", true),
                new CatalogueItem(409_000_002L, "", "", "Додаткова гарантія 12 місяців", new BigDecimal("199.00"),
                        4_629_001, "Додаткові послуги", true));
        return new Catalogue(products, additional, quantities);
    }

    public List<CatalogueItem> products() {
        return products;
    }

    /** The units the seller first listed of an offer: the catalogue's quantity, every warehouse together. */
    public int quantity(String offerId) {
        return quantities.getOrDefault(offerId, 0);
    }

    public List<CatalogueItem> additionalItems() {
        return additional;
    }

    public Optional<CatalogueItem> byItemId(long itemId) {
        return Stream.concat(products.stream(), additional.stream()).filter(i -> i.itemId() == itemId).findFirst();
    }

    public Optional<CatalogueItem> byOfferId(String offerId) {
        return products.stream().filter(i -> i.offerId().equals(offerId)).findFirst();
    }
}
