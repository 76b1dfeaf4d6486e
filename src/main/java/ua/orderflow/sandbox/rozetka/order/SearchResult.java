package ua.orderflow.sandbox.rozetka.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import ua.orderflow.sandbox.rozetka.search.Page;

/** A page of orders and ROZETKA's totalFields over every order the filters matched. */
public record SearchResult<T>(Page<T> page, BigDecimal amount, BigDecimal amountWithDiscount, BigDecimal cost,
        BigDecimal costWithDiscount) {

    static <T> SearchResult<T> of(Page<T> page, List<SandboxOrder> matched) {
        return new SearchResult<>(page, sum(matched, SandboxOrder::amount), sum(matched, SandboxOrder::amountWithDiscount),
                sum(matched, SandboxOrder::cost), sum(matched, SandboxOrder::costWithDiscount));
    }

    private static BigDecimal sum(List<SandboxOrder> orders, Function<SandboxOrder, BigDecimal> money) {
        return orders.stream().map(money).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
