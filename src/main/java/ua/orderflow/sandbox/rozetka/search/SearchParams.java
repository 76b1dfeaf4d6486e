package ua.orderflow.sandbox.rozetka.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import ua.orderflow.sandbox.clock.KyivTime;

/**
 * The query of a search method (orders, statuses…), read as ROZETKA does (rozetka-seller-api.md §1): with
 * {@code Accept-Validate-Exception: 1} a filter it cannot read is reported; without the header it is
 * dropped as if it had not been sent, which may widen the search to everything.
 */
public final class SearchParams {

    /** The request header that asks for validation errors. */
    public static final String VALIDATE_HEADER = "Accept-Validate-Exception";

    private final Map<String, String> params;
    private final List<InvalidQuery.Problem> problems = new ArrayList<>();

    public SearchParams(Map<String, String> params) {
        this.params = params;
    }

    /** True for the header's "1" or "true"; absent, "0" or anything else means no validation. */
    public static boolean validates(String header) {
        return header != null && (header.trim().equals("1") || header.trim().equalsIgnoreCase("true"));
    }

    public Integer integer(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return invalid(name, "Значення «" + name + "» має бути цілим числом.");
        }
    }

    /** An integer that must also pass {@code valid}, else it is a problem with {@code message}. */
    public Integer integer(String name, Predicate<Integer> valid, String message) {
        Integer value = integer(name);
        return value == null || valid.test(value) ? value : invalid(name, message);
    }

    public String oneOf(String name, List<String> allowed) {
        String value = text(name);
        return value == null || allowed.contains(value) ? value
                : invalid(name, "Значення «" + value + "» для «" + name + "» не підтримується.");
    }

    /** A date filter: {@code YYYY-MM-DD}, or with {@code withTime} also {@code YYYY-MM-DD HH:MM[:SS]}. */
    public Instant bound(String name, boolean upper, boolean withTime) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            if (!withTime && value.length() != 10) {
                throw new IllegalArgumentException("a time part is documented only for created_*");
            }
            return KyivTime.parseBound(value, upper);
        } catch (IllegalArgumentException e) {
            return invalid(name, "Значення «" + name + "» має бути датою у форматі YYYY-MM-DD"
                    + (withTime ? " або YYYY-MM-DD HH:MM:SS." : "."));
        }
    }

    public String raw(String name) {
        return text(name);
    }

    /** Records a filter that cannot be read; the caller answers as if it had not been sent. */
    public <T> T invalid(String name, String message) {
        problems.add(new InvalidQuery.Problem(name, message));
        return null;
    }

    /** Throws the problems found when the caller asked for validation; else forgets them. */
    public void reportIf(boolean validate) {
        if (validate && !problems.isEmpty()) {
            throw new InvalidQuery(problems);
        }
    }

    private String text(String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
