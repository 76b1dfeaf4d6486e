package ua.orderflow.accounting;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a record from growing without end: an unclosed quote, or a file without line breaks, would
 * otherwise make the CSV parser collect the rest of the file into one field in memory.
 */
final class RecordLengthGuard extends FilterReader {

    static final class TooLong extends IOException {
        TooLong() {
            super("record too long");
        }
    }

    private final long limit;
    private long sinceRecordStart;

    RecordLengthGuard(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /**
     * The parser reads ahead in blocks of a few thousand characters, so the count may include the
     * start of the next records: the limit is approximate by that much, which is what it needs to be.
     */
    void recordStarts() {
        sinceRecordStart = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            counted(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) throws TooLong {
        sinceRecordStart += n;
        if (sinceRecordStart > limit) {
            throw new TooLong();
        }
    }
}
