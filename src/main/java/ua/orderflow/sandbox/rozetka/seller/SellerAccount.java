package ua.orderflow.sandbox.rozetka.seller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import ua.orderflow.sandbox.rozetka.chat.ChatBook;
import ua.orderflow.sandbox.rozetka.goods.Shelf;
import ua.orderflow.sandbox.rozetka.order.OrderBook;

/**
 * One ROZETKA seller account of the sandbox: its login, and the orders, goods and chats no other
 * seller sees. {@code number} 0 is the default seller; the others follow in configuration order.
 */
public final class SellerAccount {

    private static final long FIRST_SELLER_ID = 5501;
    private static final long FIRST_MARKET_ID = 27_001;

    private final int number;
    private final String username;
    private final String password;
    private final String title;
    private final OrderBook orders;
    private final Shelf shelf;
    private final ChatBook chats;

    public SellerAccount(int number, String username, String password, String title, OrderBook orders, Shelf shelf,
            ChatBook chats) {
        this.number = number;
        this.username = username;
        this.password = password;
        this.title = title;
        this.orders = orders;
        this.shelf = shelf;
        this.chats = chats;
    }

    /** The login body's password is base64 of the plain one, as ROZETKA expects it. */
    boolean accepts(String login, String base64Password) {
        if (login == null || base64Password == null || !username.equals(login)) {
            return false;
        }
        byte[] expected = Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, base64Password.getBytes(StandardCharsets.UTF_8));
    }

    public String username() {
        return username;
    }

    public String title() {
        return title;
    }

    /** The manager's user id in the login answer, one per account. */
    public long sellerId() {
        return FIRST_SELLER_ID + number;
    }

    /** The shop's id ({@code market.id}) in the login answer. */
    public long marketId() {
        return FIRST_MARKET_ID + number;
    }

    public OrderBook orders() {
        return orders;
    }

    public Shelf shelf() {
        return shelf;
    }

    public ChatBook chats() {
        return chats;
    }

    @Override
    public String toString() {
        return "SellerAccount[" + username + "]";
    }
}
