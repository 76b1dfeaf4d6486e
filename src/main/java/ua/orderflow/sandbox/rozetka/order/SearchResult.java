package ua.orderflow.sandbox.rozetka.order;

import java.math.BigDecimal;
import ua.orderflow.sandbox.rozetka.search.Page;

/** A page of orders and ROZETKA's totalFields over every order the filters matched. */
public record SearchResult<T>(Page<T> page, BigDecimal amount, BigDecimal amountWithDiscount, BigDecimal cost,
        BigDecimal costWithDiscount) {
}
