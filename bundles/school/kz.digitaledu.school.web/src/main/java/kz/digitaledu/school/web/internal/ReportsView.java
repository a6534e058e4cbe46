package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.platform.api.report.Report;
import kz.digitaledu.school.api.SchoolClass;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SchoolYear;

/**
 * {@code /school-reports}: the report card (табель), knowledge quality and success rate, attendance, journal-keeping
 * quality, teaching load, the register of arrivals and departures and the alphabetical book: chosen with what they
 * need (class, term, year, dates), shown as tables on the page and downloaded as XLSX or PDF.
 */
public class ReportsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    /** The reports and what each needs. */
    enum Kind {
        REPORT_CARD(true, true, false), YEAR_REPORT_CARD(true, false, false), PERFORMANCE(false, true, false), ATTENDANCE(true, true, false), JOURNAL_QUALITY(false, true, false),
        TEACHING_LOAD(false, false, false), MOVEMENT(false, false, true), ALPHABETICAL_BOOK(false, false, false);

        final boolean needsClass;
        final boolean needsTerm;
        final boolean needsDates;

        Kind(boolean needsClass, boolean needsTerm, boolean needsDates) {
            this.needsClass = needsClass;
            this.needsTerm = needsTerm;
            this.needsDates = needsDates;
        }
    }

    private final Select<Organisation> school = new Select<>();
    private final Select<Kind> kind = new Select<>();
    private final Select<SchoolYear> year = new Select<>();
    private final Select<SchoolYear.Term> term = new Select<>();
    private final Select<SchoolClass> schoolClass = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div downloads = new Div();
    private final Div tables = new Div();

    public ReportsView() {
        setId("reports-view");
        setPadding(true);
        add(new H2(SchoolUi.t("school.web.reports.title")));
        List<Organisation> schools = SchoolUi.schoolsWith(SchoolPermissions.JOURNAL_READ_ALL);
        if (schools.isEmpty()) {
            add(new Paragraph(SchoolUi.t("school.web.tt.no_school")));
            return;
        }
        SchoolUi.schoolSelect(school, "rep-school", schools);
        kind.setId("rep-kind");
        kind.setLabel(SchoolUi.t("school.web.reports.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> SchoolUi.t("school.web.reports.kind." + k.name()));
        SchoolUi.yearSelect(year, "rep-year");
        term.setId("rep-term");
        term.setLabel(SchoolUi.t("school.web.journal.term"));
        term.setItemLabelGenerator(t -> SchoolUi.t("school.web.term", t.number()));
        schoolClass.setId("rep-class");
        schoolClass.setLabel(SchoolUi.t("school.web.subst.class"));
        schoolClass.setItemLabelGenerator(SchoolClass::name);
        SchoolUi.datePicker(from, "rep-from", "school.web.subst.from", null);
        SchoolUi.datePicker(to, "rep-to", "school.web.subst.to", null);
        Button show = new Button(SchoolUi.t("school.web.subst.show"), e -> show());
        show.setId("rep-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout choice = new HorizontalLayout(school, kind, year, term, schoolClass, from, to, show);
        choice.setAlignItems(FlexComponent.Alignment.BASELINE);
        choice.getStyle().set("flex-wrap", "wrap");
        downloads.setId("rep-downloads");
        downloads.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");
        tables.setId("rep-tables");
        tables.setWidthFull();
        add(choice, downloads, tables);

        school.addValueChangeListener(e -> showYears());
        year.addValueChangeListener(e -> showTermsAndClasses());
        kind.addValueChangeListener(e -> showParameters());
        kind.setValue(Kind.PERFORMANCE);
        school.setValue(schools.get(0));
    }

    private void showYears() {
        if (school.getValue() == null) {
            return;
        }
        SchoolUi.showYears(year, school.getValue().id());
    }

    private void showTermsAndClasses() {
        SchoolYear y = year.getValue();
        if (y == null) {
            return;
        }
        term.setItems(y.terms());
        term.setValue(Terms.defaultTerm(y.terms(), LocalDate.now()).orElse(y.terms().isEmpty() ? null : y.terms().get(0)));
        List<SchoolClass> classes = SchoolUi.structure().structure().classes(school.getValue().id(), y.id());
        schoolClass.setItems(classes);
        schoolClass.setValue(classes.isEmpty() ? null : classes.get(0));
        from.setValue(y.startDate());
        to.setValue(LocalDate.now().isBefore(y.endDate()) ? LocalDate.now() : y.endDate());
        showParameters();
    }

    private void showParameters() {
        Kind k = kind.getValue();
        if (k == null) {
            return;
        }
        schoolClass.setVisible(k.needsClass);
        term.setVisible(k.needsTerm);
        year.setVisible(!k.needsDates && k != Kind.ALPHABETICAL_BOOK);
        from.setVisible(k.needsDates);
        to.setVisible(k.needsDates);
    }

    private Report report(Kind k) {
        var service = ReportsViewContribution.reports();
        long schoolId = school.getValue().id();
        return switch (k) {
            case REPORT_CARD -> service.reportCard(required(schoolClass.getValue()).id(), required(term.getValue()).id());
            case YEAR_REPORT_CARD -> service.yearReportCard(required(schoolClass.getValue()).id());
            case PERFORMANCE -> service.performance(schoolId, required(term.getValue()).id());
            case ATTENDANCE -> service.attendance(required(schoolClass.getValue()).id(), required(term.getValue()).id());
            case JOURNAL_QUALITY -> service.journalQuality(schoolId, required(term.getValue()).id());
            case TEACHING_LOAD -> service.teachingLoad(schoolId, required(year.getValue()).id());
            case MOVEMENT -> service.movement(schoolId, required(from.getValue()), required(to.getValue()));
            case ALPHABETICAL_BOOK -> service.alphabeticalBook(schoolId);
        };
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw EduException.invalid("report", "validation.required");
        }
        return value;
    }

    private void show() {
        tables.removeAll();
        downloads.removeAll();
        Kind k = kind.getValue();
        if (k == null || school.getValue() == null) {
            return;
        }
        Report report;
        try {
            report = report(k);
        } catch (EduException e) {
            SchoolUi.error(e.fieldErrors().isEmpty() ? SchoolUi.message(e)
                    : SchoolUi.t(e.fieldErrors().get(0).messageKey(), e.fieldErrors().get(0).args().toArray()));
            return;
        }
        String stem = report.title().replaceAll("[\\\\/:*?\"<>|]", "_");
        Anchor xlsx = new Anchor(new StreamResource(stem + ".xlsx",
                () -> new ByteArrayInputStream(ReportsViewContribution.renderer().xlsx(report))), SchoolUi.t("school.web.reports.xlsx"));
        xlsx.setId("rep-xlsx");
        xlsx.getElement().setAttribute("download", true);
        Anchor pdf = new Anchor(new StreamResource(stem + ".pdf",
                () -> new ByteArrayInputStream(ReportsViewContribution.renderer().pdf(report))), SchoolUi.t("school.web.reports.pdf"));
        pdf.setId("rep-pdf");
        pdf.getElement().setAttribute("download", true);
        downloads.add(xlsx, pdf);
        H3 title = new H3(report.title());
        title.setId("rep-title");
        tables.add(title);
        if (!report.subtitle().isEmpty()) {
            tables.add(new Paragraph(report.subtitle()));
        }
        int index = 0;
        for (Report.Table t : report.tables()) {
            if (report.tables().size() > 1) {
                tables.add(new H3(t.title()));
            }
            Grid<List<Object>> grid = new Grid<>();
            grid.setId("rep-table-" + index++);
            grid.addClassName("rep-table");
            for (int c = 0; c < t.columns().size(); c++) {
                int column = c;
                grid.addColumn(row -> column < row.size() && row.get(column) != null ? cell(row.get(column)) : "")
                        .setHeader(t.columns().get(c).header()).setAutoWidth(true).setResizable(true);
            }
            grid.setItems(t.rows());
            grid.setAllRowsVisible(t.rows().size() <= 60);
            if (t.rows().size() > 60) {
                grid.setHeight("32em");
            }
            if (t.rows().isEmpty()) {
                tables.add(new Paragraph(SchoolUi.t("school.web.reports.empty")));
            } else {
                tables.add(grid);
            }
        }
    }

    private static String cell(Object value) {
        if (value instanceof LocalDate d) {
            return SchoolUi.DATE.format(d);
        }
        if (value instanceof java.math.BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double d) {
            return String.format(SchoolUi.locale(), "%.1f", d);
        }
        return String.valueOf(value);
    }
}
