package ua.orderflow.desk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.orderflow.desk.Formats;
import ua.orderflow.shop.Shop;
import ua.orderflow.support.PdfText;

/** The printed invoice reads back as the Ukrainian text it was given, in a font carried inside the file. */
class DocumentPdfTest {

    private static final Shop SHOP = new Shop("main", "Магазин іграшок", "/sandbox/rozetka", "u", "p", "Каса",
            "UA213223130000026007233566001", null, null, null, null,
            new Shop.Seller("ФОП Коваленко Олена Петрівна", "3012345678", "м. Львів, вул. Городоцька, 5", "+380 32 111 22 33"));

    @Test
    void theInvoiceNamesBothPartiesTheLinesAndTheTotalInWordsWithItsFontEmbedded() {
        PrintedDocument invoice = new PrintedDocument("Рахунок на оплату", "РФ-2026-000042", LocalDate.of(2026, 12, 1),
                SHOP, "Ґалина Їжакевич", "+380 68 664 19 43", 812000042L, "Накладений платіж", "Нова Пошта, Київ",
                null, List.of(new PrintedDocument.Line(1, "Конструктор «Щасливе місто»", 2, new BigDecimal("1080.00"),
                        new BigDecimal("2160.00")), new PrintedDocument.Line(2, "Доставка", 1, new BigDecimal("150.00"),
                        new BigDecimal("150.00"))), new BigDecimal("2310.00"));

        byte[] pdf = new DocumentPdf(new Formats()).write(invoice);

        PdfText read = PdfText.of(pdf);
        assertThat(read.text()).contains("Рахунок на оплату № РФ-2026-000042 від 01.12.2026")
                .contains("ФОП Коваленко Олена Петрівна").contains("код ЄДРПОУ 3012345678")
                .contains("IBAN UA213223130000026007233566001").contains("магазин на ROZETKA: Магазин іграшок")
                .contains("Ґалина Їжакевич").contains("+380 68 664 19 43").contains("ROZETKA № 812000042")
                .contains("Конструктор «Щасливе місто»").contains("2 шт.").contains("1 080,00 грн")
                .contains("Всього: 2 310,00 грн").contains("Дві тисячі триста десять гривень 00 копійок");
        assertThat(read.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.getName()).contains("DejaVuSans");
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        });
    }
}
