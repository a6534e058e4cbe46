package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.platform.api.Person;
import kz.digitaledu.school.api.Assignment;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SubstitutionService.AffectedLesson;
import kz.digitaledu.school.api.SubstitutionService.Candidate;
import kz.digitaledu.school.api.SubstitutionService.TeacherAbsence;

/**
 * {@code /substitutions}: the director or a deputy marks a teacher absent for some days, sees the lessons that absence
 * leaves without a teacher, chooses a substitute for each among the teachers free at that period (those who teach the
 * subject first), and reads the book of substituted lessons.
 */
public class SubstitutionsView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    record Teacher(long accountId, String name) {
    }

    private final Select<Organisation> school = new Select<>();
    private final ComboBox<Teacher> teacher = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField reason = new TextField();
    private final Grid<TeacherAbsence> absences = new Grid<>();
    private final Grid<AffectedLesson> affected = new Grid<>();
    private final H3 affectedTitle = new H3();
    private final DatePicker bookFrom = new DatePicker();
    private final DatePicker bookTo = new DatePicker();
    private final Grid<AffectedLesson> book = new Grid<>();
    private TeacherAbsence shown;

    public SubstitutionsView() {
        setId("substitutions-view");
        setPadding(true);
        add(new H2(SchoolUi.t("school.web.subst.title")));
        List<Organisation> schools = SchoolUi.schoolsWith(SchoolPermissions.STRUCTURE_MANAGE);
        if (schools.isEmpty()) {
            add(new Paragraph(SchoolUi.t("school.web.tt.no_school")));
            return;
        }
        SchoolUi.schoolSelect(school, "subst-school", schools);
        add(school);

        add(new H3(SchoolUi.t("school.web.subst.absent_title")));
        teacher.setId("subst-teacher");
        teacher.setLabel(SchoolUi.t("school.web.subst.teacher"));
        teacher.setItemLabelGenerator(Teacher::name);
        teacher.setWidth("20em");
        SchoolUi.datePicker(from, "subst-from", "school.web.subst.from", LocalDate.now());
        SchoolUi.datePicker(to, "subst-to", "school.web.subst.to", LocalDate.now().plusDays(6));
        reason.setId("subst-reason");
        reason.setLabel(SchoolUi.t("school.web.subst.reason"));
        reason.setMaxLength(200);
        Button mark = new Button(SchoolUi.t("school.web.subst.mark"), e -> markAbsent());
        mark.setId("subst-mark");
        mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(teacher, from, to, reason, mark);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        add(form);

        absences.setId("subst-absences");
        absences.addColumn(TeacherAbsence::teacherName).setHeader(SchoolUi.t("school.web.subst.teacher")).setAutoWidth(true);
        absences.addColumn(a -> SchoolUi.DATE.format(a.from()) + " – " + SchoolUi.DATE.format(a.to()))
                .setHeader(SchoolUi.t("school.web.subst.period")).setAutoWidth(true);
        absences.addColumn(a -> a.reason() == null ? "" : a.reason()).setHeader(SchoolUi.t("school.web.subst.reason")).setAutoWidth(true);
        absences.setAllRowsVisible(true);
        absences.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showAffected));
        add(new H3(SchoolUi.t("school.web.subst.absences")), absences);

        affected.setId("subst-lessons");
        affected.addColumn(l -> SchoolUi.DATE.format(l.date())).setHeader(SchoolUi.t("school.web.subst.date")).setAutoWidth(true);
        affected.addColumn(AffectedLesson::period).setHeader(SchoolUi.t("school.web.subst.lesson_period")).setAutoWidth(true);
        affected.addColumn(AffectedLesson::className).setHeader(SchoolUi.t("school.web.subst.class")).setAutoWidth(true);
        affected.addColumn(AffectedLesson::subject).setHeader(SchoolUi.t("school.web.subst.subject")).setAutoWidth(true);
        affected.addColumn(l -> l.substituteName() == null ? "—" : l.substituteName()).setHeader(SchoolUi.t("school.web.subst.substitute"))
                .setAutoWidth(true);
        affected.addComponentColumn(this::actions).setAutoWidth(true);
        affected.setAllRowsVisible(true);
        affected.setClassNameGenerator(l -> l.substituteAccountId() == null ? "edu-uncovered" : "edu-covered");
        affectedTitle.setVisible(false);
        affected.setVisible(false);
        add(affectedTitle, affected);

        add(new H3(SchoolUi.t("school.web.subst.book")));
        SchoolUi.datePicker(bookFrom, "subst-book-from", "school.web.subst.from", LocalDate.now().withDayOfMonth(1));
        SchoolUi.datePicker(bookTo, "subst-book-to", "school.web.subst.to", LocalDate.now().plusDays(30));
        Button showBook = new Button(SchoolUi.t("school.web.subst.show"), e -> showBook());
        showBook.setId("subst-book-show");
        HorizontalLayout bookRow = new HorizontalLayout(bookFrom, bookTo, showBook);
        bookRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        bookRow.getStyle().set("flex-wrap", "wrap");
        book.setId("subst-book");
        book.addColumn(l -> SchoolUi.DATE.format(l.date())).setHeader(SchoolUi.t("school.web.subst.date")).setAutoWidth(true);
        book.addColumn(AffectedLesson::period).setHeader(SchoolUi.t("school.web.subst.lesson_period")).setAutoWidth(true);
        book.addColumn(AffectedLesson::className).setHeader(SchoolUi.t("school.web.subst.class")).setAutoWidth(true);
        book.addColumn(AffectedLesson::subject).setHeader(SchoolUi.t("school.web.subst.subject")).setAutoWidth(true);
        book.addColumn(AffectedLesson::teacherName).setHeader(SchoolUi.t("school.web.subst.absent_teacher")).setAutoWidth(true);
        book.addColumn(AffectedLesson::substituteName).setHeader(SchoolUi.t("school.web.subst.substitute")).setAutoWidth(true);
        book.setAllRowsVisible(true);
        add(bookRow, book);

        school.addValueChangeListener(e -> schoolChosen());
        school.setValue(schools.get(0));
    }

    private void schoolChosen() {
        if (school.getValue() == null) {
            return;
        }
        long schoolId = school.getValue().id();
        try {
            Set<Long> ids = new TreeSet<>();
            for (Assignment a : SchoolUi.structure().structure().assignments(schoolId, null)) {
                ids.add(a.teacherAccountId());
            }
            Map<Long, Person> people = SubstitutionsViewContribution.persons().personsOfAccounts(ids);
            teacher.setItems(ids.stream().filter(people::containsKey).map(id -> new Teacher(id, people.get(id).fullName()))
                    .sorted(Comparator.comparing(Teacher::name)).toList());
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
        }
        refreshAbsences();
        showBook();
    }

    private void refreshAbsences() {
        try {
            absences.setItems(SubstitutionsViewContribution.substitutions().absences(school.getValue().id(),
                    LocalDate.now().minusDays(30), LocalDate.now().plusDays(90)));
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
        }
    }

    private void markAbsent() {
        teacher.setInvalid(false);
        if (teacher.getValue() == null) {
            teacher.setErrorMessage(SchoolUi.t("validation.required"));
            teacher.setInvalid(true);
            return;
        }
        try {
            TeacherAbsence a = SubstitutionsViewContribution.substitutions().markAbsent(school.getValue().id(), teacher.getValue().accountId(),
                    from.getValue(), to.getValue(), reason.getValue());
            SchoolUi.success(SchoolUi.t("school.web.subst.marked", a.teacherName()));
            reason.clear();
            refreshAbsences();
            absences.select(a);
            showAffected(a);
        } catch (EduException e) {
            showError(e);
        }
    }

    private void showError(EduException e) {
        StringBuilder b = new StringBuilder();
        for (EduException.FieldError f : e.fieldErrors()) {
            b.append(SchoolUi.t(f.messageKey(), f.args().toArray())).append(' ');
        }
        SchoolUi.error(b.isEmpty() ? SchoolUi.message(e) : b.toString().trim());
    }

    private void showAffected(TeacherAbsence a) {
        shown = a;
        affectedTitle.setText(SchoolUi.t("school.web.subst.lessons_of", a.teacherName(), SchoolUi.DATE.format(a.from()), SchoolUi.DATE.format(a.to())));
        affectedTitle.setVisible(true);
        affected.setVisible(true);
        try {
            List<AffectedLesson> lessons = SubstitutionsViewContribution.substitutions().affectedLessons(a.id());
            affected.setItems(lessons);
            if (lessons.isEmpty()) {
                SchoolUi.success(SchoolUi.t("school.web.subst.no_lessons"));
            }
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
        }
    }

    private HorizontalLayout actions(AffectedLesson l) {
        HorizontalLayout row = new HorizontalLayout();
        Button choose = new Button(SchoolUi.t(l.substituteAccountId() == null ? "school.web.subst.choose" : "school.web.subst.change"),
                e -> chooseSubstitute(l));
        choose.addClassName("subst-choose");
        choose.getElement().setAttribute("data-lesson", String.valueOf(l.lessonId()));
        choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
        row.add(choose);
        if (l.substituteAccountId() != null) {
            Button remove = new Button(SchoolUi.t("school.web.subst.remove"), e -> {
                try {
                    SubstitutionsViewContribution.substitutions().unassign(l.lessonId());
                    showAffected(shown);
                    showBook();
                } catch (EduException x) {
                    SchoolUi.error(SchoolUi.message(x));
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClassName("subst-remove");
            row.add(remove);
        }
        return row;
    }

    private void chooseSubstitute(AffectedLesson l) {
        List<Candidate> candidates;
        try {
            candidates = SubstitutionsViewContribution.substitutions().candidates(l.lessonId());
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
            return;
        }
        Dialog d = new Dialog();
        d.setHeaderTitle(SchoolUi.t("school.web.subst.candidates", l.className(), l.subject(), SchoolUi.DATE.format(l.date()), l.period()));
        d.setWidth("36em");
        d.getElement().getStyle().set("max-width", "95vw");
        if (candidates.isEmpty()) {
            d.add(new Paragraph(SchoolUi.t("school.web.subst.no_candidates")));
        } else {
            Grid<Candidate> grid = new Grid<>();
            grid.setId("subst-candidates");
            grid.addColumn(Candidate::name).setHeader(SchoolUi.t("school.web.subst.teacher")).setAutoWidth(true);
            grid.addColumn(c -> c.teachesSubject() ? SchoolUi.t("school.web.subst.same_subject") : "")
                    .setHeader(SchoolUi.t("school.web.subst.subject")).setAutoWidth(true);
            grid.addColumn(Candidate::lessonsThatDay).setHeader(SchoolUi.t("school.web.subst.that_day")).setAutoWidth(true);
            grid.addComponentColumn(c -> {
                Button assign = new Button(SchoolUi.t("school.web.subst.assign"), e -> {
                    try {
                        SubstitutionsViewContribution.substitutions().assign(l.lessonId(), c.accountId());
                        SchoolUi.success(SchoolUi.t("school.web.subst.assigned", c.name()));
                        d.close();
                        showAffected(shown);
                        showBook();
                    } catch (EduException x) {
                        showError(x);
                    }
                });
                assign.addClassName("subst-assign");
                assign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                return assign;
            }).setAutoWidth(true);
            grid.setItems(candidates);
            grid.setAllRowsVisible(true);
            d.add(grid);
        }
        Button close = new Button(SchoolUi.t("school.web.close"), e -> d.close());
        d.getFooter().add(close);
        d.open();
    }

    private void showBook() {
        if (school.getValue() == null || bookFrom.getValue() == null || bookTo.getValue() == null) {
            return;
        }
        try {
            book.setItems(SubstitutionsViewContribution.substitutions().book(school.getValue().id(), bookFrom.getValue(), bookTo.getValue()));
        } catch (EduException e) {
            showError(e);
        }
    }
}
