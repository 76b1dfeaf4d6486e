package ua.orderflow.sandbox.rozetka.order;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Nova Poshta cities, branch streets and courier addresses for generated deliveries. */
public final class NovaPoshta {

    static final List<City> CITIES = List.of(
            new City(1, "Київ", "Kyiv", "Київська"), new City(2, "Львів", "Lviv", "Львівська"),
            new City(3, "Харків", "Kharkiv", "Харківська"), new City(4, "Одеса", "Odesa", "Одеська"),
            new City(5, "Дніпро", "Dnipro", "Дніпропетровська"), new City(6, "Вінниця", "Vinnytsia", "Вінницька"),
            new City(7, "Полтава", "Poltava", "Полтавська"), new City(8, "Запоріжжя", "Zaporizhzhia", "Запорізька"),
            new City(9, "Івано-Франківськ", "Ivano-Frankivsk", "Івано-Франківська"),
            new City(10, "Тернопіль", "Ternopil", "Тернопільська"), new City(11, "Житомир", "Zhytomyr", "Житомирська"),
            new City(12, "Рівне", "Rivne", "Рівненська"), new City(13, "Луцьк", "Lutsk", "Волинська"),
            new City(14, "Ужгород", "Uzhhorod", "Закарпатська"), new City(15, "Черкаси", "Cherkasy", "Черкаська"),
            new City(16, "Чернігів", "Chernihiv", "Чернігівська"), new City(17, "Суми", "Sumy", "Сумська"),
            new City(18, "Хмельницький", "Khmelnytskyi", "Хмельницька"),
            new City(19, "Чернівці", "Chernivtsi", "Чернівецька"), new City(20, "Біла Церква", "Bila Tserkva", "Київська"));
    private static final List<String> STREETS = List.of("вул. Шевченка", "вул. Грушевського", "просп. Незалежності",
            "вул. Соборна", "вул. Лесі Українки", "вул. Івана Франка", "просп. Перемоги", "вул. Героїв Майдану",
            "вул. Садова", "вул. Миру");

    private NovaPoshta() {
    }

    /** The cities' Ukrainian names, which the Nova Poshta sandbox's directory knows too. */
    public static List<String> cityNames() {
        return CITIES.stream().map(City::name).toList();
    }

    static City city(Random random) {
        // the capital and the big cities take most orders
        return random.nextInt(3) == 0 ? CITIES.get(0) : CITIES.get(random.nextInt(CITIES.size()));
    }

    static String street(Random random) {
        return STREETS.get(random.nextInt(STREETS.size()));
    }

    static String ref(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** How many branches the sandbox's directory has in every city, numbered from 1. */
    public static final int BRANCHES_PER_CITY = 150;

    /**
     * The Ref of a city's branch, the same in both sandboxes (the Nova Poshta one lists it with
     * Address.getWarehouses). The random draw is still taken, so a seed makes the same orders as before.
     */
    static String branchRef(Random random, String city, int branch) {
        ref(random);
        return branchRef(city, branch);
    }

    public static String branchRef(String city, int branch) {
        return UUID.nameUUIDFromBytes(("np-branch:" + city + ":" + branch).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    /** A 14-digit Nova Poshta waybill number, like the reference's examples. */
    static String ttn(Random random) {
        return "20450" + String.format("%09d", random.nextInt(1_000_000_000));
    }
}
