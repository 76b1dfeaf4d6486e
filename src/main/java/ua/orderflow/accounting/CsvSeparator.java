package ua.orderflow.accounting;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Tells {@code ;} from {@code ,} by the first line: Excel in a Ukrainian locale writes {@code ;} (the
 * comma is its decimal mark), most other tools {@code ,}. Only separators outside quotes count, so a
 * quoted {@code "1199,00"} in a {@code ;} file or a quoted {@code "a;b"} in a {@code ,} file does not
 * tip the choice.
 */
final class CsvSeparator {

    private CsvSeparator() {
    }

    /** Reads at most {@code limit} characters and puts them back; {@code ;} when the line has neither. */
    static char detect(BufferedReader in, int limit) throws IOException {
        in.mark(limit);
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        boolean content = false;
        for (int read = 0, c; read < limit && (c = in.read()) >= 0; read++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                // blank lines before the first record say nothing about the separator
                if (content) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
            content |= !Character.isWhitespace(c);
        }
        in.reset();
        return commas > semicolons ? ',' : ';';
    }
}
