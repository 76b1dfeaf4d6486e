package ua.orderflow.rozetka;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * The chat endpoints of the Seller API (rozetka-seller-api.md §8.1, [DOC messages.md]), answering raw
 * envelopes. {@code GET /messages/{chatId}} is left out on purpose: opening a chat marks every buyer
 * message in it read, so the client reads chats through the search instead and marks them read only
 * once a reply went out.
 */
interface SellerMessagesApi {

    @RequestLine("GET /messages/counts")
    @Headers({"Authorization: Bearer {token}", "Content-Language: uk"})
    JsonNode counts(@Param("token") String token);

    /** Without msgType ROZETKA lists only item chats; without the header it drops a filter it cannot read. */
    @RequestLine("GET /messages/search")
    @Headers({"Authorization: Bearer {token}", "Content-Language: uk", "Accept-Validate-Exception: 1"})
    JsonNode searchChats(@Param("token") String token, @QueryMap Map<String, Object> query);

    @RequestLine("GET /messages/{orderId}/order-chat")
    @Headers({"Authorization: Bearer {token}", "Content-Language: uk"})
    JsonNode orderChat(@Param("token") String token, @Param("orderId") long orderId);

    @RequestLine("POST /messages/create")
    @Headers({"Authorization: Bearer {token}", "Content-Language: uk", "Content-Type: application/json"})
    JsonNode createMessage(@Param("token") String token, Map<String, Object> body);

    @RequestLine("PUT /messages/{chatId}")
    @Headers({"Authorization: Bearer {token}", "Content-Language: uk", "Content-Type: application/json"})
    JsonNode updateChat(@Param("token") String token, @Param("chatId") long chatId, Map<String, Object> body);
}
