package ua.orderflow.rozetka;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/** The Seller API endpoints Order Flow uses (rozetka-seller-api.md), answering raw envelopes. */
interface SellerApi {

    @RequestLine("POST /sites")
    @Headers("Content-Type: application/json")
    JsonNode login(Map<String, String> credentials);

    /** With Accept-Validate-Exception, ROZETKA reports a filter it cannot read instead of dropping it. */
    @RequestLine("GET /orders/search")
    @Headers({"Authorization: Bearer {token}", "Content-Language: uk", "Accept-Validate-Exception: 1"})
    JsonNode searchOrders(@Param("token") String token, @QueryMap Map<String, Object> query);

    @RequestLine("GET /orders/{id}?expand={expand}")
    @Headers({"Authorization: Bearer {token}", "Content-Language: uk"})
    JsonNode order(@Param("token") String token, @Param("id") long id, @Param("expand") String expand);

    @RequestLine("PUT /orders/{id}")
    @Headers({"Authorization: Bearer {token}", "Content-Language: uk", "Content-Type: application/json"})
    JsonNode updateOrder(@Param("token") String token, @Param("id") long id, Map<String, Object> body);

    /** The same PUT, with ROZETKA's answer (the updated order) carrying the expands asked for. */
    @RequestLine("PUT /orders/{id}?expand={expand}")
    @Headers({"Authorization: Bearer {token}", "Content-Language: uk", "Content-Type: application/json"})
    JsonNode updateOrder(@Param("token") String token, @Param("id") long id, @Param("expand") String expand,
            Map<String, Object> body);

    @RequestLine("GET /order-statuses/search?page={page}")
    @Headers({"Authorization: Bearer {token}", "Content-Language: uk", "Accept-Validate-Exception: 1"})
    JsonNode orderStatuses(@Param("token") String token, @Param("page") int page);

    @RequestLine("GET /orders/counts-new")
    @Headers({"Authorization: Bearer {token}", "Content-Language: uk"})
    JsonNode countsNew(@Param("token") String token);
}
