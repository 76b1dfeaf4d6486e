package ua.orderflow.desk.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ua.orderflow.shop.Shop;

/**
 * What a printed invoice or expense note says: its title, number and date, who sells (the shop and
 * its seller details), who buys, the order it belongs to, the lines and the total.
 */
public record PrintedDocument(String title, String number, LocalDate date, Shop shop, String buyer,
        String buyerPhone, long orderId, String payment, String delivery, String note, List<Line> lines,
        BigDecimal total) {

    public record Line(int no, String name, int quantity, BigDecimal price, BigDecimal amount) {
    }

    public PrintedDocument {
        lines = List.copyOf(lines);
    }
}
