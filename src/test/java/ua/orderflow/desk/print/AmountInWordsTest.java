package ua.orderflow.desk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sums in words as a Ukrainian invoice writes them: gender and the noun's form follow the number. */
class AmountInWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2310.00    | Дві тисячі триста десять гривень 00 копійок",
        "1.01       | Одна гривня 01 копійка",
        "2.02       | Дві гривні 02 копійки",
        "5.05       | П'ять гривень 05 копійок",
        "11.11      | Одинадцять гривень 11 копійок",
        "21.21      | Двадцять одна гривня 21 копійка",
        "0.50       | Нуль гривень 50 копійок",
        "1000       | Одна тисяча гривень 00 копійок",
        "4000       | Чотири тисячі гривень 00 копійок",
        "12000      | Дванадцять тисяч гривень 00 копійок",
        "1000000    | Один мільйон гривень 00 копійок",
        "2541999.99 | Два мільйони п'ятсот сорок одна тисяча дев'ятсот дев'яносто дев'ять гривень 99 копійок",
        "100.005    | Сто гривень 01 копійка"})
    void writesTheSumInWords(String amount, String words) {
        assertThat(AmountInWords.hryvnias(new BigDecimal(amount))).isEqualTo(words);
    }
}
