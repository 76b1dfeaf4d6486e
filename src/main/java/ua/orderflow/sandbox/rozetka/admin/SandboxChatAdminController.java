package ua.orderflow.sandbox.rozetka.admin;

import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.rozetka.chat.ChatJson;
import ua.orderflow.sandbox.rozetka.chat.ChatNotFound;
import ua.orderflow.sandbox.rozetka.seller.SellerAccounts;

/**
 * The buyer's side of an order's chat, which the Seller API cannot play: the buyer writes (any text,
 * long, with HTML or emoji, as a buyer may type it), and the administrator may read the chat as ROZETKA holds it.
 * The order id says whose seller account the chat is in.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/admin/orders/{id}/messages")
public class SandboxChatAdminController {

    private static final Set<String> EVERYTHING = Set.of("messages", "user_fio");

    private final SellerAccounts accounts;

    public SandboxChatAdminController(SellerAccounts accounts) {
        this.accounts = accounts;
    }

    public record BuyerMessage(String body) {
    }

    @PostMapping
    public Map<String, Object> buyerWrites(@PathVariable long id, @RequestBody BuyerMessage message) {
        if (message == null || message.body() == null || message.body().isBlank()) {
            throw new IllegalArgumentException("body: the buyer's message text is required");
        }
        return ChatJson.chat(accounts.holding(id).chats().buyerWrites(id, message.body()), EVERYTHING);
    }

    @GetMapping
    public Map<String, Object> chat(@PathVariable long id) {
        return ChatJson.chat(accounts.holding(id).chats().orderChat(id), EVERYTHING);
    }

    @ExceptionHandler(ChatNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public Map<String, Object> notFound(ChatNotFound e) {
        return Map.of("error", "no " + e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Map<String, Object> badRequest(IllegalArgumentException e) {
        return Map.of("error", e.getMessage());
    }
}
