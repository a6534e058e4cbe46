package kz.digitaledu.platform.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.digitaledu.platform.api.report.Report;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a {@link Report} as a PDF with Apache PDFBox: A4 landscape, DejaVu Sans embedded (every Kazakh,
 * Russian and Latin letter), tables with a repeated header row on every page, cells cut with "…" when
 * they do not fit.
 */
final class PdfWriter {
    private static final float MARGIN = 28;
    private static final float SIZE = 8.5f;
    private static final float ROW = 13;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PDDocument doc;
    private final PDFont font;
    private final PDFont bold;
    private final PDRectangle pageSize = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private PDPageContentStream cs;
    private float y;
    private int pages;

    private PdfWriter(PDDocument doc) throws IOException {
        this.doc = doc;
        this.font = load(doc, "/fonts/DejaVuSans.ttf");
        this.bold = load(doc, "/fonts/DejaVuSans-Bold.ttf");
    }

    private static PDFont load(PDDocument doc, String resource) throws IOException {
        try (InputStream in = PdfWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing font " + resource);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    static byte[] write(Report report) {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(report.title());
            info.setCreator("Digital Education");
            new PdfWriter(doc).render(report);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void render(Report report) throws IOException {
        newPage();
        text(bold, 14, MARGIN, report.title());
        y -= 18;
        if (!report.subtitle().isEmpty()) {
            text(font, 10, MARGIN, report.subtitle());
            y -= 16;
        }
        for (Report.Table t : report.tables()) {
            if (y < MARGIN + 4 * ROW) {
                newPage();
            }
            y -= 6;
            text(bold, 11, MARGIN, t.title());
            y -= 8;
            table(t);
            y -= 10;
        }
        cs.close();
    }

    private void table(Report.Table t) throws IOException {
        List<Report.Column> cols = t.columns();
        float total = pageSize.getWidth() - 2 * MARGIN;
        float weights = 0;
        for (Report.Column c : cols) {
            weights += Math.max(2, c.width());
        }
        float[] widths = new float[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            widths[i] = total * Math.max(2, cols.get(i).width()) / weights;
        }
        header(cols, widths);
        for (List<Object> row : t.rows()) {
            if (y - ROW < MARGIN) {
                newPage();
                header(cols, widths);
            }
            float x = MARGIN;
            for (int i = 0; i < cols.size(); i++) {
                Object v = i < row.size() ? row.get(i) : null;
                cell(font, x, widths[i], format(v), v instanceof Number);
                x += widths[i];
            }
            y -= ROW;
        }
    }

    private void header(List<Report.Column> cols, float[] widths) throws IOException {
        float x = MARGIN;
        cs.setNonStrokingColor(0.87f, 0.92f, 0.97f);
        cs.addRect(MARGIN, y - ROW, pageSize.getWidth() - 2 * MARGIN, ROW);
        cs.fill();
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (int i = 0; i < cols.size(); i++) {
            cell(bold, x, widths[i], cols.get(i).header(), false);
            x += widths[i];
        }
        y -= ROW;
    }

    private void cell(PDFont f, float x, float width, String text, boolean right) throws IOException {
        cs.setLineWidth(0.3f);
        cs.addRect(x, y - ROW, width, ROW);
        cs.stroke();
        String s = fit(f, clean(text), width - 4);
        float w = f.getStringWidth(s) / 1000 * SIZE;
        cs.beginText();
        cs.setFont(f, SIZE);
        cs.newLineAtOffset(right ? x + width - 2 - w : x + 2, y - ROW + 3.5f);
        cs.showText(s);
        cs.endText();
    }

    private String fit(PDFont f, String s, float width) throws IOException {
        if (f.getStringWidth(s) / 1000 * SIZE <= width) {
            return s;
        }
        String cut = s;
        while (!cut.isEmpty() && f.getStringWidth(cut + "…") / 1000 * SIZE > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.isEmpty() ? "" : cut + "…";
    }

    private void text(PDFont f, float size, float x, String s) throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, y - size);
        cs.showText(fit(f, clean(s), pageSize.getWidth() - 2 * MARGIN));
        cs.endText();
        y -= size;
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(pageSize);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        pages++;
        y = pageSize.getHeight() - MARGIN;
        cs.beginText();
        cs.setFont(font, 7);
        cs.newLineAtOffset(pageSize.getWidth() - MARGIN - 20, MARGIN / 2);
        cs.showText(String.valueOf(pages));
        cs.endText();
    }

    static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Double || v instanceof Float) {
            return BigDecimal.valueOf(((Number) v).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    /** PDF text operators take no control characters; the font has no glyph for them. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return b.toString();
    }
}
