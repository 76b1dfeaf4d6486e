package ua.orderflow.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A CSV request body as text, streamed: decoded in the charset its Content-Type names (UTF-8 when it
 * names none), at most {@link #MAX_BYTES}. Bytes not of that charset come as U+FFFD, which the import
 * refuses line by line, so the line numbers stay exact and the lines that are fine still load.
 */
final class CsvUpload {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    /** The body is over the limit: told before it is read when the client says its length. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("Файл більший за " + MAX_BYTES / (1024 * 1024) + " МБ: розділіть його на кілька менших");
        }
    }

    private CsvUpload() {
    }

    static Reader reader(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new TooLarge();
        }
        // the header itself: the request's character encoding is forced to UTF-8 by Spring Boot's filter
        Charset charset = MediaType.parseMediaType(request.getHeader(HttpHeaders.CONTENT_TYPE))
                .getCharset();
        return new InputStreamReader(new Limited(request.getInputStream()),
                charset == null ? StandardCharsets.UTF_8 : charset);
    }

    /** A body sent without its length, or longer than it said, is counted as it is read. */
    private static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLarge();
            }
        }
    }
}
