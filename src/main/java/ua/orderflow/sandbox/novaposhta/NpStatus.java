package ua.orderflow.sandbox.novaposhta;

import java.util.Map;

/**
 * Nova Poshta's tracking codes and their texts (novaposhta-api.md §5), and how the ROZETKA sandbox's
 * carrier status of the same TTN reads in Nova Poshta's terms, so that the two sandboxes agree: a
 * parcel ROZETKA shows at the pickup point (5) is at the branch here (7).
 */
final class NpStatus {

    static final Map<Integer, String> TEXTS = Map.ofEntries(
            Map.entry(1, "Відправник самостійно створив цю накладну, але ще не надав до відправки"),
            Map.entry(2, "Видалено"),
            Map.entry(3, "Номер не знайдено"),
            Map.entry(4, "Відправлення у місті відправника"),
            Map.entry(41, "Відправлення у місті відправника"),
            Map.entry(5, "Відправлення прямує до міста одержувача"),
            Map.entry(6, "Відправлення у місті одержувача, очікуйте доставку у відділення"),
            Map.entry(7, "Прибув на відділення"),
            Map.entry(8, "Прибув на відділення (завантажено в Поштомат)"),
            Map.entry(9, "Відправлення отримано"),
            Map.entry(10, "Відправлення отримано. Грошовий переказ буде видано одержувачу"),
            Map.entry(11, "Відправлення отримано. Грошовий переказ видано одержувачу"),
            Map.entry(12, "Нова Пошта комплектує ваше відправлення"),
            Map.entry(101, "На шляху до одержувача"),
            Map.entry(102, "Відмова від отримання (Відправником створено замовлення на повернення)"),
            Map.entry(103, "Відмова одержувача (отримувач відмовився від відправлення)"),
            Map.entry(104, "Змінено адресу"),
            Map.entry(105, "Припинено зберігання"),
            Map.entry(106, "Одержано і створено ЄН зворотньої доставки"),
            Map.entry(111, "Невдала спроба доставки через відсутність Одержувача на адресі або зв'язку з ним"),
            Map.entry(112, "Дата доставки перенесена Одержувачем"));

    private NpStatus() {
    }

    /** The Nova Poshta code for a ROZETKA status of the same parcel; 1 while ROZETKA has not seen it shipped. */
    static int fromRozetka(int rozetkaStatus) {
        return switch (rozetkaStatus) {
            // the seller's own word that it is handed over: Nova Poshta scans it at the carrier's first step
            case 3 -> 1;
            case 4 -> 5;
            case 5 -> 7;
            case 76 -> 8;
            case 6 -> 9;
            case 11 -> 105;
            case 12, 19, 83, 84, 85, 86, 89, 90, 91 -> 103;
            case 15 -> 3;
            case 88 -> 5;
            default -> 1;
        };
    }

    static String text(int code) {
        return TEXTS.getOrDefault(code, "Статус " + code);
    }
}
