package ua.orderflow.sandbox.search;

/** A search parameter ROZETKA would reject as incorrect_data_format (1002). */
public class InvalidQuery extends RuntimeException {

    private final String field;

    public InvalidQuery(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
