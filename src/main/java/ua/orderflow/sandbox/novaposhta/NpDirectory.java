package ua.orderflow.sandbox.novaposhta;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import ua.orderflow.sandbox.rozetka.order.NovaPoshta;

/**
 * What the simulated account and directory hold: one sender with its contact, the cities the ROZETKA
 * sandbox delivers to (Kyiv under the Ref public Nova Poshta code uses for it, the others under a
 * Ref derived from the name), and a per-place weight limit of 30 kg at every branch, the figure of
 * error 20000201162.
 */
final class NpDirectory {

    static final String SENDER = "6e9acced-d072-11e3-95eb-0050568046cd";
    static final String SENDER_CONTACT = "6e9b0d9a-d072-11e3-95eb-0050568046cd";
    static final String SENDER_PHONE = "380501234567";
    static final String KYIV = "8d5a980d-391c-11dd-90d9-001a92567626";
    static final int PLACE_MAX_WEIGHT = 30;
    static final int BRANCHES = NovaPoshta.BRANCHES_PER_CITY;

    private NpDirectory() {
    }

    static Optional<String> cityRef(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return NovaPoshta.cityNames().stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(wanted)).findFirst()
                .map(NpDirectory::refOf);
    }

    static boolean knownCity(String ref) {
        return NovaPoshta.cityNames().stream().anyMatch(c -> refOf(c).equals(ref));
    }

    static Optional<String> cityName(String ref) {
        return NovaPoshta.cityNames().stream().filter(c -> refOf(c).equals(ref)).findFirst();
    }

    /** A branch's Ref, the one the ROZETKA sandbox gives its orders as delivery.ref_id. */
    static String branchRef(String city, int number) {
        return NovaPoshta.branchRef(city, number);
    }

    static List<String> cities() {
        return NovaPoshta.cityNames();
    }

    static String refOf(String city) {
        return "Київ".equals(city) ? KYIV : UUID.nameUUIDFromBytes(("np-city:" + city).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The phone forms Nova Poshta seems to take: 380XXXXXXXXX and 0XXXXXXXXX (§4.4, L). */
    static boolean validPhone(String phone) {
        return phone != null && (phone.matches("380\\d{9}") || phone.matches("0\\d{9}"));
    }

    static String normalPhone(String phone) {
        return phone != null && phone.matches("0\\d{9}") ? "38" + phone : phone;
    }
}
