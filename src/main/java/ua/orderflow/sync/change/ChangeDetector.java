package ua.orderflow.sync.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Compares a stored snapshot with ROZETKA's current order (seed 000: "Пропал или появился товар"). */
@Component
public class ChangeDetector {

    public OrderChanges compare(OrderView before, OrderView after) {
        return new OrderChanges(
                before.status() != after.status(),
                before.status(),
                after.status(),
                !Objects.equals(before.ttn(), after.ttn()),
                !Objects.equals(before.paymentStatusId(), after.paymentStatusId()),
                lineChanges(before.lines(), after.lines()));
    }

    private static List<OrderChanges.LineChange> lineChanges(List<OrderView.Line> before, List<OrderView.Line> after) {
        Map<String, OrderView.Line> old = byKey(before);
        Map<String, OrderView.Line> now = byKey(after);
        List<OrderChanges.LineChange> changes = new ArrayList<>();
        old.forEach((key, line) -> {
            OrderView.Line current = now.get(key);
            if (current == null) {
                changes.add(new OrderChanges.LineChange("REMOVED", key, line.name(), String.valueOf(line.quantity()), null));
            } else {
                if (current.quantity() != line.quantity()) {
                    changes.add(new OrderChanges.LineChange("QUANTITY", key, line.name(),
                            String.valueOf(line.quantity()), String.valueOf(current.quantity())));
                }
                if (line.price() != null && current.price() != null && line.price().compareTo(current.price()) != 0) {
                    changes.add(new OrderChanges.LineChange("PRICE", key, line.name(),
                            line.price().toPlainString(), current.price().toPlainString()));
                }
            }
        });
        now.forEach((key, line) -> {
            if (!old.containsKey(key)) {
                changes.add(new OrderChanges.LineChange("ADDED", key, line.name(), null, String.valueOf(line.quantity())));
            }
        });
        return changes;
    }

    /** A line removed in the cabinet may stay listed with quantity 0; it counts as gone. */
    private static Map<String, OrderView.Line> byKey(List<OrderView.Line> lines) {
        Map<String, OrderView.Line> map = new LinkedHashMap<>();
        for (OrderView.Line line : lines) {
            if (line.quantity() > 0) {
                map.merge(line.key(), line, (a, b) -> new OrderView.Line(a.purchaseId(), a.itemId(), a.offerId(),
                        a.article(), a.name(), a.quantity() + b.quantity(), a.price(),
                        a.costWithDiscount().add(b.costWithDiscount()), a.additional()));
            }
        }
        return map;
    }
}
