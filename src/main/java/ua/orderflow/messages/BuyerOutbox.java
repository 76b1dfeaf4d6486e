package ua.orderflow.messages;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ua.orderflow.DbTime;

/**
 * Messages that must reach a buyer (design rule 10): written in the transaction of their cause, one
 * row per (order, kind, attempt), each sent by its own send-buyer-message instance. A cause that runs
 * again (a retried step) finds its row and queues nothing.
 */
@Component
public class BuyerOutbox {

    public static final String QUEUED = "QUEUED";
    public static final String SENT = "SENT";
    public static final String REFUSED = "REFUSED";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BuyerConversations conversations;

    public BuyerOutbox(JdbcClient jdbc, Clock clock, BuyerConversations conversations) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.conversations = conversations;
    }

    /** A queued message. {@code markRead}: a reply, after which the chat counts as read. */
    public record Row(long id, String shopId, long orderId, MessageKind kind, String attempt, String body,
            boolean markRead, String state, LocalDateTime createdAt) {
    }

    /** Queues the message and starts its sending; empty when this (order, kind, attempt) is queued already. */
    public Optional<Long> enqueue(String shopId, long orderId, MessageKind kind, String attempt, String body,
            boolean markRead) {
        int added = jdbc.sql("""
                insert into buyer_message_outbox (shop_id, order_id, template, attempt, body, mark_read, state, created_at)
                select :shop, :order, :kind, :attempt, :body, :read, 'QUEUED', :now
                where not exists (select 1 from buyer_message_outbox where shop_id = :shop and order_id = :order
                                  and template = :kind and attempt = :attempt)""")
                .param("shop", shopId).param("order", orderId).param("kind", kind.key()).param("attempt", attempt)
                .param("body", body).param("read", markRead).param("now", DbTime.now(clock))
                .update();
        if (added == 0) {
            return Optional.empty();
        }
        long id = jdbc.sql("""
                select id from buyer_message_outbox
                where shop_id = :shop and order_id = :order and template = :kind and attempt = :attempt""")
                .param("shop", shopId).param("order", orderId).param("kind", kind.key()).param("attempt", attempt)
                .query(Long.class).single();
        conversations.send(id, shopId, orderId);
        return Optional.of(id);
    }

    public Row find(long id) {
        return jdbc.sql("select * from buyer_message_outbox where id = :id").param("id", id)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("shop_id"), rs.getLong("order_id"),
                        MessageKind.byKey(rs.getString("template")).orElse(MessageKind.MANAGER),
                        rs.getString("attempt"), rs.getString("body"), rs.getBoolean("mark_read"),
                        rs.getString("state"), rs.getTimestamp("created_at").toLocalDateTime()))
                .single();
    }

    public void sent(long id, long chatId) {
        finish(id, SENT, chatId, null);
    }

    public void refused(long id, String reason) {
        finish(id, REFUSED, null, reason);
    }

    private void finish(long id, String state, Long chatId, String error) {
        jdbc.sql("""
                update buyer_message_outbox set state = :state, chat_id = :chat, last_error = :error,
                       sent_at = :now, tries = tries + 1 where id = :id""")
                .param("state", state).param("chat", chatId)
                .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 2000)))
                .param("now", DbTime.now(clock)).param("id", id)
                .update();
    }
}
