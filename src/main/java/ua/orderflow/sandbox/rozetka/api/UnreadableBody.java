package ua.orderflow.sandbox.rozetka.api;

/** A request body ROZETKA cannot read (1002 incorrect_data_format); details come as the reason alone. */
public class UnreadableBody extends RuntimeException {

    public UnreadableBody(String reason) {
        super(reason);
    }
}
