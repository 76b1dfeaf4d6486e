package ua.orderflow.novaposhta;

import com.fasterxml.jackson.databind.JsonNode;
import feign.FeignException;
import feign.RetryableException;
import feign.codec.DecodeException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** One shop's calls of Nova Poshta's JSON API: the envelope out, transport failures as Unavailable. */
final class NpTransport {

    private final NovaPoshtaApi api;
    private final String apiKey;

    NpTransport(NovaPoshtaApi api, String apiKey) {
        this.api = api;
        this.apiKey = apiKey;
    }

    JsonNode data(String model, String method, Map<String, Object> props) {
        return NpEnvelope.data(call(model, method, props, true));
    }

    JsonNode call(String model, String method, Map<String, Object> props, boolean withKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("apiKey", withKey ? apiKey : "");
        body.put("modelName", model);
        body.put("calledMethod", method);
        body.put("methodProperties", props);
        return transport(() -> api.call(model, method, body), model + "." + method);
    }

    private static JsonNode transport(Supplier<JsonNode> call, String what) {
        try {
            JsonNode body = call.get();
            if (body == null) {
                throw new NovaPoshtaException.Unavailable("Nova Poshta answered " + what + " with no body", null);
            }
            return body;
        } catch (RetryableException | DecodeException e) {
            throw new NovaPoshtaException.Unavailable("Nova Poshta is unreachable (" + what + "): " + e.getMessage(), e);
        } catch (FeignException e) {
            throw new NovaPoshtaException.Unavailable("Nova Poshta answered HTTP " + e.status() + " (" + what + ")", e);
        }
    }
}
