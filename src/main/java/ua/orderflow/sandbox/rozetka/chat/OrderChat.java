package ua.orderflow.sandbox.rozetka.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The chat ROZETKA keeps for one order (type 0): the buyer, every message either way, and when the
 * seller last read it. A buyer message after {@code readMarket} is unread.
 */
final class OrderChat {

    final long id;
    final long orderId;
    final long userId;
    final String userFio;
    final Instant created;
    Instant updated;
    Instant readMarket;
    final List<ChatLine> lines = new ArrayList<>();

    OrderChat(long id, long orderId, long userId, String userFio, Instant created) {
        this.id = id;
        this.orderId = orderId;
        this.userId = userId;
        this.userFio = userFio;
        this.created = created;
        this.updated = created;
    }

    int unread() {
        return (int) lines.stream().filter(ChatLine::fromBuyer)
                .filter(line -> readMarket == null || line.created().isAfter(readMarket)).count();
    }

    boolean listed() {
        return !lines.isEmpty();
    }

    boolean answered() {
        return lines.stream().anyMatch(line -> !line.fromBuyer());
    }
}
