package ua.orderflow.sandbox.generator;

import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ua.orderflow.sandbox.ConditionalOnSandbox;
import ua.orderflow.sandbox.SandboxProperties;
import ua.orderflow.sandbox.SandboxRandom;
import ua.orderflow.sandbox.rozetka.chat.ChatBook;
import ua.orderflow.sandbox.rozetka.order.OrderBook;

/**
 * Buyers who sometimes write: at the order generator's pace, with the chance
 * {@code orderflow.sandbox.generator.buyer-message-share}, the buyer of a random open order writes
 * in its chat. The choices come from the sandbox's seeded random, so a seeded run writes the same.
 */
@Component
@ConditionalOnSandbox
public class BuyerMessageGenerator extends Repeating {

    private static final Logger log = LoggerFactory.getLogger(BuyerMessageGenerator.class);

    /** What buyers ask, seed 002's situations among them: the TTN, the call, a prepayment, a change. */
    static final List<String> PHRASES = List.of(
            "Добрий день! Коли відправите моє замовлення?",
            "Не можу взяти слухавку на роботі, напишіть, будь ласка, тут.",
            "Передзвоніть, будь ласка, після 18:00 🙏",
            "Я вже оплатив карткою, перевірте, будь ласка.",
            "Чи можна змінити відділення Нової Пошти на №12?",
            "Скажіть номер ТТН, будь ласка.",
            "Чи є цей товар в іншому кольорі? Якщо так — замініть <b>синій</b> на чорний.",
            "Дякую, чекаю 😊");

    private final OrderBook orders;
    private final ChatBook chats;
    private final SandboxRandom random;
    private final double ordersPerMinute;
    private final double share;

    public BuyerMessageGenerator(OrderBook orders, ChatBook chats, SandboxRandom random, SandboxProperties properties,
            @Value("${orderflow.sandbox.generator.buyer-message-share:0.2}") double share) {
        super("sandbox-buyers-");
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("orderflow.sandbox.generator.buyer-message-share is between 0 and 1");
        }
        this.orders = orders;
        this.chats = chats;
        this.random = random;
        this.ordersPerMinute = properties.generator().ordersPerMinute();
        this.share = share;
    }

    @Override
    public synchronized void start() {
        if (ordersPerMinute <= 0 || share <= 0) {
            return;
        }
        repeat(ordersPerMinute, this::maybeWrite);
        log.info("Sandbox buyers write in {}% of the generator's turns", Math.round(share * 100));
    }

    /** One turn: maybe a buyer of an open order writes one of the phrases. */
    void maybeWrite() {
        try {
            int known = orders.size();
            if (known == 0) {
                return;
            }
            long orderId;
            String phrase;
            synchronized (random) {
                Random shared = random.shared();
                if (shared.nextDouble() >= share) {
                    return;
                }
                orderId = OrderBook.FIRST_ORDER_ID + shared.nextInt(known);
                phrase = PHRASES.get(shared.nextInt(PHRASES.size()));
            }
            if (!orders.read(orderId, order -> order.isFinal())) {
                chats.buyerWrites(orderId, phrase);
            }
        } catch (RuntimeException e) {
            log.warn("Sandbox buyer failed to write", e);
        }
    }
}
