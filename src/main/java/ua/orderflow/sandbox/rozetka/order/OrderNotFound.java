package ua.orderflow.sandbox.rozetka.order;

/** No order with that id in the sandbox. */
public class OrderNotFound extends RuntimeException {

    public OrderNotFound(long id) {
        super("no sandbox order " + id);
    }
}
