package ua.orderflow.sandbox.rozetka.seller;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ua.orderflow.sandbox.SandboxPart;

/**
 * Every seller account the sandbox serves: the default one ({@code orderflow.sandbox.username}) and
 * those in {@code orderflow.sandbox.sellers[]}. A token belongs to the account that logged in for it,
 * and the Seller API shows that account's orders, goods and chats alone.
 */
public final class SellerAccounts implements SandboxPart {

    /** The request attribute the Seller API interceptor leaves the token's account in. */
    public static final String REQUEST_ATTRIBUTE = "ua.orderflow.sandbox.seller";

    private final SellerAccount defaultAccount;
    private final Map<String, SellerAccount> byUsername = new LinkedHashMap<>();

    public SellerAccounts(List<SellerAccount> accounts) {
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("the sandbox needs its default seller account");
        }
        this.defaultAccount = accounts.get(0);
        for (SellerAccount account : accounts) {
            if (byUsername.putIfAbsent(account.username(), account) != null) {
                throw new IllegalArgumentException("orderflow.sandbox.sellers[]: login " + account.username()
                        + " appears twice");
            }
        }
    }

    public SellerAccount defaultAccount() {
        return defaultAccount;
    }

    /** The account these credentials open (the password base64-encoded, as in the login body). */
    public Optional<SellerAccount> login(String username, String base64Password) {
        SellerAccount account = username == null ? null : byUsername.get(username);
        return account != null && account.accepts(username, base64Password) ? Optional.of(account) : Optional.empty();
    }

    public Optional<SellerAccount> byUsername(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    /** The account by login, for the admin side; an unknown one is refused in words. */
    public SellerAccount named(String username) {
        if (username == null || username.isBlank()) {
            return defaultAccount;
        }
        return byUsername(username).orElseThrow(() -> new IllegalArgumentException(
                "У пісочниці немає продавця з логіном «" + username + "» (orderflow.sandbox.sellers)"));
    }

    /** The account whose id range holds the order (the default one for an id in no range). */
    public SellerAccount holding(long orderId) {
        return byUsername.values().stream().filter(a -> a.orders().ownsId(orderId)).findFirst().orElse(defaultAccount);
    }

    public List<SellerAccount> all() {
        return List.copyOf(byUsername.values());
    }

    /** The further accounts forget their orders and chats; the default one's are reset with the sandbox. */
    @Override
    public void reset() {
        for (SellerAccount account : byUsername.values()) {
            if (account != defaultAccount) {
                account.orders().reset();
                account.chats().reset();
            }
        }
    }
}
