package ua.orderflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import ua.orderflow.sandbox.generator.BuyerMessageGeneratorProbe;
import ua.orderflow.sandbox.rozetka.chat.ChatBook;
import ua.orderflow.sandbox.rozetka.chat.ChatLine;
import ua.orderflow.sandbox.rozetka.chat.ChatNotFound;
import ua.orderflow.sandbox.rozetka.chat.MessageRefused;

/** The sandbox's order chats follow [DOC messages.md]; its buyers write at the seeded share. */
class BuyerChatsTest {

    private final SandboxFixture sandbox = new SandboxFixture();
    private final ChatBook chats = new ChatBook(sandbox.clock, sandbox.book);
    private final long order = sandbox.book.create(1, 26).get(0);

    @Test
    void everyOrderHasAChatButOnlyChatsWithAMessageAreListed() {
        ChatBook.ChatView chat = chats.orderChat(order);
        assertThat(chat.orderId()).isEqualTo(order);
        assertThat(chats.orderChat(order).id()).as("one chat per order").isEqualTo(chat.id());
        assertThat(chats.search(c -> true)).isEmpty();
        chats.buyerWrites(order, "Добрий день");
        assertThat(chats.search(c -> true)).extracting(ChatBook.ChatView::orderId).containsExactly(order);
        assertThatThrownBy(() -> chats.orderChat(999)).isInstanceOf(ChatNotFound.class);
    }

    @Test
    void theBuyersMessagesAreUnreadUntilTheSellerMarksTheChatRead() {
        chats.buyerWrites(order, "Перше");
        chats.buyerWrites(order, "Друге");
        assertThat(chats.counts()).isEqualTo(new ChatBook.Counts(1, 1, 2));
        long chat = chats.orderChat(order).id();
        chats.sellerWrites(chat, chats.orderChat(order).userId(), "Відповідь");
        assertThat(chats.counts().unreadMessages()).as("answering does not read the chat").isEqualTo(2);
        chats.markRead(chat, true);
        assertThat(chats.counts()).isEqualTo(new ChatBook.Counts(1, 0, 0));
        chats.markRead(chat, false);
        assertThat(chats.counts().unreadMessages()).as("read_market null: unread again").isEqualTo(2);
    }

    @Test
    void rozetkaRefusesAnEmptyBodyAndAForeignReceiverButTakesHtmlEmojiAndLengthAsTyped() {
        ChatBook.ChatView chat = chats.orderChat(order);
        assertThatThrownBy(() -> chats.sellerWrites(chat.id(), chat.userId(), "  "))
                .isInstanceOf(MessageRefused.class).hasMessageContaining("body");
        assertThatThrownBy(() -> chats.sellerWrites(chat.id(), chat.userId() + 1, "Текст"))
                .isInstanceOf(MessageRefused.class).hasMessageContaining("receiver_id");
        String typed = "<b>Жирний</b> 🙂 " + "д".repeat(10_000);
        ChatLine line = chats.sellerWrites(chat.id(), chat.userId(), typed);
        assertThat(line.body()).isEqualTo(typed);
        assertThat(line.sender()).isEqualTo(ChatLine.SELLER);
    }

    @Test
    void seededBuyersWriteTheSameAtTheShareAndNeverOnAFinalOrder() {
        List<String> first = writesOf(new SandboxFixture(), 0.5);
        List<String> second = writesOf(new SandboxFixture(), 0.5);
        assertThat(first).isEqualTo(second);
        assertThat(first.size()).as("about half of 200 turns").isBetween(70, 130);
        assertThat(writesOf(new SandboxFixture(), 0)).isEmpty();
    }

    private static List<String> writesOf(SandboxFixture fixture, double share) {
        List<Long> ids = fixture.book.create(20, 26);
        fixture.book.forceStatus(ids.get(0), 45, null);
        ChatBook book = new ChatBook(fixture.clock, fixture.book);
        BuyerMessageGeneratorProbe.turns(fixture, book, share, 200);
        assertThat(book.lines(ids.get(0))).as("a cancelled order's buyer does not write").isEmpty();
        return ids.stream().flatMap(id -> book.lines(id).stream().map(l -> id + ":" + l.body())).toList();
    }
}
