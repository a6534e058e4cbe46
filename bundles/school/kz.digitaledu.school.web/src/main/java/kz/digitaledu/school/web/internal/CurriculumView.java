package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.school.api.Assignment;
import kz.digitaledu.school.api.ClassGroup;
import kz.digitaledu.school.api.SchoolClass;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SchoolStructureService;
import kz.digitaledu.school.api.SchoolYear;
import kz.digitaledu.school.api.Subject;

/**
 * {@code /school-curriculum}: what the school's year is made of. The chosen year's terms and holidays, and a new year
 * (quarters or trimesters with their dates, holidays); the school's subjects in three languages, and a new one; a class's
 * teaching assignments (subject, whole class or sub-group, teacher, hours a week) with the class's weekly total: add one,
 * give one to another teacher or change its hours, delete one made by mistake. Every change goes through
 * {@link SchoolStructureService} (checked, audited); a refused change shows the reason at the field and changes nothing.
 * The teaching load per teacher is a report on the Reports screen.
 */
public class CurriculumView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    /** Staff who may teach: the school's teachers, deputies and directors. */
    private static final EnumSet<Role> TEACHING = EnumSet.of(Role.TEACHER, Role.DEPUTY_DIRECTOR, Role.SCHOOL_ADMIN, Role.TUTOR);

    private final Select<Organisation> school = new Select<>();
    private final Select<SchoolYear> year = new Select<>();
    private final Paragraph yearDates = new Paragraph();
    private final Grid<SchoolYear.Term> terms = new Grid<>();
    private final Paragraph holidays = new Paragraph();
    private final Grid<Subject> subjects = new Grid<>();
    private final Select<SchoolClass> schoolClass = new Select<>();
    private final Grid<Assignment> assignments = new Grid<>();
    private final Paragraph total = new Paragraph();
    private final Button newAssignment = new Button();
    private final String language = SchoolUi.locale().getLanguage();
    private Map<Long, Subject> subjectById = Map.of();
    private Map<Long, String> groupName = Map.of();
    private List<Teacher> teachers = List.of();
    /** The class last chosen: kept while the lists are shown again. */
    private long chosenClassId = -1;

    /** A member of staff who may be given an assignment. */
    record Teacher(long accountId, String name) {
    }

    public CurriculumView() {
        setId("curriculum-view");
        setPadding(true);
        add(new H2(SchoolUi.t("school.web.curr.title")));
        List<Organisation> schools = SchoolUi.schoolsWith(SchoolPermissions.STRUCTURE_MANAGE);
        if (schools.isEmpty()) {
            add(new Paragraph(SchoolUi.t("school.web.tt.no_school")));
            return;
        }
        SchoolUi.schoolSelect(school, "curr-school", schools);
        SchoolUi.yearSelect(year, "curr-year");
        Button newYear = new Button(SchoolUi.t("school.web.curr.year.new"), e -> yearDialog());
        newYear.setId("curr-new-year");
        HorizontalLayout choice = new HorizontalLayout(school, year, newYear);
        choice.setAlignItems(FlexComponent.Alignment.BASELINE);
        choice.getStyle().set("flex-wrap", "wrap");
        add(choice);

        // the year
        yearDates.setId("curr-year-dates");
        terms.setId("curr-terms");
        terms.addColumn(t -> termLabel(t.number(), year.getValue() == null ? 4 : year.getValue().terms().size())).setHeader(SchoolUi.t("school.web.curr.term_col")).setAutoWidth(true);
        terms.addColumn(t -> SchoolUi.DATE.format(t.startDate())).setHeader(SchoolUi.t("school.web.curr.from")).setAutoWidth(true);
        terms.addColumn(t -> SchoolUi.DATE.format(t.endDate())).setHeader(SchoolUi.t("school.web.curr.to")).setAutoWidth(true);
        terms.setAllRowsVisible(true);
        terms.setMaxWidth("40em");
        holidays.setId("curr-holidays");
        add(yearDates, terms, holidays);

        // subjects
        Button newSubject = new Button(SchoolUi.t("school.web.curr.subject.new"), e -> subjectDialog());
        newSubject.setId("curr-new-subject");
        HorizontalLayout subjectsHead = new HorizontalLayout(new H3(SchoolUi.t("school.web.curr.subjects")), newSubject);
        subjectsHead.setAlignItems(FlexComponent.Alignment.BASELINE);
        subjects.setId("curr-subjects");
        subjects.addColumn(Subject::code).setHeader(SchoolUi.t("school.web.curr.subject.code")).setAutoWidth(true);
        subjects.addColumn(Subject::nameKk).setHeader(SchoolUi.t("school.web.curr.subject.kk")).setAutoWidth(true);
        subjects.addColumn(Subject::nameRu).setHeader(SchoolUi.t("school.web.curr.subject.ru")).setAutoWidth(true);
        subjects.addColumn(Subject::nameEn).setHeader(SchoolUi.t("school.web.curr.subject.en")).setAutoWidth(true);
        subjects.setAllRowsVisible(true);
        add(subjectsHead, subjects);

        // teaching assignments of a class
        schoolClass.setId("curr-class");
        schoolClass.setLabel(SchoolUi.t("school.web.classes.class"));
        schoolClass.setItemLabelGenerator(c -> c == null ? "—" : c.name());
        newAssignment.setId("curr-new-assignment");
        newAssignment.setText(SchoolUi.t("school.web.curr.assignment.new"));
        newAssignment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newAssignment.addClickListener(e -> assignmentDialog(null));
        HorizontalLayout assignmentsHead = new HorizontalLayout(new H3(SchoolUi.t("school.web.curr.assignments")), schoolClass, newAssignment);
        assignmentsHead.setAlignItems(FlexComponent.Alignment.BASELINE);
        assignmentsHead.getStyle().set("flex-wrap", "wrap");
        assignments.setId("curr-assignments");
        assignments.addColumn(a -> subjectName(a.subjectId())).setHeader(SchoolUi.t("school.web.curr.assignment.subject")).setAutoWidth(true)
                .setFlexGrow(1);
        assignments.addColumn(a -> a.groupId() == null ? SchoolUi.t("school.web.curr.whole_class") : groupName.getOrDefault(a.groupId(), "—"))
                .setHeader(SchoolUi.t("school.web.curr.assignment.group")).setAutoWidth(true);
        assignments.addColumn(a -> teacherName(a.teacherAccountId())).setHeader(SchoolUi.t("school.web.subst.teacher")).setAutoWidth(true);
        assignments.addColumn(Assignment::hoursPerWeek).setHeader(SchoolUi.t("school.web.curr.assignment.hours")).setAutoWidth(true);
        assignments.addComponentColumn(this::assignmentActions).setAutoWidth(true).setFlexGrow(0);
        assignments.setAllRowsVisible(true);
        total.setId("curr-total");
        add(assignmentsHead, assignments, total);

        school.addValueChangeListener(e -> schoolChosen());
        year.addValueChangeListener(e -> yearChosen());
        schoolClass.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                chosenClassId = e.getValue().id();
            }
            showAssignments();
        });
        school.setValue(schools.get(0));
    }

    private static SchoolStructureService structure() {
        return SchoolUi.structure().structure();
    }

    private void schoolChosen() {
        Organisation o = school.getValue();
        if (o == null) {
            return;
        }
        showSubjects();
        teachers = CurriculumViewContribution.users().list(o.id()).stream()
                .filter(a -> a.enabled() && a.grants().stream().anyMatch(g -> g.organisationId() == o.id() && TEACHING.contains(g.role())))
                .map(a -> new Teacher(a.id(), a.person().fullName())).sorted(Comparator.comparing(Teacher::name)).toList();
        SchoolUi.showYears(year, o.id());
    }

    private void showSubjects() {
        List<Subject> list = structure().subjects(school.getValue().id());
        subjectById = list.stream().collect(Collectors.toMap(Subject::id, s -> s));
        subjects.setItems(list);
    }

    private void yearChosen() {
        SchoolYear y = year.getValue();
        terms.setItems(y == null ? List.of() : y.terms());
        yearDates.setText(y == null ? SchoolUi.t("school.web.curr.no_year")
                : SchoolUi.t("school.web.curr.year_dates", y.name(), SchoolUi.DATE.format(y.startDate()), SchoolUi.DATE.format(y.endDate())));
        holidays.setText(y == null ? "" : SchoolUi.t("school.web.curr.holidays", y.holidays().isEmpty() ? "—"
                : y.holidays().stream().map(SchoolUi.DATE::format).collect(Collectors.joining(", "))));
        List<SchoolClass> classes = y == null ? List.of() : structure().classes(school.getValue().id(), y.id());
        long keep = chosenClassId;
        schoolClass.setItems(classes);
        schoolClass.setValue(classes.stream().filter(c -> c.id() == keep).findFirst()
                .orElse(classes.isEmpty() ? null : classes.get(0)));
        showAssignments();
    }

    private void showAssignments() {
        SchoolClass c = schoolClass.getValue();
        newAssignment.setEnabled(c != null);
        if (c == null) {
            groupName = Map.of();
            assignments.setItems(List.of());
            total.setText("");
            return;
        }
        groupName = structure().groups(c.id()).stream().collect(Collectors.toMap(ClassGroup::id, ClassGroup::name));
        List<Assignment> list = structure().assignments(c.organisationId(), null).stream().filter(a -> a.classId() == c.id())
                .sorted(Comparator.comparing((Assignment a) -> subjectName(a.subjectId())).thenComparing(a -> a.groupId() == null ? ""
                        : groupName.getOrDefault(a.groupId(), ""))).toList();
        assignments.setItems(list);
        // a split subject's groups sit in the same periods: the class's week counts each subject once at its largest
        Map<Long, Integer> perSubject = new HashMap<>();
        list.forEach(a -> perSubject.merge(a.subjectId(), a.hoursPerWeek(), Math::max));
        total.setText(SchoolUi.t("school.web.curr.total", c.name(), perSubject.values().stream().mapToInt(Integer::intValue).sum(), list.size()));
    }

    private String subjectName(long subjectId) {
        Subject s = subjectById.get(subjectId);
        return s == null ? "—" : s.name(language);
    }

    private String teacherName(long accountId) {
        return teachers.stream().filter(t -> t.accountId() == accountId).map(Teacher::name).findFirst()
                .orElseGet(() -> CurriculumViewContribution.users().find(accountId).map(a -> a.person().fullName()).orElse("—"));
    }

    private Component assignmentActions(Assignment a) {
        Button change = new Button(SchoolUi.t("school.web.curr.assignment.change"), e -> assignmentDialog(a));
        change.addClassName("curr-assignment-change");
        change.getElement().setAttribute("data-subject", subjectName(a.subjectId()));
        change.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button(SchoolUi.t("school.web.curr.assignment.delete"), e -> {
            try {
                structure().deleteAssignment(a.id());
                SchoolUi.success(SchoolUi.t("school.web.curr.assignment.deleted", subjectName(a.subjectId())));
                showAssignments();
            } catch (EduException x) {
                SchoolUi.error(SchoolUi.message(x));
            }
        });
        delete.addClassName("curr-assignment-delete");
        delete.getElement().setAttribute("data-subject", subjectName(a.subjectId()));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(change, delete);
    }

    // ---- dialogs --------------------------------------------------------------------------------------------------

    private static Dialog dialog(String id, String title) {
        return SchoolDialogs.dialog(id, title, "40em");
    }

    private static TextField text(String id, String labelKey, int max) {
        return SchoolDialogs.text(id, labelKey, max);
    }

    /** A new year: quarters (four) or trimesters (three), each with its dates, proposed from the usual calendar. */
    private void yearDialog() {
        int startYear = year.getValue() == null ? LocalDate.now().getYear() : year.getValue().endDate().getYear();
        Dialog d = dialog("year-dialog", SchoolUi.t("school.web.curr.year.new"));
        TextField name = text("year-name", "school.web.curr.year.name", 40);
        name.setValue(startYear + "-" + (startYear + 1));
        DatePicker start = new DatePicker();
        SchoolUi.datePicker(start, "year-start", "school.web.curr.from", LocalDate.of(startYear, 9, 1));
        DatePicker end = new DatePicker();
        SchoolUi.datePicker(end, "year-end", "school.web.curr.to", LocalDate.of(startYear + 1, 5, 25));
        Select<Integer> kind = new Select<>();
        kind.setId("year-kind");
        kind.setLabel(SchoolUi.t("school.web.curr.year.kind"));
        kind.setItems(4, 3);
        kind.setItemLabelGenerator(n -> n == null ? "—" : SchoolUi.t(n == 4 ? "school.web.curr.year.quarters" : "school.web.curr.year.trimesters"));
        FormLayout head = new FormLayout(name, kind, start, end);
        head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        FormLayout termForm = new FormLayout();
        termForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        List<DatePicker[]> termPickers = new ArrayList<>();
        Map<String, HasValidation> fields = new HashMap<>(Map.of("name", name, "startDate", start, "endDate", end));
        kind.addValueChangeListener(e -> {
            termForm.removeAll();
            termPickers.clear();
            fields.keySet().removeIf(k -> k.startsWith("terms["));
            int count = e.getValue() == null ? 4 : e.getValue();
            List<LocalDate[]> proposed = proposedTerms(startYear, count);
            for (int i = 0; i < proposed.size(); i++) {
                DatePicker from = new DatePicker();
                SchoolUi.datePicker(from, "year-term" + (i + 1) + "-from", "school.web.curr.from", proposed.get(i)[0]);
                from.setLabel(termLabel(i + 1, count) + " — " + SchoolUi.t("school.web.curr.from"));
                DatePicker to = new DatePicker();
                SchoolUi.datePicker(to, "year-term" + (i + 1) + "-to", "school.web.curr.to", proposed.get(i)[1]);
                to.setLabel(termLabel(i + 1, count) + " — " + SchoolUi.t("school.web.curr.to"));
                termForm.add(from, to);
                termPickers.add(new DatePicker[] {from, to});
                fields.put("terms[" + i + "]", from);
                fields.put("terms[" + i + "].startDate", from);
                fields.put("terms[" + i + "].endDate", to);
            }
        });
        kind.setValue(4);
        TextArea holidayText = new TextArea(SchoolUi.t("school.web.curr.year.holidays"));
        holidayText.setId("year-holidays");
        holidayText.setPlaceholder("16.12." + startYear + ", 08.03." + (startYear + 1));
        holidayText.setWidthFull();
        fields.put("holidays", holidayText);
        d.add(new VerticalLayout(head, termForm, holidayText));
        SchoolDialogs.footer(d, "year-save", "school.web.curr.year.save", fields, () -> {
            List<SchoolStructureService.NewTerm> list = new ArrayList<>();
            for (int i = 0; i < termPickers.size(); i++) {
                list.add(new SchoolStructureService.NewTerm(i + 1, termPickers.get(i)[0].getValue(), termPickers.get(i)[1].getValue()));
            }
            SchoolYear created = structure().createYear(new SchoolStructureService.NewYear(school.getValue().id(), name.getValue(),
                    start.getValue(), end.getValue(), list, holidays(holidayText.getValue())));
            return SchoolUi.t("school.web.curr.year.created", created.name(), created.terms().size());
        }, () -> {
            // the new year joins the list; the year being looked at stays chosen
            long shown = year.getValue() == null ? -1 : year.getValue().id();
            List<SchoolYear> years = structure().years(school.getValue().id());
            year.setItems(years);
            year.setValue(years.stream().filter(y -> y.id() == shown).findFirst().orElse(years.get(years.size() - 1)));
        });
        d.open();
        name.focus();
    }

    /** "Term 2" of a year of quarters, "Trimester 2" of one of three. */
    private static String termLabel(int number, int count) {
        return SchoolUi.t(count == 3 ? "school.web.curr.trimester" : "school.web.curr.term", number);
    }

    /** Holidays typed as dd.MM.yyyy separated by commas, spaces or lines; a word that is not such a date is refused. */
    private static List<LocalDate> holidays(String text) {
        List<LocalDate> out = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(LocalDate.parse(part, SchoolUi.DATE));
            } catch (DateTimeParseException e) {
                throw EduException.invalid("holidays", "school.web.curr.year.bad_holiday", part);
            }
        }
        return out;
    }

    /** Kazakhstan's usual calendar: quarters with autumn, winter and spring breaks; trimesters of about 11 weeks. */
    private static List<LocalDate[]> proposedTerms(int startYear, int count) {
        int y = startYear;
        if (count == 3) {
            return List.of(new LocalDate[] {LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 21)},
                    new LocalDate[] {LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 2, 27)},
                    new LocalDate[] {LocalDate.of(y + 1, 3, 9), LocalDate.of(y + 1, 5, 25)});
        }
        return List.of(new LocalDate[] {LocalDate.of(y, 9, 1), LocalDate.of(y, 10, 24)},
                new LocalDate[] {LocalDate.of(y, 11, 3), LocalDate.of(y, 12, 28)},
                new LocalDate[] {LocalDate.of(y + 1, 1, 8), LocalDate.of(y + 1, 3, 19)},
                new LocalDate[] {LocalDate.of(y + 1, 3, 30), LocalDate.of(y + 1, 5, 25)});
    }

    private void subjectDialog() {
        Dialog d = dialog("subject-dialog", SchoolUi.t("school.web.curr.subject.new"));
        TextField code = text("subject-code", "school.web.curr.subject.code", 40);
        TextField kk = text("subject-kk", "school.web.curr.subject.kk", 200);
        TextField ru = text("subject-ru", "school.web.curr.subject.ru", 200);
        TextField en = text("subject-en", "school.web.curr.subject.en", 200);
        d.add(new FormLayout(code, kk, ru, en));
        Map<String, HasValidation> fields = Map.of("code", code, "nameKk", kk, "nameRu", ru, "nameEn", en);
        SchoolDialogs.footer(d, "subject-save", "school.web.curr.subject.save", fields, () -> {
            Subject s = structure().createSubject(new SchoolStructureService.NewSubject(school.getValue().id(), code.getValue(),
                    kk.getValue(), ru.getValue(), en.getValue()));
            return SchoolUi.t("school.web.curr.subject.created", s.name(language));
        }, this::showSubjects);
        d.open();
        code.focus();
    }

    /** A new assignment of the chosen class ({@code existing} null), or another teacher or hours for one. */
    private void assignmentDialog(Assignment existing) {
        SchoolClass c = schoolClass.getValue();
        Dialog d = dialog("assignment-dialog", existing == null ? SchoolUi.t("school.web.curr.assignment.new_title", c.name())
                : SchoolUi.t("school.web.curr.assignment.change_title", subjectName(existing.subjectId()), c.name()));
        ComboBox<Subject> subject = new ComboBox<>(SchoolUi.t("school.web.curr.assignment.subject"));
        subject.setId("assignment-subject");
        subject.setItems(subjectById.values().stream().sorted(Comparator.comparing((Subject s) -> s.name(language))).toList());
        subject.setItemLabelGenerator(s -> s.name(language));
        Select<Long> group = new Select<>();
        group.setId("assignment-group");
        group.setLabel(SchoolUi.t("school.web.curr.assignment.group"));
        List<Long> groupIds = new ArrayList<>();
        groupIds.add(0L);
        groupIds.addAll(groupName.keySet().stream().sorted(Comparator.comparing(groupName::get)).toList());
        group.setItems(groupIds);
        group.setItemLabelGenerator(id -> id == null || id == 0L ? SchoolUi.t("school.web.curr.whole_class") : groupName.get(id));
        group.setValue(0L);
        ComboBox<Teacher> teacher = new ComboBox<>(SchoolUi.t("school.web.subst.teacher"));
        teacher.setId("assignment-teacher");
        teacher.setItems(teachers);
        teacher.setItemLabelGenerator(Teacher::name);
        IntegerField hours = new IntegerField(SchoolUi.t("school.web.curr.assignment.hours"));
        hours.setId("assignment-hours");
        hours.setMin(1);
        hours.setMax(12);
        hours.setStepButtonsVisible(true);
        if (existing != null) {
            subject.setValue(subjectById.get(existing.subjectId()));
            subject.setReadOnly(true);
            group.setValue(existing.groupId() == null ? 0L : existing.groupId());
            group.setReadOnly(true);
            teachers.stream().filter(t -> t.accountId() == existing.teacherAccountId()).findFirst().ifPresent(teacher::setValue);
            hours.setValue(existing.hoursPerWeek());
        }
        d.add(new FormLayout(subject, group, teacher, hours));
        Map<String, HasValidation> fields = Map.of("subjectId", subject, "groupId", group, "teacherAccountId", teacher, "hoursPerWeek", hours);
        SchoolDialogs.footer(d, "assignment-save", "school.web.curr.assignment.save", fields, () -> {
            Long teacherId = teacher.getValue() == null ? null : teacher.getValue().accountId();
            if (existing != null) {
                Assignment a = structure().updateAssignment(existing.id(), new SchoolStructureService.AssignmentChange(teacherId, hours.getValue()));
                return SchoolUi.t("school.web.curr.assignment.saved", subjectName(a.subjectId()), teacherName(a.teacherAccountId()),
                        a.hoursPerWeek());
            }
            Long groupId = group.getValue() == null || group.getValue() == 0L ? null : group.getValue();
            Assignment a = structure().createAssignment(new SchoolStructureService.NewAssignment(c.id(),
                    subject.getValue() == null ? null : subject.getValue().id(), teacherId, hours.getValue(), groupId));
            return SchoolUi.t("school.web.curr.assignment.saved", subjectName(a.subjectId()), teacherName(a.teacherAccountId()), a.hoursPerWeek());
        }, this::showAssignments);
        d.open();
    }
}
