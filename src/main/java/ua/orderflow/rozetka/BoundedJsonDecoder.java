package ua.orderflow.rozetka;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Util;
import feign.codec.Decoder;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Collection;

/**
 * JSON from ROZETKA's bytes, at most {@link #MAX_BYTES} of them. A real page of 20 expanded orders is
 * a few hundred KB; the fault suite's 10 MB page, read as Feign's Jackson decoder reads (characters
 * from a chunked stream), held a sync for minutes at full CPU and the heap with it. Bytes parse many
 * times faster, and a larger answer is refused as soon as it passes the limit.
 */
final class BoundedJsonDecoder implements Decoder {

    static final long MAX_BYTES = 8L * 1024 * 1024;

    private final ObjectMapper json;
    private final long maxBytes;

    BoundedJsonDecoder(ObjectMapper json, long maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (response.status() == 404 || response.status() == 204 || response.body() == null) {
            return Util.emptyValueOf(type);
        }
        Collection<String> length = response.headers().get("Content-Length");
        if (length != null && !length.isEmpty() && Long.parseLong(length.iterator().next().trim()) > maxBytes) {
            throw tooLarge(response.status());
        }
        try (InputStream body = new Capped(response.body().asInputStream(), maxBytes, response.status())) {
            return json.readValue(json.getFactory().createParser(body), json.constructType(type));
        }
    }

    private RozetkaException.Garbled tooLarge(int status) {
        return new RozetkaException.Garbled("ROZETKA's answer is larger than " + maxBytes + " bytes (HTTP " + status
                + ")", "вона більша за " + (maxBytes >> 20) + " МБ", status, null);
    }

    /** Fails the read once more than {@code max} bytes came. */
    private final class Capped extends FilterInputStream {
        private final long max;
        private final int status;
        private long read;

        Capped(InputStream in, long max, int status) {
            super(in);
            this.max = max;
            this.status = status;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw tooLarge(status);
            }
        }
    }
}
