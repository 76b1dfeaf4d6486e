package ua.orderflow.sandbox.rozetka.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Which status may follow which, read as data from {@code sandbox/status-transitions.csv}: ROZETKA
 * decides per status and delivery type, and the rules are corrected as sources are, not as code is.
 * Rows keep the file's order, which is the order status_available lists them in.
 */
public final class TransitionTable {

    public static final String RESOURCE = "sandbox/status-transitions.csv";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#')
            .setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private final List<StatusTransition> rows;
    // looked up on every PUT and every carrier step: indexed once
    private final Map<Integer, List<StatusTransition>> sellerByFrom;
    private final Map<Integer, List<StatusTransition>> carrierByFrom;

    TransitionTable(List<StatusTransition> rows) {
        this.rows = List.copyOf(rows);
        this.sellerByFrom = byFrom(this.rows, true);
        this.carrierByFrom = byFrom(this.rows, false);
    }

    private static Map<Integer, List<StatusTransition>> byFrom(List<StatusTransition> rows, boolean seller) {
        return rows.stream().filter(t -> t.bySeller() == seller)
                .collect(Collectors.groupingBy(StatusTransition::from, Collectors.toUnmodifiableList()));
    }

    public static TransitionTable load() {
        InputStream in = TransitionTable.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        List<StatusTransition> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord record : FORMAT.parse(reader)) {
                String share = record.get("share");
                rows.add(new StatusTransition(Integer.parseInt(record.get("id")), Integer.parseInt(record.get("from")),
                        Integer.parseInt(record.get("to")), Integer.parseInt(record.get("delivery_type")),
                        StatusTransition.Actor.valueOf(record.get("actor").toUpperCase(Locale.ROOT)),
                        share.isEmpty() ? null : share, record.get("source")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TransitionTable(rows);
    }

    /** What a seller may set next from {@code from}, for either delivery type: ROZETKA's status_available. */
    public List<StatusTransition> sellerFrom(int from) {
        return sellerByFrom.getOrDefault(from, List.of());
    }

    public boolean sellerMay(int from, int to) {
        return sellerFrom(from).stream().anyMatch(t -> t.to() == to);
    }

    public boolean sellerMay(int from, int to, int deliveryType) {
        return sellerFrom(from).stream().anyMatch(t -> t.to() == to && t.deliveryType() == deliveryType);
    }

    /** Where tracking may take a parcel in {@code from}; empty when the carrier leaves it there. */
    public List<StatusTransition> carrierFrom(int from) {
        return carrierByFrom.getOrDefault(from, List.of());
    }

    public List<StatusTransition> all() {
        return rows;
    }
}
