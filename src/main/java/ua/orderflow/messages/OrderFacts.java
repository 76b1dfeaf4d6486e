package ua.orderflow.messages;

/**
 * What a template may say about an order, already as a person reads it: the buyer's name, the order
 * number, the TTN and carrier, the amount ({@code 2 310,00 грн}) and a cancellation's reason.
 */
public record OrderFacts(String name, long number, String ttn, String carrier, String amount, String reason) {

    public OrderFacts withTtn(String newTtn) {
        return new OrderFacts(name, number, newTtn, carrier, amount, reason);
    }

    public OrderFacts withReason(String newReason) {
        return new OrderFacts(name, number, ttn, carrier, amount, newReason);
    }
}
