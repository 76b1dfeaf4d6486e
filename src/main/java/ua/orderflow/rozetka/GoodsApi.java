package ua.orderflow.rozetka;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/** The Seller API's goods reads and the stock and price update (rozetka-seller-api.md §8.2). */
interface GoodsApi {

    @RequestLine("GET /goods/all")
    @Headers({"Authorization: Bearer {token}", "Content-Language: uk"})
    JsonNode allGoods(@Param("token") String token, @QueryMap Map<String, Object> query);

    @RequestLine("GET /goods/on-sale")
    @Headers({"Authorization: Bearer {token}", "Content-Language: uk"})
    JsonNode goodsOnSale(@Param("token") String token, @QueryMap Map<String, Object> query);

    @RequestLine("PUT /items/mass-update")
    @Headers({"Authorization: Bearer {token}", "Content-Language: uk", "Content-Type: application/json"})
    JsonNode massUpdate(@Param("token") String token, Map<String, Object> body);
}
