package ua.orderflow.accounting;

/**
 * A reservation decided earlier in the transaction that its stock row no longer covers when it is
 * written, just before the commit: other orders took the units meanwhile. The transaction rolls
 * back, and its step's next try sees the shortage and reports it.
 */
public class StockChangedException extends IllegalStateException {

    StockChangedException(String offerId, String warehouse, int quantity) {
        super("Залишок товару " + offerId + " на складі «" + warehouse + "» змінився, поки оформлювався резерв "
                + quantity + " шт.: інші замовлення взяли ці одиниці. Наступна спроба кроку покаже нестачу або візьме"
                + " резерв");
    }
}
