package ua.orderflow.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.orderflow.sync.change.OrderView;
import ua.orderflow.sync.intake.IntakeCheck;

class IntakeCheckTest {

    static OrderView order(long id, LocalDateTime created, String name, String phone, String delivery,
            String payment, String comment, List<OrderView.Line> lines) {
        return new OrderView(id, created, created, 1, 1, "", false, name, phone, null, comment, payment, payment,
                null, delivery, delivery == null ? null : 1, "Київ", "відділення № 1", BigDecimal.ZERO,
                BigDecimal.TEN, lines);
    }

    static final List<OrderView.Line> ONE_LINE = List.of(new OrderView.Line(1, 2, "MUG-1", "A-1", "Чашка", 1,
            BigDecimal.TEN, BigDecimal.TEN, false));
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 12, 0);

    @Test
    void aWholeOrderPasses() {
        assertThat(IntakeCheck.problems(order(812000001, NOW, "Олена", "380501234567", "Нова Пошта", "cash",
                "Подзвоніть після 18:00", ONE_LINE))).isEmpty();
    }

    @Test
    void eachMissingPartIsNamed() {
        assertThat(IntakeCheck.problems(order(0, null, null, null, null, null, null, List.of())))
                .containsExactly("немає номера замовлення", "немає дати створення", "немає жодного товару",
                        "немає покупця (ні імені, ні телефону)", "немає способу доставки", "немає способу оплати");
    }

    @Test
    void textsAndLinesTheCardCannotHoldAreNamed() {
        List<String> problems = IntakeCheck.problems(order(812000002, NOW, "Олена", null, "Нова Пошта", "cash",
                "я".repeat(4001), Collections.nCopies(45, ONE_LINE.get(0))));
        assertThat(problems).containsExactly("45 рядків товарів, більше ніж 40, які вміщує картка замовлення",
                "коментар покупця довший за 4000 символів (4001)");
    }
}
