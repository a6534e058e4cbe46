package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.Component;
import kz.digitaledu.platform.api.report.ReportRenderer;
import kz.digitaledu.platform.web.ViewContribution;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SchoolReportService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The school's reports in the menu of those who read every journal of the school (director, deputies, methodologists). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class ReportsViewContribution implements ViewContribution {
    static final String ROUTE = "school-reports";

    private static volatile SchoolReportService reports;
    private static volatile ReportRenderer renderer;

    @Activate
    public ReportsViewContribution(@Reference SchoolReportService reports, @Reference ReportRenderer renderer) {
        ReportsViewContribution.reports = reports;
        ReportsViewContribution.renderer = renderer;
    }

    @Deactivate
    void deactivate() {
        reports = null;
        renderer = null;
    }

    static SchoolReportService reports() {
        SchoolReportService r = reports;
        if (r == null) {
            throw new IllegalStateException("school reports screen not active");
        }
        return r;
    }

    static ReportRenderer renderer() {
        ReportRenderer r = renderer;
        if (r == null) {
            throw new IllegalStateException("school reports screen not active");
        }
        return r;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String titleKey() {
        return "school.web.reports.menu";
    }

    @Override
    public String icon() {
        return "CHART";
    }

    @Override
    public String requiredPermission() {
        return SchoolPermissions.JOURNAL_READ_ALL;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ReportsView.class;
    }

    @Override
    public int order() {
        return 37;
    }
}
