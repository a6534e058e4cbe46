package kz.digitaledu.platform.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.report.Report;
import kz.digitaledu.platform.api.report.SpreadsheetReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportFilesTest {
    private static Report report(int rows) {
        List<List<Object>> data = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            data.add(List.of(i, "Серікова Аружан Қайратқызы " + i, new BigDecimal("4.5"), LocalDate.of(2026, 9, 1)));
        }
        return new Report("Тоқсандық табель / Табель успеваемости", "№ 25 мектеп-лицей, 8А, 1-тоқсан",
                List.of(new Report.Table("8А: Алгебра [1]", List.of(Report.Column.of("№", 3), Report.Column.of("Оқушы / Ученик", 30),
                        Report.Column.of("Баға", 5), Report.Column.of("Күні", 10)), data)));
    }

    @Test
    void xlsxRoundTripKeepsKazakhTextNumbersAndDates() {
        byte[] xlsx = XlsxWriter.write(report(3));
        List<SpreadsheetReader.Sheet> sheets = XlsxReader.read(new ByteArrayInputStream(xlsx), 100);
        assertEquals(1, sheets.size());
        assertEquals("8А Алгебра 1", sheets.get(0).name().replaceAll(" +", " ").strip(), "no : [ ] in sheet names");
        SpreadsheetReader.Row header = sheets.get(0).rows().stream().filter(r -> r.cell(0).equals("№")).findFirst().orElseThrow();
        assertEquals("Оқушы / Ученик", header.cell(1));
        SpreadsheetReader.Row first = sheets.get(0).rows().get(sheets.get(0).rows().indexOf(header) + 1);
        assertEquals("1", first.cell(0));
        assertEquals("Серікова Аружан Қайратқызы 1", first.cell(1));
        assertEquals("4.5", first.cell(2));
        assertEquals(header.number() + 1, first.number(), "row numbers as the spreadsheet shows them");
        assertEquals("", first.cell(9));
    }

    @Test
    void pdfHasEveryKazakhLetterAndRepeatsTheHeaderOnEveryPage() throws Exception {
        byte[] pdf = PdfWriter.write(report(120));
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        try (PDDocument doc = PDDocument.load(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 3);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Тоқсандық табель"), text.substring(0, 200));
            assertTrue(text.contains("Серікова Аружан Қайратқызы 120"));
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            assertTrue(last.getText(doc).contains("Оқушы / Ученик"), "the header row is repeated");
        }
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefusedWithATranslatableError() {
        EduException e = assertThrows(EduException.class,
                () -> XlsxReader.read(new ByteArrayInputStream("name;class\nА;1".getBytes(StandardCharsets.UTF_8)), 100));
        assertEquals(422, e.status());
        assertEquals("import.not_xlsx", e.messageKey());
        EduException big = assertThrows(EduException.class, () -> XlsxReader.read(new ByteArrayInputStream(XlsxWriter.write(report(50))), 20));
        assertEquals("import.too_many_rows", big.messageKey());
    }

    @Test
    void sheetNamesAreCutAndMadeUnique() {
        HashSet<String> used = new HashSet<>();
        assertEquals("a b", XlsxWriter.sheetName("a/b", used).replace("  ", " "));
        String longName = "Х".repeat(40);
        assertEquals(31, XlsxWriter.sheetName(longName, used).length());
        assertEquals("Х".repeat(27) + " (2)", XlsxWriter.sheetName(longName, used));
    }
}
