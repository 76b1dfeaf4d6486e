package ua.orderflow.rozetka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import ua.orderflow.rozetka.model.BuyerChat;
import ua.orderflow.rozetka.model.ChatMessage;

/**
 * One contract for the chat calls of the Seller API client (rozetka-seller-api.md §8.1), run against
 * WireMock stubs built from [DOC messages.md]'s examples and against the sandbox over HTTP.
 */
abstract class RozetkaMessagesContract {

    /** A buyer's message as buyers type them: HTML that must stay text, an emoji, a line break. */
    static final String BUYER_TEXT = "Добрий день! Коли відправите? <b>Терміново</b> 🙏\nДякую";
    static final String REPLY = "Відправимо сьогодні, ТТН напишемо тут.";

    /** The chat calls of a fresh client (no cached token) of the shop behind this ROZETKA. */
    abstract RozetkaMessages messages();

    /** An order whose buyer wrote {@link #BUYER_TEXT} in its chat, which the seller has not read: its id. */
    abstract long buyerWrote();

    /** An order nobody wrote about yet: its id. */
    abstract long quietOrder();

    @Test
    void theCountersShowAnUnreadOrderChatOnceTheBuyerWrote() {
        buyerWrote();
        assertThat(messages().counts().ordersChatUnread()).isPositive();
        assertThat(messages().counts().anyUnread()).isTrue();
    }

    @Test
    void unreadChatsBringTheBuyersMessageAsTyped() {
        long order = buyerWrote();
        BuyerChat chat = messages().unreadOrderChats().stream().filter(c -> Long.valueOf(order).equals(c.orderId()))
                .findFirst().orElseThrow();
        assertThat(chat.type()).isZero();
        assertThat(chat.userId()).isPositive();
        assertThat(chat.unread()).isPositive();
        assertThat(chat.fromBuyer()).extracting(ChatMessage::body).contains(BUYER_TEXT);
        assertThat(chat.fromBuyer().get(0).created()).isNotNull();
        assertThat(chat.fromBuyer().get(0).key()).isNotBlank();
    }

    @Test
    void aReplyGoesIntoTheOrdersChatAndMarkingItReadTakesItOffTheUnreadList() {
        long order = buyerWrote();
        RozetkaMessages messages = messages();
        BuyerChat chat = messages.orderChat(order);
        assertThat(chat.orderId()).isEqualTo(order);

        ChatMessage sent = messages.send(chat.id(), chat.userId(), REPLY);
        assertThat(sent.chatId()).isEqualTo(chat.id());
        assertThat(sent.fromBuyer()).isFalse();
        assertThat(sent.body()).isEqualTo(REPLY);
        assertThat(messages.chat(chat.id()).messages()).extracting(ChatMessage::body).contains(BUYER_TEXT, REPLY);

        messages.markRead(chat.id());
        assertThat(messages.unreadOrderChats()).extracting(BuyerChat::orderId).doesNotContain(order);
        assertThat(messages.counts().anyUnread()).isFalse();
    }

    @Test
    void everyOrderHasAChatThoughTheSearchListsItOnlyOnceItHoldsAMessage() {
        long order = quietOrder();
        BuyerChat chat = messages().orderChat(order);
        assertThat(chat.id()).isPositive();
        assertThat(chat.orderId()).isEqualTo(order);
        assertThat(chat.messages()).isEmpty();
        assertThatThrownBy(() -> messages().chat(chat.id())).isInstanceOf(RozetkaException.NotFound.class);
    }

    @Test
    void anEmptyMessageIsRefusedAsRequiredParameterNotRetriedAsAnOutage() {
        long order = quietOrder();
        BuyerChat chat = messages().orderChat(order);
        assertThatThrownBy(() -> messages().send(chat.id(), chat.userId(), ""))
                .isInstanceOf(RozetkaException.class)
                .isNotInstanceOf(RozetkaException.Unavailable.class)
                .satisfies(e -> assertThat(((RozetkaException) e).code()).isEqualTo(1001));
    }
}
