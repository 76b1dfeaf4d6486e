package ua.orderflow.desk.print;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A sum in Ukrainian words, as an invoice writes it under the total: «Дві тисячі триста десять гривень
 * 00 копійок». Гривня and тисяча are feminine (одна, дві), мільйон and мільярд masculine, and each noun
 * takes the form its last number asks for (1 гривня, 2–4 гривні, 5–20 гривень).
 */
public final class AmountInWords {

    private static final String[] UNITS_MASCULINE = {"", "один", "два", "три", "чотири", "п'ять", "шість", "сім",
        "вісім", "дев'ять"};
    private static final String[] UNITS_FEMININE = {"", "одна", "дві", "три", "чотири", "п'ять", "шість", "сім",
        "вісім", "дев'ять"};
    private static final String[] TEENS = {"десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять",
        "п'ятнадцять", "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять"};
    private static final String[] TENS = {"", "", "двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят",
        "сімдесят", "вісімдесят", "дев'яносто"};
    private static final String[] HUNDREDS = {"", "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот",
        "сімсот", "вісімсот", "дев'ятсот"};

    /** A power of a thousand: its three forms (1, 2–4, 5+) and whether it counts in the feminine. */
    private record Scale(String one, String few, String many, boolean feminine) {
    }

    private static final Scale HRYVNIA = new Scale("гривня", "гривні", "гривень", true);
    private static final Scale[] SCALES = {HRYVNIA, new Scale("тисяча", "тисячі", "тисяч", true),
        new Scale("мільйон", "мільйони", "мільйонів", false), new Scale("мільярд", "мільярди", "мільярдів", false)};

    private AmountInWords() {
    }

    public static String hryvnias(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() < 0) {
            return "мінус " + lowerFirst(hryvnias(rounded.negate()));
        }
        long whole = rounded.longValue();
        int kopecks = rounded.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        if (whole >= 1_000_000_000_000L) {
            throw new IllegalArgumentException("Сума завелика для запису словами: " + amount);
        }
        String words = whole == 0 ? "нуль " + HRYVNIA.many() : words(whole);
        String text = words + " " + String.format("%02d", kopecks) + " "
                + form(kopecks, "копійка", "копійки", "копійок");
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String words(long whole) {
        List<String> parts = new ArrayList<>();
        for (int scale = SCALES.length - 1; scale >= 0; scale--) {
            int group = (int) (whole / pow1000(scale) % 1000);
            Scale noun = SCALES[scale];
            if (group == 0) {
                if (scale == 0) {
                    parts.add(noun.many());
                }
                continue;
            }
            parts.add(group(group, noun.feminine()));
            parts.add(form(group, noun.one(), noun.few(), noun.many()));
        }
        return String.join(" ", parts.stream().filter(p -> !p.isEmpty()).toList());
    }

    private static String group(int number, boolean feminine) {
        List<String> words = new ArrayList<>();
        words.add(HUNDREDS[number / 100]);
        int rest = number % 100;
        if (rest >= 10 && rest < 20) {
            words.add(TEENS[rest - 10]);
        } else {
            words.add(TENS[rest / 10]);
            words.add((feminine ? UNITS_FEMININE : UNITS_MASCULINE)[rest % 10]);
        }
        return String.join(" ", words.stream().filter(w -> !w.isEmpty()).toList());
    }

    private static String form(long number, String one, String few, String many) {
        long lastTwo = number % 100;
        long last = number % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return many;
        }
        return last == 1 ? one : last >= 2 && last <= 4 ? few : many;
    }

    private static long pow1000(int power) {
        long value = 1;
        for (int i = 0; i < power; i++) {
            value *= 1000;
        }
        return value;
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
