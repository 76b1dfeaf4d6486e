package ua.orderflow.sync;

import java.util.Map;

/** Stage names as a manager reads them in the journal. */
public final class StageNames {

    private static final Map<String, String> NAMES = Map.of(
            "NEW", "Нове",
            "PROCESSING", "В обробці",
            "CONFIRMED", "Підтверджено",
            "SHIPPED", "Відправлено",
            "DELIVERING", "Доставляється",
            "AT_PICKUP", "У пункті видачі",
            "RECEIVED", "Отримано",
            "CANCELLED", "Скасовано");

    private StageNames() {
    }

    public static String of(String stage) {
        return NAMES.getOrDefault(stage, stage);
    }
}
