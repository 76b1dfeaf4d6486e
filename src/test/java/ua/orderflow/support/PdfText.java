package ua.orderflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: its text in reading order, and the fonts its pages use. */
public record PdfText(String text, List<PDFont> fonts) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument read = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : read.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            // money is written with no-break spaces, so that a sum never breaks across lines
            return new PdfText(stripper.getText(read).replace('\u00a0', ' '), fonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
