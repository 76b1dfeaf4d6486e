package ua.orderflow.novaposhta;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.Map;

/**
 * Nova Poshta's one JSON endpoint (novaposhta-api.md §1): the body names the model and the method.
 * The method is appended to the path as some older clients do, only so that logs and metrics tell
 * the calls apart: the body still decides.
 */
interface NovaPoshtaApi {

    @RequestLine("POST /{model}/{method}")
    @Headers("Content-Type: application/json")
    JsonNode call(@Param("model") String model, @Param("method") String method, Map<String, Object> body);
}
