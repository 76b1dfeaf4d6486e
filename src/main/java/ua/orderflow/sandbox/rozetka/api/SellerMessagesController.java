package ua.orderflow.sandbox.rozetka.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.rozetka.chat.ChatBook;
import ua.orderflow.sandbox.rozetka.chat.ChatJson;
import ua.orderflow.sandbox.rozetka.search.Page;
import ua.orderflow.sandbox.rozetka.search.SearchParams;
import ua.orderflow.sandbox.rozetka.seller.SellerAccount;
import ua.orderflow.sandbox.rozetka.seller.SellerAccounts;

/**
 * {@code /messages/*} (rozetka-seller-api.md §8.1, [DOC messages.md]): counts, the chat search
 * (only order chats exist here; without {@code msgType} ROZETKA lists item chats, so none), an order's
 * chat, one chat (which, as ROZETKA documents, marks it read), sending and marking read.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/rozetka/messages")
public class SellerMessagesController {

    @GetMapping("/counts")
    @SellerEndpoint("messages.counts")
    public Map<String, Object> counts(@RequestAttribute(SellerAccounts.REQUEST_ATTRIBUTE) SellerAccount seller) {
        return Envelope.ok(ChatJson.counts(seller.chats().counts()));
    }

    @GetMapping("/search")
    @SellerEndpoint("messages.search")
    public Map<String, Object> search(@RequestAttribute(SellerAccounts.REQUEST_ATTRIBUTE) SellerAccount seller, @RequestParam Map<String, String> params,
            @RequestHeader(name = SearchParams.VALIDATE_HEADER, required = false) String validate) {
        SearchParams query = new SearchParams(params);
        String type = query.oneOf("msgType", List.of("orders", "items"));
        Integer id = query.integer("id");
        Integer read = query.integer("read", r -> r == 0 || r == 1, "Значення «read» має бути 0 або 1.");
        Integer answered = query.integer("has_response_to_user", r -> r == 0 || r == 1,
                "Значення «has_response_to_user» має бути 0 або 1.");
        Integer page = query.integer("page", p -> p >= 1, "Значення «page» має бути не менше 1.");
        query.reportIf(SearchParams.validates(validate));
        Set<String> expand = OrderJson.expand(params.get("expand"));
        Predicate<ChatBook.ChatView> filter = chat -> "orders".equals(type)
                && (id == null || chat.id() == id)
                && (read == null || (read == 1) == (chat.unread() == 0))
                && (answered == null || (answered == 1) == chat.lines().stream().anyMatch(l -> !l.fromBuyer()));
        Page<Map<String, Object>> result = Page.of(seller.chats().search(filter), page == null ? 1 : page)
                .map(chat -> ChatJson.chat(chat, expand));
        return Envelope.ok(Envelope.list("chats", result));
    }

    @GetMapping("/{orderId}/order-chat")
    @SellerEndpoint("messages.order-chat")
    public Map<String, Object> orderChat(@RequestAttribute(SellerAccounts.REQUEST_ATTRIBUTE) SellerAccount seller, @PathVariable long orderId) {
        return Envelope.ok(ChatJson.chat(seller.chats().orderChat(orderId), Set.of()));
    }

    /** Opening a chat marks it and every buyer message in it read ([DOC messages.md] §3). */
    @GetMapping("/{chatId:\\d+}")
    @SellerEndpoint("messages.get")
    public Map<String, Object> open(@RequestAttribute(SellerAccounts.REQUEST_ATTRIBUTE) SellerAccount seller, @PathVariable long chatId, @RequestParam(required = false) String expand) {
        return Envelope.ok(ChatJson.chat(seller.chats().markRead(chatId, true), OrderJson.expand(expand)));
    }

    @PostMapping("/create")
    @SellerEndpoint("messages.create")
    public Map<String, Object> create(@RequestAttribute(SellerAccounts.REQUEST_ATTRIBUTE) SellerAccount seller, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new UnreadableBody("Тіло запиту має бути об'єктом JSON.");
        }
        return Envelope.ok(ChatJson.message(seller.chats().sellerWrites(number(body, "chat_id"), number(body, "receiver_id"),
                body.hasNonNull("body") ? body.path("body").asText() : null)));
    }

    /** {@code read_market}: a time marks the chat read, null unread again; {@code star_market} is kept as is. */
    @PutMapping("/{chatId:\\d+}")
    @SellerEndpoint("messages.update")
    public Map<String, Object> update(@RequestAttribute(SellerAccounts.REQUEST_ATTRIBUTE) SellerAccount seller, @PathVariable long chatId, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new UnreadableBody("Тіло запиту має бути об'єктом JSON.");
        }
        ChatBook chats = seller.chats();
        ChatBook.ChatView chat = body.has("read_market")
                ? chats.markRead(chatId, !body.path("read_market").isNull())
                : chats.chat(chatId);
        return Envelope.ok(ChatJson.chat(chat, Set.of()));
    }

    private static Long number(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (value.isIntegralNumber() || (value.isTextual() && value.asText().trim().matches("\\d+"))) {
            return value.asLong();
        }
        return null;
    }
}
