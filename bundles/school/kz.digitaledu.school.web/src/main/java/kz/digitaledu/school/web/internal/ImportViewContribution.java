package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.Component;
import kz.digitaledu.platform.web.ViewContribution;
import kz.digitaledu.school.api.SchoolImportService;
import kz.digitaledu.school.api.SchoolPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The school's import of classes, subjects, students and assignments, for those who manage the school. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class ImportViewContribution implements ViewContribution {
    static final String ROUTE = "school-import";

    private static volatile SchoolImportService imports;

    @Activate
    public ImportViewContribution(@Reference SchoolImportService imports) {
        ImportViewContribution.imports = imports;
    }

    @Deactivate
    void deactivate() {
        imports = null;
    }

    static SchoolImportService imports() {
        SchoolImportService i = imports;
        if (i == null) {
            throw new IllegalStateException("school import screen not active");
        }
        return i;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String titleKey() {
        return "school.web.import.menu";
    }

    @Override
    public String icon() {
        return "UPLOAD";
    }

    @Override
    public String requiredPermission() {
        return SchoolPermissions.STRUCTURE_MANAGE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ImportView.class;
    }

    @Override
    public int order() {
        return 34;
    }
}
