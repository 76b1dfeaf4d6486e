package ua.orderflow.sandbox.rozetka.order;

import java.util.List;
import java.util.Random;

/** Plausible Ukrainian buyers: gendered first names and patronymics, common surnames, mobile numbers. */
final class UkrainianPeople {

    private static final List<String[]> MEN = List.of(
            new String[] {"Олександр", "Олександрович"}, new String[] {"Андрій", "Андрійович"},
            new String[] {"Дмитро", "Дмитрович"}, new String[] {"Сергій", "Сергійович"},
            new String[] {"Максим", "Максимович"}, new String[] {"Богдан", "Богданович"},
            new String[] {"Тарас", "Тарасович"}, new String[] {"Володимир", "Володимирович"},
            new String[] {"Іван", "Іванович"}, new String[] {"Юрій", "Юрійович"});
    private static final List<String[]> WOMEN = List.of(
            new String[] {"Олена", "Олександрівна"}, new String[] {"Оксана", "Андріївна"},
            new String[] {"Ірина", "Петрівна"}, new String[] {"Наталія", "Іванівна"},
            new String[] {"Тетяна", "Сергіївна"}, new String[] {"Юлія", "Володимирівна"},
            new String[] {"Анна", "Богданівна"}, new String[] {"Марія", "Миколаївна"},
            new String[] {"Катерина", "Дмитрівна"}, new String[] {"Софія", "Юріївна"});
    private static final List<String> SURNAMES = List.of(
            "Коваль", "Шевченко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Мельник", "Бойко",
            "Лисенко", "Савчук", "Поліщук", "Гончаренко", "Марченко", "Руденко", "Мороз", "Левченко",
            "Кузьменко", "Павленко", "Романюк", "Гнатюк");
    private static final List<String> OPERATORS = List.of("50", "66", "95", "99", "67", "68", "96", "97", "98",
            "63", "73", "93");

    private UkrainianPeople() {
    }

    static Person person(Random random) {
        String[] name = (random.nextBoolean() ? MEN : WOMEN).get(random.nextInt(10));
        String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
        // ROZETKA often has no patronymic: the buyer's checkout form does not ask for it
        String patronymic = random.nextInt(3) == 0 ? name[1] : "";
        return new Person(name[0], surname, patronymic, phone(random));
    }

    static String phone(Random random) {
        return "380" + OPERATORS.get(random.nextInt(OPERATORS.size())) + String.format("%07d", random.nextInt(10_000_000));
    }
}
