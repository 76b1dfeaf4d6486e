package ua.orderflow.desk.print;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ua.orderflow.desk.Formats;
import ua.orderflow.shop.Shop;

/**
 * Writes a {@link PrintedDocument} as an A4 PDF. The text is Cyrillic, so the font goes inside the
 * file (DejaVu Sans from the jar, subset): a PDF viewer without a Ukrainian font still shows it.
 */
@Component
public class DocumentPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Color RULE = new Color(0xc4, 0xcc, 0xd6);
    private static final Color HEAD = new Color(0xee, 0xf2, 0xf6);

    private final Formats formats;
    private final byte[] regular = font("fonts/DejaVuSans.ttf");
    private final byte[] bold = font("fonts/DejaVuSans-Bold.ttf");

    public DocumentPdf(Formats formats) {
        this.formats = formats;
    }

    public byte[] write(PrintedDocument doc) {
        Fonts f = new Fonts(baseFont("DejaVuSans.ttf", regular), baseFont("DejaVuSans-Bold.ttf", bold));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 42, 42, 42, 42);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(doc.title() + " № " + doc.number());
            pdf.addCreator("Order Flow");
            pdf.open();
            pdf.add(new Paragraph(doc.title() + " № " + doc.number() + " від " + DATE.format(doc.date()), f.title));
            if (doc.note() != null) {
                pdf.add(new Paragraph(doc.note(), f.small));
            }
            pdf.add(parties(doc, f));
            pdf.add(lines(doc, f));
            Paragraph total = new Paragraph("Всього: " + formats.money(doc.total()), f.bold);
            total.setAlignment(Element.ALIGN_RIGHT);
            pdf.add(total);
            pdf.add(new Paragraph("Всього найменувань " + doc.lines().size() + ", на суму " + formats.money(doc.total())
                    + ":", f.text));
            pdf.add(new Paragraph(AmountInWords.hryvnias(doc.total()), f.bold));
            Paragraph signatures = new Paragraph(
                    "\nВід постачальника ____________________          Отримав(ла) ____________________", f.text);
            signatures.setSpacingBefore(24);
            pdf.add(signatures);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF of " + doc.number() + " could not be written", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private PdfPTable parties(PrintedDocument doc, Fonts f) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setSpacingAfter(12);
        Shop shop = doc.shop();
        Shop.Seller seller = shop.seller();
        List<String> supplier = new ArrayList<>();
        supplier.add(seller.legalName() == null || seller.legalName().isBlank() ? shop.name() : seller.legalName());
        addIf(supplier, "код ЄДРПОУ ", seller.edrpou());
        addIf(supplier, "IBAN ", shop.bankAccount());
        addIf(supplier, "", seller.address());
        addIf(supplier, "тел. ", seller.phone());
        if (seller.legalName() != null && !seller.legalName().isBlank()) {
            supplier.add("магазин на ROZETKA: " + shop.name());
        }
        row(table, "Постачальник", String.join("\n", supplier), f);
        List<String> buyer = new ArrayList<>();
        buyer.add(doc.buyer() == null ? "—" : doc.buyer());
        addIf(buyer, "тел. ", doc.buyerPhone());
        row(table, "Покупець", String.join("\n", buyer), f);
        row(table, "Замовлення", "ROZETKA № " + doc.orderId(), f);
        if (doc.payment() != null) {
            row(table, "Оплата", doc.payment(), f);
        }
        if (doc.delivery() != null) {
            row(table, "Доставка", doc.delivery(), f);
        }
        return table;
    }

    private PdfPTable lines(PrintedDocument doc, Fonts f) {
        PdfPTable table = new PdfPTable(new float[] {0.5f, 5.4f, 1.5f, 1.8f, 1.8f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String title : List.of("№", "Товар", "Кількість", "Ціна", "Сума")) {
            PdfPCell cell = cell(title, f.bold, Element.ALIGN_LEFT);
            cell.setBackgroundColor(HEAD);
            table.addCell(cell);
        }
        for (PrintedDocument.Line line : doc.lines()) {
            table.addCell(cell(String.valueOf(line.no()), f.text, Element.ALIGN_LEFT));
            table.addCell(cell(line.name(), f.text, Element.ALIGN_LEFT));
            table.addCell(cell(line.quantity() + " шт.", f.text, Element.ALIGN_RIGHT));
            table.addCell(cell(formats.money(line.price()), f.text, Element.ALIGN_RIGHT));
            table.addCell(cell(formats.money(line.amount()), f.text, Element.ALIGN_RIGHT));
        }
        return table;
    }

    private static void row(PdfPTable table, String label, String value, Fonts f) {
        PdfPCell name = cell(label, f.small, Element.ALIGN_LEFT);
        name.setBorder(PdfPCell.NO_BORDER);
        PdfPCell text = cell(value, f.text, Element.ALIGN_LEFT);
        text.setBorder(PdfPCell.NO_BORDER);
        table.addCell(name);
        table.addCell(text);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text == null ? "" : text, font)));
        cell.setHorizontalAlignment(alignment);
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        return cell;
    }

    private static void addIf(List<String> lines, String prefix, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(prefix + value);
        }
    }

    /** The four faces a document uses, of one embedded family. */
    private static final class Fonts {
        final Font title;
        final Font text;
        final Font bold;
        final Font small;

        Fonts(BaseFont regular, BaseFont bold) {
            this.title = new Font(bold, 14);
            this.text = new Font(regular, 10);
            this.bold = new Font(bold, 10);
            this.small = new Font(regular, 9, Font.NORMAL, new Color(0x55, 0x60, 0x6e));
        }
    }

    /** A font per document: OpenPDF's subset of the glyphs used is collected on the font object. */
    private static BaseFont baseFont(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("font " + name, e);
        }
    }

    private static byte[] font(String resource) {
        try (InputStream in = DocumentPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
