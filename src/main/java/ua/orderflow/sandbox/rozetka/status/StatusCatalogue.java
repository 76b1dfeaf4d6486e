package ua.orderflow.sandbox.rozetka.status;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** ROZETKA's statuses, read as data from {@code sandbox/order-statuses.csv}: names drift, code should not. */
public final class StatusCatalogue {

    public static final String RESOURCE = "sandbox/order-statuses.csv";

    private final Map<Integer, OrderStatus> byId;

    private StatusCatalogue(Map<Integer, OrderStatus> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    public static StatusCatalogue load() {
        InputStream in = StatusCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        Map<Integer, OrderStatus> statuses = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("id;"))
                    .map(line -> line.split(";", -1))
                    .map(f -> new OrderStatus(Integer.parseInt(f[0]), Integer.parseInt(f[1]), "1".equals(f[2]),
                            f[3], f[4], f[5]))
                    .forEach(status -> statuses.put(status.id(), status));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StatusCatalogue(statuses);
    }

    public Optional<OrderStatus> find(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    public OrderStatus get(int id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown ROZETKA status " + id));
    }

    public boolean needsTtn(int id) {
        return find(id).map(OrderStatus::needsTtn).orElse(false);
    }

    public boolean isFinal(int id) {
        return find(id).map(OrderStatus::isFinal).orElse(false);
    }

    public Collection<OrderStatus> all() {
        return byId.values();
    }
}
