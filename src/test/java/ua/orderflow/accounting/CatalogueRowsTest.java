package ua.orderflow.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Catalogue files as spreadsheets write them: dialects, number formats, bad lines and their messages. */
class CatalogueRowsTest {

    private static final String HEADER = "offer_id;article;name;price;category;warehouse;quantity";

    @Test
    void anExcelExportWithBomHeaderQuotesAndDecimalCommasReadsAsTheSpreadsheetShowedIt() {
        Read read = read("\uFEFF" + HEADER + "\r\n"
                + "TK-500;TK-500;Термокружка 500 мл;1199,00;Посуд;Основний склад;40\r\n"
                + "SET-1;S1;\"Набір; 3 предмети\";\"1 199,50\";Посуд;Основний склад;5\r\n"
                + "Q-1;;\"Кружка \"\"Ранок\"\"\";99.9;;Склад 2;0\r\n"
                + "ML-1;ML-1;\"Два\r\nрядки\";1\u00A0299;Дім;Основний склад;\"1 000\"\r\n"
                + ";;;;;;\r\n"
                + "  SP-1 ;  SP-1; Пробіли навколо ;  10 ; Дім ;  Основний склад ; 3 \r\n");

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).containsExactly(
                new CatalogueRow("TK-500", "TK-500", "Термокружка 500 мл", new BigDecimal("1199.00"), "Посуд",
                        "Основний склад", 40),
                new CatalogueRow("SET-1", "S1", "Набір; 3 предмети", new BigDecimal("1199.50"), "Посуд",
                        "Основний склад", 5),
                new CatalogueRow("Q-1", "", "Кружка \"Ранок\"", new BigDecimal("99.9"), "", "Склад 2", 0),
                new CatalogueRow("ML-1", "ML-1", "Два\r\nрядки", new BigDecimal("1299"), "Дім", "Основний склад",
                        1000),
                new CatalogueRow("SP-1", "SP-1", "Пробіли навколо", new BigDecimal("10"), "Дім", "Основний склад", 3));
    }

    @Test
    void commasSeparateFieldsWhenTheFirstLineHasMoreOfThemOutsideQuotes() {
        Read read = read("A-1,A-1,\"Кабель; 1 м\",\"199,00\",Електроніка,Основний склад,12\n"
                + "A-2,A-2,Зарядка,\"1 149,00\",Електроніка,Основний склад,7\n");

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(CatalogueRow::name, CatalogueRow::price).containsExactly(
                tuple("Кабель; 1 м", new BigDecimal("199.00")),
                tuple("Зарядка", new BigDecimal("1149.00")));
    }

    @Test
    void aBomBeforeADataRowIsDroppedAndTheRowKept() {
        Read read = read("\uFEFFB-1;B-1;Без заголовка;5;;Основний склад;1\n");

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(CatalogueRow::offerId).containsExactly("B-1");
    }

    @Test
    void badLinesAreToldInUkrainianWithTheLineTheirRecordStartsOnAndTheGoodOnesKept() {
        Read read = read(HEADER + "\n"
                + "G-1;G-1;Добрий;10;;Основний склад;1\n"
                + "M-1;M-1;\"Назва\n"
                + "на два рядки\";12,3,4;;Основний склад;1\n"
                + "\n"
                + "N-1;N-1;Мінус;-5;;Основний склад;1\n"
                + "N-2;N-2;Мінус;5;;Основний склад;-1\n"
                + ";E;Без id;5;;Основний склад;1\n"
                + "E-2;E;;5;;Основний склад;1\n"
                + "F-1;F-1;Мало полів;5\n"
                + "Q-1;Q-1;Дріб;5;;Основний склад;2,5\n"
                + "P-1;P-1;Три знаки;1,999;;Основний склад;1\n"
                + "W-1;W-1;Без складу;5;;;1\n"
                + "X-1;X-1;Зайве поле;5;;Основний склад;1;так\n"
                + "G-2;G-2;Теж добрий;20;;Основний склад;2;;\n");

        assertThat(read.rows()).extracting(CatalogueRow::offerId).containsExactly("G-1", "G-2");
        assertThat(read.problems()).containsExactly(
                "Рядок 3: ціна «12,3,4» не є числом",
                "Рядок 6: ціна «-5» від'ємна",
                "Рядок 7: кількість «-1» від'ємна",
                "Рядок 8: не вказано offer_id",
                "Рядок 9: не вказано назву (name)",
                "Рядок 10: очікується 7 полів (" + HEADER + "), а знайдено 4",
                "Рядок 11: кількість «2,5» не є цілим числом",
                "Рядок 12: ціна «1,999» має більше двох знаків після коми",
                "Рядок 13: не вказано склад (warehouse)",
                "Рядок 14: стара ціна (price_old) «так» не є числом");
        assertThat(read.rejected()).isEqualTo(10);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1199,00|1199.00", "1199.00|1199.00", "1 199,00|1199.00", "1\u00A0199,00|1199.00",
            "1\u202F199|1199", "12 345 678,9|12345678.9", "0|0"})
    void pricesAreReadWithADecimalCommaOrPointAndThousandsSpaces(String written, String price) throws BadRow {
        assertThat(CatalogueNumbers.price(written)).isEqualTo(new BigDecimal(price));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12,3,4|ціна «12,3,4» не є числом", "1 19,00|ціна «1 19,00» не є числом",
            "1.199,00|ціна «1.199,00» не є числом", "дорого|ціна «дорого» не є числом",
            "99999999999|ціна «99999999999» завелика"})
    void aPriceThatCouldBeMisreadIsRefused(String written, String message) {
        assertThat(refusal(() -> CatalogueNumbers.price(written))).isEqualTo(message);
    }

    @Test
    void onlyTheFirstHundredProblemsAreToldAndTheRestCounted() {
        String bad = IntStream.rangeClosed(1, 153).mapToObj(i -> "B-" + i + ";B;Товар;ціна;;Склад;1\n")
                .collect(Collectors.joining());
        Read read = read(HEADER + "\n" + bad + "G-1;G-1;Добрий;10;;Склад;1\n");

        assertThat(read.rows()).extracting(CatalogueRow::offerId).containsExactly("G-1");
        assertThat(read.rejected()).isEqualTo(153);
        assertThat(read.problems()).hasSize(ImportProblems.KEPT + 1);
        assertThat(read.problems().get(0)).isEqualTo("Рядок 2: ціна «ціна» не є числом");
        assertThat(read.problems().get(99)).isEqualTo("Рядок 101: ціна «ціна» не є числом");
        assertThat(read.problems().get(100)).isEqualTo("… і ще 53 рядки з помилками");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "101|… і ще 1 рядок з помилкою", "105|… і ще 5 рядків з помилками",
            "111|… і ще 11 рядків з помилками", "122|… і ще 22 рядки з помилками"})
    void theCountOfUntoldLinesAgreesWithItsNumber(int bad, String last) {
        ImportProblems problems = new ImportProblems();
        IntStream.rangeClosed(1, bad).forEach(i -> problems.reject(i, "погано"));

        assertThat(problems.list()).last().isEqualTo(last);
    }

    @Test
    void aQuoteLeftOpenStopsTheFileAtTheLineItOpensOnAndKeepsWhatCameBefore() {
        Read read = read("G-1;G-1;Добрий;10;;Склад;1\n"
                + "O-1;O-1;\"Кружка 12;5;;Склад;1\n"
                + "G-2;G-2;Поглинутий;10;;Склад;1\n");

        assertThat(read.rows()).extracting(CatalogueRow::offerId).containsExactly("G-1");
        assertThat(read.problems()).containsExactly(
                "Рядок 2: лапки, відкриті в цьому рядку, не закрито до кінця файлу; решту файлу не імпортовано");
    }

    @Test
    void aRecordWithoutEndStopsTheFileInsteadOfFillingTheMemory() {
        Read read = read("G-1;G-1;Добрий;10;;Склад;1\n\"" + "x".repeat(CatalogueCsv.MAX_RECORD_CHARS + 10_000));

        assertThat(read.rows()).extracting(CatalogueRow::offerId).containsExactly("G-1");
        assertThat(read.problems()).containsExactly("Рядок 2: запис довший за 1000000 символів, мабуть, не закрито"
                + " лапки; решту файлу не імпортовано");
    }

    @Test
    void aLineWithBytesNotInTheCharsetIsRefusedAndTheOthersKept() {
        Charset cp1251 = Charset.forName("windows-1251");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("G-1;G-1;Добрий;10;;Склад;1\n".getBytes(StandardCharsets.UTF_8));
        file.writeBytes("W-1;W-1;Кружка;10;;Склад;1\n".getBytes(cp1251));
        file.writeBytes("G-2;G-2;Теж добрий;10;;Склад;1\n".getBytes(StandardCharsets.UTF_8));

        Read read = read(new InputStreamReader(new ByteArrayInputStream(file.toByteArray()), StandardCharsets.UTF_8));

        assertThat(read.rows()).extracting(CatalogueRow::offerId).containsExactly("G-1", "G-2");
        assertThat(read.problems()).containsExactly("Рядок 2: текст не в кодуванні, у якому надіслано файл (типово"
                + " UTF-8): збережіть файл як «CSV UTF-8» або надішліть його з кодуванням, напр."
                + " text/csv;charset=windows-1251");
    }

    private record Read(List<CatalogueRow> rows, List<String> problems, int rejected) {
    }

    private static Read read(String csv) {
        return read(new StringReader(csv));
    }

    private static Read read(Reader csv) {
        ImportProblems problems = new ImportProblems();
        List<CatalogueRow> rows = new ArrayList<>();
        try (CatalogueRows file = CatalogueRows.open(csv, problems)) {
            for (CatalogueRow row = file.next(); row != null; row = file.next()) {
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(rows, problems.list(), problems.rejected());
    }

    private interface Parse {
        Object run() throws BadRow;
    }

    private static String refusal(Parse parse) {
        try {
            return "accepted: " + parse.run();
        } catch (BadRow e) {
            return e.getMessage();
        }
    }
}
