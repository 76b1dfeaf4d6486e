package ua.orderflow.process;

import java.util.Map;
import ua.orderflow.process.task.StatusLabel;

/** ROZETKA's names of the statuses the engine-only tests meet (process-test.cfg.xml's task plugin). */
public class FixedStatusLabels implements StatusLabel {

    private static final Map<Integer, String> NAMES = Map.of(
            2, "Комплектується. Дані підтверджені",
            3, "Передано до служби доставки",
            26, "Обробляється менеджером",
            40, "Клієнт передумав",
            42, "Немає в наявності");

    @Override
    public String nameOf(String shopId, int statusId) {
        return NAMES.getOrDefault(statusId, "Статус " + statusId);
    }
}
