package kz.digitaledu.platform.api.report;

import java.util.List;
import java.util.Objects;

/**
 * A document of one or more tables, already in the reader's language: an XLSX workbook with one sheet
 * per table, or a PDF with the tables one after another.
 *
 * @param title    the document's title (first line of the PDF, file name stem)
 * @param subtitle a second line (organisation, period), may be empty
 * @param tables   the tables
 */
public record Report(String title, String subtitle, List<Table> tables) {
    public Report {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        tables = List.copyOf(tables);
    }

    /**
     * A titled table. Cells are strings, numbers ({@link Number}), dates ({@link java.time.LocalDate}) or
     * {@code null} for an empty cell.
     */
    public record Table(String title, List<Column> columns, List<List<Object>> rows) {
        public Table {
            Objects.requireNonNull(title, "title");
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        }
    }

    /** A column: its header and a width hint in characters. */
    public record Column(String header, int width) {
        public static Column of(String header, int width) {
            return new Column(header, width);
        }
    }
}
