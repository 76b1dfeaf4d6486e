package ua.orderflow.sync.change;

import java.math.BigDecimal;
import java.util.List;
import ua.orderflow.Words;

/** What changed upstream between the stored snapshot and the order ROZETKA returns now. */
public record OrderChanges(
        boolean statusChanged,
        int oldStatus,
        int newStatus,
        boolean ttnChanged,
        boolean paymentStatusChanged,
        List<LineChange> lineChanges) {

    public boolean itemsChanged() {
        return !lineChanges.isEmpty();
    }

    public boolean any() {
        return statusChanged || ttnChanged || paymentStatusChanged || itemsChanged();
    }

    /** A line's difference: kind ADDED, REMOVED, QUANTITY or PRICE, with before and after. */
    public record LineChange(String kind, String key, String name, String before, String after) {

        /** For the journal, in Ukrainian. */
        public String describe() {
            return switch (kind) {
                case "ADDED" -> "додано «" + name + "» × " + after;
                case "REMOVED" -> "видалено «" + name + "» (було × " + before + ")";
                case "QUANTITY" -> "«" + name + "»: кількість " + before + " → " + after;
                default -> "«" + name + "»: ціна " + money(before) + " → " + money(after);
            };
        }

        private static String money(String amount) {
            try {
                return Words.money(new BigDecimal(amount));
            } catch (RuntimeException notANumber) {
                return amount;
            }
        }
    }
}
