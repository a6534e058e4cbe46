package kz.digitaledu.platform.api.report;

import java.io.InputStream;
import java.util.List;

/**
 * Reads uploaded XLSX files for imports (an OSGi service of the platform). A file that is not an
 * XLSX workbook, or is larger than the limit, gives a 422 {@link kz.digitaledu.platform.api.EduException}
 * with a translated message.
 */
public interface SpreadsheetReader {

    /** Every sheet with its rows (empty rows skipped), at most {@code maxRows} rows per sheet. */
    List<Sheet> read(InputStream xlsx, int maxRows);

    /** A sheet by name. */
    record Sheet(String name, List<Row> rows) {
    }

    /** A row: its number as the spreadsheet shows it (1-based) and its cells as trimmed text ("" when empty). */
    record Row(int number, List<String> cells) {
        /** The cell in column {@code index} (0-based), "" past the end. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
