package ua.orderflow.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates are filled from the order, per shop and switchable; a message is checked before it is queued. */
class MessageTemplatesTest {

    private static final OrderFacts FACTS = new OrderFacts("Коваленко Олена", 812000001, "20450000000001",
            "Нова Пошта", "2 310,00 грн", "");

    private final MessageProperties properties = new MessageProperties(null, null, null, Map.of(
            "shipped", new MessageProperties.Template(true, "№ {number}: {carrier}, ТТН {ttn}, {amount}. {name}!"),
            "cancelled", new MessageProperties.Template(false, "Скасовано: {reason}"),
            "not-reached-first", new MessageProperties.Template(null, "Не додзвонилися, {name}")),
            Map.of("own", Map.of("shipped", new MessageProperties.Template(true, "Своє: {ttn}"))));
    private final MessageTemplates templates = new MessageTemplates(properties);

    @Test
    void aTemplateIsFilledFromTheOrder() {
        assertThat(templates.fill("sandbox", MessageKind.SHIPPED, FACTS))
                .contains("№ 812000001: Нова Пошта, ТТН 20450000000001, 2 310,00 грн. Коваленко Олена!");
        assertThat(templates.fill("sandbox", MessageKind.NOT_REACHED_FIRST, FACTS)).as("enabled unless false")
                .contains("Не додзвонилися, Коваленко Олена");
    }

    @Test
    void aShopsOwnTemplateWinsAndASwitchedOffOneSendsNothing() {
        assertThat(templates.fill("own", MessageKind.SHIPPED, FACTS)).contains("Своє: 20450000000001");
        assertThat(templates.fill("sandbox", MessageKind.CANCELLED, FACTS.withReason("немає в наявності"))).isEmpty();
        assertThat(templates.fill("sandbox", MessageKind.PAYMENT_REMINDER, FACTS)).as("not configured").isEmpty();
    }

    @Test
    void previewsShowEveryConfiguredTemplateAsTheBuyerWouldReadItAndSayWhichAreOff() {
        assertThat(templates.previews("sandbox", FACTS)).extracting(MessageTemplates.Preview::kind,
                MessageTemplates.Preview::enabled).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MessageKind.NOT_REACHED_FIRST, true),
                        org.assertj.core.groups.Tuple.tuple(MessageKind.SHIPPED, true),
                        org.assertj.core.groups.Tuple.tuple(MessageKind.CANCELLED, false));
    }

    @Test
    void emptyAndOverlongMessagesAreRefusedInUkrainianWhileHtmlAndEmojiGoAsTyped() {
        assertThatThrownBy(() -> MessageText.checked(" \n ", 10)).isInstanceOf(MessageText.Refused.class)
                .hasMessageContaining("порожнє");
        assertThatThrownBy(() -> MessageText.checked("12345678901", 10)).hasMessageContaining("задовге: 11 символів");
        assertThat(MessageText.checked("🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂", 10)).as("an emoji is one character").hasSize(20);
        assertThat(MessageText.checked(" <b>так</b> ", 10)).isEqualTo("<b>так</b>");
    }

    @Test
    void aJournalLineQuotesAMessageOnOneShortLine() {
        assertThat(MessageText.quoted("Рядок\nдругий", 100)).isEqualTo("«Рядок другий»");
        assertThat(MessageText.quoted("абвгд🙂є", 6)).isEqualTo("«абвгд🙂…»");
        assertThat(MessageText.quoted("", 6)).isEqualTo("«(порожнє повідомлення)»");
    }
}
