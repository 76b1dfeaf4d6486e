package ua.orderflow.messages;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ua.orderflow.DbTime;

/**
 * The order chats as Order Flow keeps them (buyer_message): the buyer's messages as fetched, ours as
 * ROZETKA took them. A message already kept is never kept twice, however often it is fetched.
 */
@Component
public class BuyerThreads {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final JdbcClient jdbc;
    private final Clock clock;

    public BuyerThreads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One message; {@code sentAt} in UTC, as our tables keep time. */
    public record Line(long chatId, boolean fromBuyer, String body, LocalDateTime sentAt) {

        /** When it was written, Kyiv time, as the desk and the form show it. */
        public String shownAt() {
            return sentAt.atOffset(ZoneOffset.UTC).atZoneSameInstant(KYIV).format(SHOWN);
        }
    }

    /**
     * Keeps a message unless it is kept already; answers whether it was new. {@code kyivTime} is
     * ROZETKA's (local Kyiv time, no offset); null means now. Joins the caller's transaction.
     */
    public boolean keep(String shopId, Long orderId, long chatId, String key, boolean fromBuyer, String body,
            LocalDateTime kyivTime) {
        LocalDateTime sentAt = kyivTime == null ? DbTime.now(clock)
                : kyivTime.atZone(KYIV).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        // not an insert that fails: on PostgreSQL a failed statement would spoil the caller's transaction
        return jdbc.sql("""
                insert into buyer_message (shop_id, order_id, chat_id, remote_key, from_buyer, body, sent_at, fetched_at)
                select :shop, :order, :chat, :key, :buyer, :body, :sent, :now
                where not exists (select 1 from buyer_message
                                  where shop_id = :shop and chat_id = :chat and remote_key = :key)""")
                .param("shop", shopId).param("order", orderId).param("chat", chatId).param("key", key)
                .param("buyer", fromBuyer).param("body", body == null ? "" : body).param("sent", sentAt)
                .param("now", DbTime.now(clock))
                .update() > 0;
    }

    /** The order's chat, oldest first. */
    public List<Line> thread(String shopId, long orderId) {
        return jdbc.sql("""
                select chat_id, from_buyer, body, sent_at from buyer_message
                where shop_id = :shop and order_id = :order order by sent_at, id""")
                .param("shop", shopId).param("order", orderId)
                .query((rs, n) -> new Line(rs.getLong("chat_id"), rs.getBoolean("from_buyer"), rs.getString("body"),
                        rs.getTimestamp("sent_at").toLocalDateTime()))
                .list();
    }

    /** The chat as one text for the reply form: its last {@code last} messages, each with who and when. */
    public String threadText(String shopId, long orderId, int last) {
        List<Line> lines = thread(shopId, orderId);
        StringBuilder text = new StringBuilder();
        for (Line line : lines.subList(Math.max(0, lines.size() - last), lines.size())) {
            text.append(line.shownAt()).append(line.fromBuyer() ? " Покупець: " : " Магазин: ")
                    .append(line.body().isBlank() ? "(порожнє повідомлення)" : line.body()).append("\n\n");
        }
        return text.toString().strip();
    }
}
