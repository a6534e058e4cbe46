package kz.digitaledu.platform.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.digitaledu.platform.api.report.Report;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a {@link Report} as an XLSX workbook with fastexcel: one sheet per table. */
final class XlsxWriter {
    private XlsxWriter() {
    }

    static byte[] write(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Digital Education", "1.0")) {
            Set<String> used = new HashSet<>();
            for (Report.Table t : report.tables()) {
                Worksheet ws = wb.newWorksheet(sheetName(t.title(), used));
                int r = 0;
                if (!report.subtitle().isEmpty() || report.tables().size() == 1) {
                    ws.value(r, 0, report.title());
                    ws.style(r, 0).bold().set();
                    r++;
                    if (!report.subtitle().isEmpty()) {
                        ws.value(r++, 0, report.subtitle());
                    }
                    ws.value(r, 0, t.title());
                    ws.style(r, 0).bold().set();
                    r += 2;
                }
                List<Report.Column> cols = t.columns();
                for (int c = 0; c < cols.size(); c++) {
                    ws.value(r, c, cols.get(c).header());
                    ws.style(r, c).bold().fillColor("DDEBF7").wrapText(true).set();
                    ws.width(c, Math.max(4, Math.min(60, cols.get(c).width() + 2)));
                }
                int header = r;
                r++;
                for (List<Object> row : t.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v == null) {
                            continue;
                        }
                        if (v instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (v instanceof LocalDate d) {
                            ws.value(r, c, d);
                            ws.style(r, c).format("dd.mm.yyyy").set();
                        } else if (v instanceof Boolean b) {
                            ws.value(r, c, b);
                        } else {
                            ws.value(r, c, v.toString());
                        }
                    }
                    r++;
                }
                ws.freezePane(0, header + 1);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet name, and each must be unique. */
    static String sheetName(String title, Set<String> used) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.isEmpty()) {
            base = "Sheet";
        }
        base = base.length() > 31 ? base.substring(0, 31) : base;
        String name = base;
        for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
