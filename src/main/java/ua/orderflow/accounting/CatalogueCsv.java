package ua.orderflow.accounting;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as records, each with the physical line it starts on, in the dialect spreadsheets write:
 * an optional UTF-8 BOM, {@code ;} or {@code ,} between fields, quotes around a field holding either,
 * a quote (doubled) or a line break; spaces around fields dropped. Blank lines are skipped, also the
 * {@code ;;;;;;} Excel writes for a row it once formatted. Read as it streams, one record at a time.
 */
final class CatalogueCsv implements Closeable {

    /** A record's fields and the line it starts on. */
    record Line(long number, List<String> fields) {
    }

    /** The rest of the file cannot be read; {@code line} is where the record that failed starts. */
    static final class Unreadable extends RuntimeException {

        private final long line;

        Unreadable(long line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private static final char BOM = '\uFEFF';
    // the first line is read twice, for its separator and as data: this much of it is looked at
    private static final int FIRST_LINE_LOOK = 64 * 1024;
    // far beyond any catalogue line; past it the record is an unclosed quote, not data
    static final int MAX_RECORD_CHARS = 1_000_000;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final RecordLengthGuard guard;

    private CatalogueCsv(CSVParser parser, RecordLengthGuard guard) {
        this.parser = parser;
        this.records = parser.iterator();
        this.guard = guard;
    }

    static CatalogueCsv open(Reader source) throws IOException {
        BufferedReader in = new BufferedReader(source, FIRST_LINE_LOOK);
        in.mark(1);
        if (in.read() != BOM) {
            in.reset();
        }
        char separator = CsvSeparator.detect(in, FIRST_LINE_LOOK);
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(separator)
                .setQuote('"')
                // blank lines come as records so that the line count stays exact; skipped in next()
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                // "a"b reads as ab, as Excel reads it, instead of failing the rest of the file
                .setTrailingData(true)
                .get();
        RecordLengthGuard guard = new RecordLengthGuard(in, MAX_RECORD_CHARS);
        return new CatalogueCsv(format.parse(guard), guard);
    }

    /** The next record that is not blank; null at the end of the file. */
    Line next() {
        while (true) {
            long number = parser.getCurrentLineNumber() + 1;
            guard.recordStarts();
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw unreadable(number, e.getCause());
            }
            List<String> fields = record.toList();
            if (fields.stream().anyMatch(f -> !f.isEmpty())) {
                return new Line(number, fields);
            }
        }
    }

    private static RuntimeException unreadable(long line, IOException cause) {
        if (cause instanceof RecordLengthGuard.TooLong) {
            return new Unreadable(line, "запис довший за " + MAX_RECORD_CHARS + " символів, мабуть, не закрито"
                    + " лапки; решту файлу не імпортовано");
        }
        // with trailing data allowed, the one malformation left is a quote still open at the end
        if (cause instanceof CSVException) {
            return new Unreadable(line, "лапки, відкриті в цьому рядку, не закрито до кінця файлу;"
                    + " решту файлу не імпортовано");
        }
        return new UncheckedIOException(cause);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
