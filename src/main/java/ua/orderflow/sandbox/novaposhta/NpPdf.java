package ua.orderflow.sandbox.novaposhta;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A real, one-page PDF for a label: the page size of the printed form (100×100 mm or A4) and the TTN
 * in large type with a Code-39-like bar pattern, written by hand (PDF 1.4, Helvetica, a correct
 * cross-reference table), so printers and viewers open it like Nova Poshta's.
 */
final class NpPdf {

    /** 100 mm in PDF points. */
    private static final int STICKER = 283;
    private static final int A4_WIDTH = 595;
    private static final int A4_HEIGHT = 842;

    private NpPdf() {
    }

    /** The register on A4: its number and date, then one line per waybill. */
    static byte[] register(String number, String date, List<String> waybills) {
        StringBuilder content = new StringBuilder();
        content.append("BT /F1 18 Tf 20 ").append(A4_HEIGHT - 40).append(" Td (Nova Poshta - sandbox register ")
                .append(ascii(number)).append(" of ").append(ascii(date)).append(") Tj ET\n");
        int y = A4_HEIGHT - 80;
        int line = 1;
        for (String waybill : waybills) {
            content.append("BT /F1 12 Tf 20 ").append(y).append(" Td (").append(line++).append(". ")
                    .append(ascii(waybill)).append(") Tj ET\n");
            y -= 16;
        }
        return page(A4_WIDTH, A4_HEIGHT, content);
    }

    static byte[] label(String number, String city, boolean sticker) {
        int width = sticker ? STICKER : A4_WIDTH;
        int height = sticker ? STICKER : A4_HEIGHT;
        StringBuilder content = new StringBuilder();
        content.append("BT /F1 ").append(sticker ? 12 : 18).append(" Tf 20 ").append(height - 40)
                .append(" Td (Nova Poshta - sandbox) Tj ET\n");
        content.append("BT /F1 ").append(sticker ? 22 : 32).append(" Tf 20 ").append(height - 90)
                .append(" Td (").append(number).append(") Tj ET\n");
        content.append("BT /F1 10 Tf 20 ").append(height - 110).append(" Td (").append(ascii(city))
                .append(") Tj ET\n");
        int x = 20;
        for (char digit : number.toCharArray()) {
            int d = digit - '0';
            for (int bar = 0; bar < 4; bar++) {
                int w = ((d >> bar) & 1) == 1 ? 3 : 1;
                content.append(x).append(' ').append(height - 200).append(' ').append(w).append(" 70 re f\n");
                x += w + 2;
            }
        }
        return page(width, height, content);
    }

    /** One page of content, Helvetica, with a correct cross-reference table. */
    private static byte[] page(int width, int height, StringBuilder content) {
        byte[] stream = content.toString().getBytes(StandardCharsets.US_ASCII);
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + width + " " + height + "] "
                + "/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        objects.add("<< /Length " + stream.length + " >>\nstream\n" + content + "endstream");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(pdf, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        write(pdf, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    /** The base fonts have no Cyrillic: a transliteration keeps the city readable. */
    private static String ascii(String text) {
        String from = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ'";
        String[] to = {"a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o",
                "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", "A", "B", "V", "H", "G", "D",
                "E", "Ie", "Zh", "Z", "Y", "I", "I", "I", "K", "L", "M", "N", "O", "P", "R", "S", "T", "U", "F", "Kh",
                "Ts", "Ch", "Sh", "Shch", "", "Iu", "Ia", ""};
        StringBuilder out = new StringBuilder();
        for (char c : (text == null ? "" : text).toCharArray()) {
            int i = from.indexOf(c);
            if (i >= 0) {
                out.append(to[i]);
            } else if (c < 128 && c != '(' && c != ')' && c != '\\') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
