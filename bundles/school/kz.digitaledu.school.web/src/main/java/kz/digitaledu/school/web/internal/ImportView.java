package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.List;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.school.api.SchoolImportService.ImportResult;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SchoolYear;

/**
 * {@code /school-import}: a school's classes, subjects, students and teaching assignments from one workbook. The
 * template is downloaded in the user's language; an uploaded workbook is checked whole and every mistake is listed
 * with its sheet, row and column; nothing is written unless the whole workbook is right.
 */
public class ImportView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final Select<Organisation> school = new Select<>();
    private final Select<SchoolYear> year = new Select<>();
    private final Div result = new Div();

    public ImportView() {
        setId("import-view");
        setPadding(true);
        add(new H2(SchoolUi.t("school.web.import.title")));
        List<Organisation> schools = SchoolUi.schoolsWith(SchoolPermissions.STRUCTURE_MANAGE);
        if (schools.isEmpty()) {
            add(new Paragraph(SchoolUi.t("school.web.tt.no_school")));
            return;
        }
        SchoolUi.schoolSelect(school, "import-school", schools);
        SchoolUi.yearSelect(year, "import-year");
        add(new HorizontalLayout(school, year));
        add(new Paragraph(SchoolUi.t("school.web.import.intro")));
        Anchor template = new Anchor(new StreamResource("school-import.xlsx",
                () -> new ByteArrayInputStream(ImportViewContribution.imports().template())), SchoolUi.t("school.web.import.template"));
        template.setId("import-template");
        template.getElement().setAttribute("download", true);
        add(template);

        Upload upload = SchoolUi.upload("import-upload", "school.web.import.upload", 10 << 20, (name, in) -> {
            try {
                show(ImportViewContribution.imports().importWorkbook(school.getValue().id(), year.getValue().id(), in));
            } catch (EduException x) {
                show(x);
            }
        }, ".xlsx");
        result.setId("import-result");
        add(upload, result);

        school.addValueChangeListener(e -> showYears());
        school.setValue(schools.get(0));
    }

    private void showYears() {
        SchoolUi.showYears(year, school.getValue().id());
    }

    private void show(ImportResult r) {
        result.removeAll();
        Paragraph done = new Paragraph(SchoolUi.t("school.web.import.done", r.classes(), r.subjects(), r.students(), r.assignments(),
                r.teachers(), r.parents()));
        done.getStyle().set("color", "var(--lumo-success-text-color)");
        result.add(done);
        if (!r.credentials().isEmpty()) {
            // the first passwords exist only in this answer: offered once, as a sheet to print and hand out
            byte[] sheet = ImportViewContribution.imports().credentialsWorkbook(r.credentials());
            Paragraph keep = new Paragraph(SchoolUi.t("school.web.import.credentials_note", r.credentials().size()));
            keep.getStyle().set("font-weight", "600");
            Anchor passwords = new Anchor(new StreamResource("first-passwords.xlsx", () -> new ByteArrayInputStream(sheet)),
                    SchoolUi.t("school.web.import.credentials"));
            passwords.setId("import-credentials");
            passwords.getElement().setAttribute("download", true);
            result.add(keep, passwords);
        }
        SchoolUi.success(done.getText());
    }

    private void show(EduException e) {
        result.removeAll();
        Paragraph refused = new Paragraph(SchoolUi.t("school.web.import.refused"));
        refused.getStyle().set("color", "var(--lumo-error-text-color)");
        result.add(refused);
        UnorderedList list = new UnorderedList();
        list.setId("import-errors");
        if (e.fieldErrors().isEmpty()) {
            list.add(new ListItem(SchoolUi.message(e)));
        }
        for (EduException.FieldError f : e.fieldErrors()) {
            list.add(new ListItem(where(f.field()) + SchoolUi.t(f.messageKey(), f.args().toArray())));
        }
        result.add(list);
        SchoolUi.error(SchoolUi.t("school.web.import.refused"));
    }

    /** "Students!7!iin" → "Students, row 7, iin: ". */
    static String where(String field) {
        if (field == null || field.isBlank()) {
            return "";
        }
        String[] parts = field.split("!");
        if (parts.length == 3) {
            return SchoolUi.t("school.web.import.where", parts[0], parts[1], parts[2]) + " ";
        }
        return field + ": ";
    }
}
