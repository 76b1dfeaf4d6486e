package ua.orderflow.sandbox.rozetka.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.fault.CallStats;
import ua.orderflow.sandbox.rozetka.seller.SellerAccount;
import ua.orderflow.sandbox.rozetka.seller.SellerAccounts;

/**
 * {@code POST /sites} and {@code POST /sites/logout}. The password arrives base64-encoded, in JSON
 * or in a form body (old clients send multipart or urlencoded forms). A bad login is HTTP 200 with 1004.
 * Each seller account logs in with its own login; the token opens that account alone.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/rozetka/sites")
public class SellerAuthController {

    private final SellerAccounts accounts;
    private final TokenStore tokens;
    private final CallStats stats;

    public SellerAuthController(SellerAccounts accounts, TokenStore tokens, CallStats stats) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.stats = stats;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @SellerEndpoint(value = "sites", authenticated = false)
    public Map<String, Object> loginWithJson(@RequestBody(required = false) Map<String, Object> body) {
        Map<String, Object> credentials = body == null ? Map.of() : body;
        return login(string(credentials.get("username")), string(credentials.get("password")));
    }

    @PostMapping
    @SellerEndpoint(value = "sites", authenticated = false)
    public Map<String, Object> loginWithForm(@RequestParam(required = false) String username,
            @RequestParam(required = false) String password) {
        return login(username, password);
    }

    @PostMapping("/logout")
    @SellerEndpoint("sites.logout")
    public Map<String, Object> logout(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        tokens.revoke(authorization);
        return Envelope.ok(Map.of("logout", true));
    }

    private Map<String, Object> login(String username, String password) {
        SellerAccount account = accounts.login(username, password).orElse(null);
        stats.login(account != null);
        if (account == null) {
            return Envelope.bare("incorrect_username_password", Envelope.INCORRECT_USERNAME_PASSWORD);
        }
        boolean isDefault = account == accounts.defaultAccount();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", account.sellerId());
        content.put("access_token", isDefault ? tokens.issue() : tokens.issue(account.username()));
        content.put("permissions", List.of("order_edit", "order_view", "correspondence"));
        content.put("roles", List.of("seller_manager"));
        content.put("seller", Map.of("fio", "Менеджер магазину", "email", "shop@example.com",
                "first_phone", "380441234567"));
        content.put("market", Map.of("id", account.marketId(), "title", account.title(),
                "market_url", isDefault ? "demo-shop" : account.username(), "status", "active"));
        content.put("needInterview", false);
        content.put("lang", "uk");
        return Envelope.ok(content);
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
