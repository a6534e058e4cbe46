package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.school.api.SchoolClass;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SchoolStructureService.TimetableAdoption;
import kz.digitaledu.school.api.SchoolStructureService.UnmatchedLesson;
import kz.digitaledu.school.api.SchoolYear;

/**
 * {@code /class-timetable}: each class's week taken from the timetable the school published in the Timetables
 * component (with every lesson that matched nothing listed), then the journal's lessons of a term generated for every
 * class of the year.
 */
public class ClassTimetableView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final Select<Organisation> school = new Select<>();
    private final Select<SchoolYear> year = new Select<>();
    private final DatePicker date = new DatePicker();
    private final Button adopt = new Button();
    private final Div result = new Div();
    private final Select<SchoolYear.Term> term = new Select<>();
    private final Button generate = new Button();
    private final Paragraph generated = new Paragraph();

    public ClassTimetableView() {
        setId("class-timetable-view");
        setPadding(true);
        add(new H2(SchoolUi.t("school.web.tt.title")));
        List<Organisation> schools = SchoolUi.schoolsWith(SchoolPermissions.STRUCTURE_MANAGE);
        if (schools.isEmpty()) {
            add(new Paragraph(SchoolUi.t("school.web.tt.no_school")));
            return;
        }
        SchoolUi.schoolSelect(school, "sch-tt-school", schools);
        SchoolUi.yearSelect(year, "sch-tt-year");
        school.addValueChangeListener(e -> showYears());
        year.addValueChangeListener(e -> showTerms());
        add(new HorizontalLayout(school, year));

        add(new H3(SchoolUi.t("school.web.tt.adopt.title")), new Paragraph(SchoolUi.t("school.web.tt.adopt.intro")));
        date.setId("sch-tt-date");
        date.setLabel(SchoolUi.t("school.web.tt.date"));
        date.setLocale(SchoolUi.locale());
        date.setValue(LocalDate.now());
        adopt.setId("sch-tt-adopt");
        adopt.setText(SchoolUi.t("school.web.tt.adopt"));
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adopt.addClickListener(e -> adopt());
        HorizontalLayout adoptRow = new HorizontalLayout(date, adopt);
        adoptRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.setId("sch-tt-result");
        add(adoptRow, result);

        add(new H3(SchoolUi.t("school.web.tt.generate.title")));
        term.setId("sch-tt-term");
        term.setLabel(SchoolUi.t("school.web.tt.term"));
        term.setItemLabelGenerator(t -> SchoolUi.t("school.web.tt.term.label", t.number(), SchoolUi.DATE.format(t.startDate()),
                SchoolUi.DATE.format(t.endDate())));
        generate.setId("sch-tt-generate");
        generate.setText(SchoolUi.t("school.web.tt.generate"));
        generate.addClickListener(e -> generate());
        HorizontalLayout generateRow = new HorizontalLayout(term, generate);
        generateRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        generated.setId("sch-tt-generated");
        add(generateRow, generated);
        school.setValue(schools.get(0));
    }

    private void showYears() {
        SchoolUi.showYears(year, school.getValue().id());
    }

    private void showTerms() {
        SchoolYear y = year.getValue();
        List<SchoolYear.Term> terms = y == null ? List.of() : y.terms();
        term.setItems(terms);
        term.setValue(terms.stream().filter(t -> t.contains(LocalDate.now())).findFirst().orElse(terms.isEmpty() ? null : terms.get(0)));
        adopt.setEnabled(y != null);
        generate.setEnabled(y != null);
    }

    private void adopt() {
        result.removeAll();
        result.getElement().removeAllChildren();
        TimetableAdoption a;
        try {
            a = SchoolUi.structure().structure().adoptPublishedTimetable(year.getValue().id(), date.getValue());
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
            return;
        }
        result.add(new Paragraph(SchoolUi.t("school.web.tt.adopted", a.timetableName(), a.classes(), a.slots())));
        if (a.unmatched().isEmpty()) {
            return;
        }
        result.add(new Paragraph(SchoolUi.t("school.web.tt.unmatched", a.unmatched().size())));
        Element list = new Element("ul");
        for (UnmatchedLesson u : a.unmatched().stream().limit(200).toList()) {
            list.appendChild(new Element("li").setText(u.day().getDisplayName(TextStyle.SHORT, SchoolUi.locale()) + ", " + u.period()
                    + ": " + u.subject() + " · " + u.studentSets() + " · " + u.teachers() + " — " + SchoolUi.t("school.web.tt.reason." + u.reason())));
        }
        result.getElement().appendChild(list);
    }

    private void generate() {
        SchoolYear.Term t = term.getValue();
        if (t == null) {
            return;
        }
        int made = 0;
        try {
            for (SchoolClass c : SchoolUi.structure().structure().classes(school.getValue().id(), year.getValue().id())) {
                made += SchoolUi.structure().structure().generateLessons(c.id(), t.id());
            }
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
        }
        generated.setText(SchoolUi.t("school.web.tt.generated", made));
    }
}
