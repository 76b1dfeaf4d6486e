package ua.orderflow.sandbox.rozetka.search;

import java.util.List;

/**
 * Search filters ROZETKA would reject as incorrect_data_format (1002), reported only when the caller
 * sent {@code Accept-Validate-Exception: 1}; each names its attribute, as Yii2 lists them.
 */
public class InvalidQuery extends RuntimeException {

    private final List<Problem> problems;

    public InvalidQuery(List<Problem> problems) {
        super(problems.stream().map(Problem::message).reduce((a, b) -> a + " " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public record Problem(String field, String message) {
    }
}
