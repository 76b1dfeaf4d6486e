package ua.orderflow.novaposhta;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * PDFs from Nova Poshta's cabinet host (labels, registers). The key travels in the URL, so this stays
 * on the server.
 */
final class NpPrinting {

    private static final String PDF_MAGIC = "%PDF";

    private final String apiKey;
    private final String printUrl;
    private final HttpClient http;
    private final Duration readTimeout;

    NpPrinting(String apiKey, String printUrl, HttpClient http, Duration readTimeout) {
        this.apiKey = apiKey;
        this.printUrl = printUrl.endsWith("/") ? printUrl.substring(0, printUrl.length() - 1) : printUrl;
        this.http = http;
        this.readTimeout = readTimeout;
    }

    /** {@code what} names the document in Ukrainian, for the refusal a person reads. */
    byte[] pdf(String path, String what) {
        URI uri = URI.create(printUrl + path + "/type/pdf/apiKey/" + apiKey);
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(readTimeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new NovaPoshtaException.Unavailable("Nova Poshta's printing is unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NovaPoshtaException.Unavailable("interrupted while printing", e);
        }
        byte[] body = response.body();
        if (response.statusCode() != 200 || body.length < 4 || !new String(body, 0, 4).equals(PDF_MAGIC)) {
            // the cabinet answers an HTML page for an unknown document or a refused key
            throw new NovaPoshtaException.Refused("Нова Пошта не віддала " + what + " (HTTP " + response.statusCode()
                    + ")", List.of());
        }
        return body;
    }
}
