package ua.orderflow.accounting;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * The good rows of a catalogue file ({@link CatalogueFields#COLUMNS}), one at a time; each bad line
 * goes to the problems instead. The header row is optional: a first record whose first field is
 * {@code offer_id} is one.
 */
final class CatalogueRows implements Closeable {

    private final CatalogueCsv csv;
    private final ImportProblems problems;
    private boolean first = true;
    private boolean ended;

    private CatalogueRows(CatalogueCsv csv, ImportProblems problems) {
        this.csv = csv;
        this.problems = problems;
    }

    static CatalogueRows open(Reader source, ImportProblems problems) throws IOException {
        return new CatalogueRows(CatalogueCsv.open(source), problems);
    }

    /** The next good row; null at the end, or where the rest of the file cannot be read. */
    CatalogueRow next() {
        if (ended) {
            return null;
        }
        try {
            for (CatalogueCsv.Line line = csv.next(); line != null; line = csv.next()) {
                boolean header = first && line.fields().get(0).equalsIgnoreCase("offer_id");
                first = false;
                if (header) {
                    continue;
                }
                try {
                    return CatalogueFields.row(line.fields());
                } catch (BadRow e) {
                    problems.reject(line.number(), e.getMessage());
                }
            }
        } catch (CatalogueCsv.Unreadable e) {
            problems.stop(e.line(), e.getMessage());
        }
        ended = true;
        return null;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
