package ua.orderflow.accounting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A document's number, which {@link DocumentNumbers} takes only as the transaction writing the
 * document commits: read it after that commit, or hand {@link #whenTaken} what needs it inside.
 */
public final class DocumentNumber {

    private String value;
    private final List<Consumer<String>> waiting = new ArrayList<>();

    DocumentNumber() {
    }

    /** A number already taken: a document written by an earlier transaction. */
    static DocumentNumber of(String value) {
        DocumentNumber number = new DocumentNumber();
        number.take(value);
        return number;
    }

    /** The number, once the document's transaction has taken it. */
    public String value() {
        if (value == null) {
            throw new IllegalStateException("the document is numbered when its transaction commits: use whenTaken");
        }
        return value;
    }

    /** Runs {@code then} with the number: now if it is taken, else inside the transaction just before it commits. */
    public void whenTaken(Consumer<String> then) {
        if (value != null) {
            then.accept(value);
        } else {
            waiting.add(then);
        }
    }

    void take(String taken) {
        value = taken;
        waiting.forEach(then -> then.accept(taken));
        waiting.clear();
    }

    @Override
    public String toString() {
        return value == null ? "(number at commit)" : value;
    }
}
