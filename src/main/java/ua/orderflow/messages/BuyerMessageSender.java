package ua.orderflow.messages;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.stereotype.Component;
import ua.orderflow.rozetka.RozetkaClients;
import ua.orderflow.rozetka.RozetkaException;
import ua.orderflow.rozetka.RozetkaMessages;
import ua.orderflow.rozetka.model.BuyerChat;
import ua.orderflow.rozetka.model.ChatMessage;
import ua.orderflow.sync.journal.EventKind;
import ua.orderflow.sync.journal.Severity;
import ua.orderflow.sync.journal.SyncJournal;

/**
 * Sends one outbox message into the order's ROZETKA chat, once: a row already sent is left alone,
 * and before sending, a message with the same text that ROZETKA took after the row was queued (a
 * try whose answer was lost) counts as this one. ROZETKA unreachable: {@link Unreachable}, for the
 * step to retry; ROZETKA refusing: the row is refused and journalled, nothing retries.
 */
@Component
public class BuyerMessageSender {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final int QUOTE = 200;

    private final BuyerOutbox outbox;
    private final BuyerThreads threads;
    private final RozetkaClients clients;
    private final SyncJournal journal;
    private final InboundMessages inbound;

    public BuyerMessageSender(BuyerOutbox outbox, BuyerThreads threads, RozetkaClients clients, SyncJournal journal,
            InboundMessages inbound) {
        this.inbound = inbound;
        this.outbox = outbox;
        this.threads = threads;
        this.clients = clients;
        this.journal = journal;
    }

    public enum Outcome { SENT, ALREADY_SENT, REFUSED }

    /** ROZETKA could not be reached; the message says so in words a supervisor reads in Cockpit. */
    public static class Unreachable extends RuntimeException {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Outcome send(long outboxId) {
        BuyerOutbox.Row row = outbox.find(outboxId);
        if (!BuyerOutbox.QUEUED.equals(row.state())) {
            return Outcome.ALREADY_SENT;
        }
        RozetkaMessages chats = clients.messages(row.shopId());
        try {
            BuyerChat chat = chats.orderChat(row.orderId());
            ChatMessage sent = takenBefore(chats, chat.id(), row)
                    .orElseGet(() -> chats.send(chat.id(), chat.userId(), row.body()));
            threads.keep(row.shopId(), row.orderId(), chat.id(), sent.key(), false, row.body(), sent.created());
            if (row.markRead()) {
                // what the buyer wrote since the last fetch would be hidden by the read mark: take it in first
                inbound.take(row.shopId(), chats.chat(chat.id()));
                chats.markRead(chat.id());
            }
            outbox.sent(row.id(), chat.id());
            journal.record(null, row.shopId(), row.orderId(), EventKind.BUYER_MESSAGE_SENT, Severity.INFO,
                    "Покупцю надіслано повідомлення (" + row.kind().title() + "): "
                            + MessageText.quoted(row.body(), QUOTE), null);
            return Outcome.SENT;
        } catch (RozetkaException.Unavailable e) {
            throw new Unreachable("Не вдалося надіслати покупцю повідомлення (" + row.kind().title() + ") до замовлення "
                    + row.orderId() + ": ROZETKA недоступна (" + e.getMessage() + "). Крок повториться; "
                    + "повідомлення не буде надіслано двічі", e);
        } catch (RozetkaException e) {
            outbox.refused(row.id(), e.getMessage());
            journal.record(null, row.shopId(), row.orderId(), EventKind.BUYER_MESSAGE_REFUSED, Severity.ERROR,
                    "ROZETKA не прийняла повідомлення покупцю (" + row.kind().title() + "): " + e.getMessage()
                            + ". Повідомлення не надіслано; напишіть покупцю в кабінеті продавця", null);
            return Outcome.REFUSED;
        }
    }

    /**
     * Marks the order's chat read without a reply (the manager judged none was needed), after taking in
     * what the buyer wrote since the last fetch.
     */
    public void markRead(String shopId, long orderId) {
        RozetkaMessages chats = clients.messages(shopId);
        try {
            long chatId = chats.orderChat(orderId).id();
            inbound.take(shopId, chats.chat(chatId));
            chats.markRead(chatId);
        } catch (RozetkaException.Unavailable e) {
            throw new Unreachable("Не вдалося позначити прочитаним чат замовлення " + orderId
                    + ": ROZETKA недоступна (" + e.getMessage() + "). Крок повториться", e);
        }
    }

    /** Our own message ROZETKA already holds: same text, written after the row was queued. */
    private static Optional<ChatMessage> takenBefore(RozetkaMessages chats, long chatId, BuyerOutbox.Row row) {
        LocalDateTime queuedKyiv = row.createdAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(KYIV).toLocalDateTime()
                .minusMinutes(1);
        try {
            return chats.chat(chatId).messages().stream()
                    .filter(m -> !m.fromBuyer() && row.body().equals(m.body()))
                    .filter(m -> m.created() == null || !m.created().isBefore(queuedKyiv))
                    .findFirst();
        } catch (RozetkaException.NotFound e) {
            return Optional.empty(); // ROZETKA lists a chat only once it holds a message
        }
    }
}
