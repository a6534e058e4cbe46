package kz.digitaledu.platform.report.internal;

import java.io.InputStream;
import java.util.List;
import kz.digitaledu.platform.api.report.Report;
import kz.digitaledu.platform.api.report.ReportRenderer;
import kz.digitaledu.platform.api.report.SpreadsheetReader;
import org.osgi.service.component.annotations.Component;

/** The platform's report services. */
public final class ReportComponents {
    private ReportComponents() {
    }

    @Component(service = ReportRenderer.class)
    public static class Renderer implements ReportRenderer {
        @Override
        public byte[] xlsx(Report report) {
            return XlsxWriter.write(report);
        }

        @Override
        public byte[] pdf(Report report) {
            return PdfWriter.write(report);
        }
    }

    @Component(service = SpreadsheetReader.class)
    public static class Reader implements SpreadsheetReader {
        @Override
        public List<Sheet> read(InputStream xlsx, int maxRows) {
            return XlsxReader.read(xlsx, maxRows);
        }
    }
}
