package kz.digitaledu.platform.api.report;

/** Writes {@link Report}s as files (an OSGi service of the platform). */
public interface ReportRenderer {

    /** An XLSX workbook: one sheet per table, headers in bold, numbers as numbers, dates as dates. */
    byte[] xlsx(Report report);

    /** A PDF (A4 landscape) with a font that has every Kazakh, Russian and Latin letter. */
    byte[] pdf(Report report);

    /** The MIME type of XLSX files. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The MIME type of PDF files. */
    String PDF = "application/pdf";
}
