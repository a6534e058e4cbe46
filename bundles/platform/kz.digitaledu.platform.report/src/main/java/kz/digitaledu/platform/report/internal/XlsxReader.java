package kz.digitaledu.platform.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.report.SpreadsheetReader;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads XLSX files with fastexcel-reader (streaming, no formulas evaluated: cached values are read). */
final class XlsxReader {
    private XlsxReader() {
    }

    static List<SpreadsheetReader.Sheet> read(InputStream in, int maxRows) {
        List<SpreadsheetReader.Sheet> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(in)) {
            for (Sheet sheet : wb.getSheets().toList()) {
                List<SpreadsheetReader.Row> rows = new ArrayList<>();
                try (Stream<Row> stream = sheet.openStream()) {
                    for (Row r : (Iterable<Row>) stream::iterator) {
                        TreeMap<Integer, String> cells = new TreeMap<>();
                        for (Cell c : r) {
                            if (c != null && c.getText() != null && !c.getText().isBlank()) {
                                cells.put(c.getColumnIndex(), c.getText().strip());
                            }
                        }
                        if (cells.isEmpty()) {
                            continue;
                        }
                        if (rows.size() >= maxRows) {
                            throw new EduException(422, "too_many_rows", "import.too_many_rows", maxRows);
                        }
                        List<String> values = new ArrayList<>();
                        for (int i = 0; i <= cells.lastKey(); i++) {
                            values.add(cells.getOrDefault(i, ""));
                        }
                        rows.add(new SpreadsheetReader.Row(r.getRowNum(), values));
                    }
                }
                out.add(new SpreadsheetReader.Sheet(sheet.getName(), rows));
            }
        } catch (EduException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new EduException(422, "not_xlsx", "import.not_xlsx");
        }
        return out;
    }
}
