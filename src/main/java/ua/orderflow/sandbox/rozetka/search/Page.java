package ua.orderflow.sandbox.rozetka.search;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list the Yii2 way: 20 per page, 1-based, and a page past the last one answers the
 * last page again (never an empty list), with {@code currentPage} saying which page it really is.
 */
public record Page<T>(List<T> items, int totalCount, int pageCount, int currentPage, int perPage) {

    public static final int PER_PAGE = 20;

    public static <T> Page<T> of(List<T> all, int requestedPage) {
        int total = all.size();
        int pageCount = (total + PER_PAGE - 1) / PER_PAGE;
        int page = Math.max(1, Math.min(requestedPage, Math.max(pageCount, 1)));
        int from = Math.min((page - 1) * PER_PAGE, total);
        int to = Math.min(from + PER_PAGE, total);
        return new Page<>(List.copyOf(all.subList(from, to)), total, pageCount, page, PER_PAGE);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), totalCount, pageCount, currentPage, perPage);
    }
}
