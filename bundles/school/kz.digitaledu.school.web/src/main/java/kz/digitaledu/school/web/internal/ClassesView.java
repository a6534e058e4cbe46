package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
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
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.Gender;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.school.api.ClassGroup;
import kz.digitaledu.school.api.SchoolClass;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.api.SchoolStructureService;
import kz.digitaledu.school.api.SchoolStructureService.Student;
import kz.digitaledu.school.api.SchoolYear;

/**
 * {@code /school-classes}: the director's class lists. Choose a class of the year: its students today with the
 * sub-groups each is in; enrol a new student, move one to another class, or record that one left (each with its date and
 * order number); make the class's sub-groups for split subjects and choose their members. Every change goes through
 * {@link SchoolStructureService} (checked, audited); a refused change shows the reason at the field and changes nothing.
 */
public class ClassesView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final Select<Organisation> school = new Select<>();
    private final Select<SchoolYear> year = new Select<>();
    private final Select<SchoolClass> schoolClass = new Select<>();
    private final Grid<Student> students = new Grid<>();
    private final Grid<ClassGroup> groups = new Grid<>();
    private final H3 studentsTitle = new H3();
    private final Button enrol = new Button();
    private final Button newGroup = new Button();
    private List<Student> shown = List.of();
    private List<ClassGroup> shownGroups = List.of();

    public ClassesView() {
        setId("classes-view");
        setPadding(true);
        add(new H2(SchoolUi.t("school.web.classes.title")));
        List<Organisation> schools = SchoolUi.schoolsWith(SchoolPermissions.STRUCTURE_MANAGE);
        if (schools.isEmpty()) {
            add(new Paragraph(SchoolUi.t("school.web.tt.no_school")));
            return;
        }
        SchoolUi.schoolSelect(school, "classes-school", schools);
        SchoolUi.yearSelect(year, "classes-year");
        schoolClass.setId("classes-class");
        schoolClass.setLabel(SchoolUi.t("school.web.classes.class"));
        schoolClass.setItemLabelGenerator(SchoolClass::name);
        school.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                SchoolUi.showYears(year, e.getValue().id());
            }
        });
        year.addValueChangeListener(e -> showClasses());
        schoolClass.addValueChangeListener(e -> showClass());
        HorizontalLayout choice = new HorizontalLayout(school, year, schoolClass);
        choice.getStyle().set("flex-wrap", "wrap");
        add(choice);

        enrol.setId("classes-enrol");
        enrol.setText(SchoolUi.t("school.web.classes.enrol"));
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(e -> enrolDialog());
        HorizontalLayout studentsHead = new HorizontalLayout(studentsTitle, enrol);
        studentsHead.setAlignItems(FlexComponent.Alignment.BASELINE);
        students.setId("classes-students");
        students.addColumn(st -> shown.indexOf(st) + 1).setHeader("№").setWidth("4em").setFlexGrow(0);
        students.addColumn(Student::fullName).setHeader(SchoolUi.t("school.web.journal.student")).setAutoWidth(true).setFlexGrow(1);
        students.addColumn(this::groupsOf).setHeader(SchoolUi.t("school.web.classes.groups")).setAutoWidth(true);
        students.addComponentColumn(this::studentActions).setAutoWidth(true).setFlexGrow(0);
        students.setAllRowsVisible(true);
        add(studentsHead, students);

        newGroup.setId("classes-new-group");
        newGroup.setText(SchoolUi.t("school.web.classes.group.new"));
        newGroup.addClickListener(e -> groupDialog(null));
        HorizontalLayout groupsHead = new HorizontalLayout(new H3(SchoolUi.t("school.web.classes.groups_title")), newGroup);
        groupsHead.setAlignItems(FlexComponent.Alignment.BASELINE);
        groups.setId("classes-groups");
        groups.addColumn(ClassGroup::name).setHeader(SchoolUi.t("school.web.classes.group.name")).setAutoWidth(true);
        groups.addColumn(g -> g.studentPersonIds().size()).setHeader(SchoolUi.t("school.web.classes.group.count")).setAutoWidth(true);
        groups.addColumn(this::membersOf).setHeader(SchoolUi.t("school.web.classes.group.members")).setFlexGrow(1);
        groups.addComponentColumn(this::groupActions).setAutoWidth(true).setFlexGrow(0);
        groups.setAllRowsVisible(true);
        add(groupsHead, new Paragraph(SchoolUi.t("school.web.classes.groups_intro")), groups);

        school.setValue(schools.get(0));
        if (year.getValue() == null) {
            showClasses();
        }
    }

    private static SchoolStructureService structure() {
        return SchoolUi.structure().structure();
    }

    private void showClasses() {
        SchoolYear y = year.getValue();
        List<SchoolClass> list = y == null || school.getValue() == null ? List.of() : structure().classes(school.getValue().id(), y.id());
        schoolClass.setItems(list);
        schoolClass.setValue(list.isEmpty() ? null : list.get(0));
        if (list.isEmpty()) {
            showClass();
        }
    }

    private void showClass() {
        SchoolClass c = schoolClass.getValue();
        enrol.setEnabled(c != null);
        newGroup.setEnabled(c != null);
        if (c == null) {
            shown = List.of();
            shownGroups = List.of();
            studentsTitle.setText(SchoolUi.t("school.web.classes.none"));
        } else {
            shown = structure().students(c.id(), LocalDate.now());
            shownGroups = structure().groups(c.id());
            studentsTitle.setText(SchoolUi.t("school.web.classes.students", c.name(), shown.size()));
        }
        students.setItems(shown);
        groups.setItems(shownGroups);
    }

    private String groupsOf(Student st) {
        return shownGroups.stream().filter(g -> g.studentPersonIds().contains(st.personId())).map(ClassGroup::name)
                .collect(Collectors.joining(", "));
    }

    private String membersOf(ClassGroup g) {
        Map<Long, String> names = new HashMap<>();
        shown.forEach(st -> names.put(st.personId(), st.fullName()));
        return g.studentPersonIds().stream().map(id -> names.getOrDefault(id, "—")).collect(Collectors.joining(", "));
    }

    private Component studentActions(Student st) {
        Button transfer = new Button(SchoolUi.t("school.web.classes.transfer"), e -> transferDialog(st));
        transfer.addClassName("classes-transfer");
        transfer.getElement().setAttribute("data-student", String.valueOf(st.personId()));
        transfer.getElement().setAttribute("data-name", st.fullName());
        transfer.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button leave = new Button(SchoolUi.t("school.web.classes.leave"), e -> leaveDialog(st));
        leave.addClassName("classes-leave");
        leave.getElement().setAttribute("data-student", String.valueOf(st.personId()));
        leave.getElement().setAttribute("data-name", st.fullName());
        leave.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(transfer, leave);
    }

    private Component groupActions(ClassGroup g) {
        Button members = new Button(SchoolUi.t("school.web.classes.group.edit"), e -> groupDialog(g));
        members.addClassName("classes-group-edit");
        members.getElement().setAttribute("data-group", String.valueOf(g.id()));
        members.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button(SchoolUi.t("school.web.classes.group.delete"), e -> {
            try {
                structure().deleteGroup(g.id());
                SchoolUi.success(SchoolUi.t("school.web.classes.group.deleted", g.name()));
                showClass();
            } catch (EduException x) {
                SchoolUi.error(SchoolUi.message(x));
            }
        });
        delete.addClassName("classes-group-delete");
        delete.getElement().setAttribute("data-group", String.valueOf(g.id()));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(members, delete);
    }

    // ---- dialogs --------------------------------------------------------------------------------------------------

    private static Dialog dialog(String id, String title) {
        return SchoolDialogs.dialog(id, title, "36em");
    }

    private static TextField text(String id, String labelKey, int max) {
        return SchoolDialogs.text(id, labelKey, max);
    }

    /** The dialog's Cancel and save buttons (see {@link SchoolDialogs#footer}); the class is shown again after a change. */
    private void footer(Dialog d, String id, String labelKey, Map<String, HasValidation> fields, SchoolDialogs.Change change,
            ButtonVariant... variants) {
        SchoolDialogs.footer(d, id, labelKey, fields, change, this::showClass, variants);
    }

    private void enrolDialog() {
        SchoolClass c = schoolClass.getValue();
        Dialog d = dialog("enrol-dialog", SchoolUi.t("school.web.classes.enrol_title", c.name()));
        TextField last = text("enrol-last", "school.import.col.last_name", 100);
        TextField first = text("enrol-first", "school.import.col.first_name", 100);
        TextField middle = text("enrol-middle", "school.import.col.middle_name", 100);
        TextField iin = text("enrol-iin", "school.import.col.iin", 12);
        DatePicker born = new DatePicker();
        SchoolUi.datePicker(born, "enrol-born", "school.import.col.birth_date", null);
        Select<Gender> gender = new Select<>();
        gender.setId("enrol-gender");
        gender.setLabel(SchoolUi.t("school.web.classes.gender"));
        gender.setItems(Gender.FEMALE, Gender.MALE);
        gender.setItemLabelGenerator(g -> g == null ? "—" : SchoolUi.t(g.titleKey()));
        gender.setEmptySelectionAllowed(true);
        gender.setEmptySelectionCaption("—");
        DatePicker from = new DatePicker();
        SchoolUi.datePicker(from, "enrol-from", "school.import.col.from", LocalDate.now());
        TextField order = text("enrol-order", "school.import.col.order", 60);
        FormLayout form = new FormLayout(last, first, middle, iin, born, gender, from, order);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        d.add(form);
        Map<String, HasValidation> fields = Map.of("lastName", last, "firstName", first, "middleName", middle, "iin", iin,
                "birthDate", born, "gender", gender, "from", from, "order", order);
        footer(d, "enrol-save", "school.web.classes.enrol_save", fields, () -> {
            structure().enrolNewStudent(c.id(), new SchoolStructureService.NewStudent(last.getValue(), first.getValue(), middle.getValue(),
                    iin.getValue(), born.getValue(), gender.getValue(), from.getValue(), order.getValue()));
            return SchoolUi.t("school.web.classes.enrolled", last.getValue().strip() + " " + first.getValue().strip(), c.name());
        });
        d.open();
        last.focus();
    }

    private void transferDialog(Student st) {
        SchoolClass c = schoolClass.getValue();
        Dialog d = dialog("transfer-dialog", SchoolUi.t("school.web.classes.transfer_title", st.fullName()));
        Select<SchoolClass> to = new Select<>();
        to.setId("transfer-to");
        to.setLabel(SchoolUi.t("school.web.classes.transfer_to"));
        to.setItemLabelGenerator(SchoolClass::name);
        to.setItems(structure().classes(c.organisationId(), c.yearId()).stream().filter(x -> x.id() != c.id()).toList());
        DatePicker from = new DatePicker();
        SchoolUi.datePicker(from, "transfer-from", "school.web.classes.transfer_from", LocalDate.now());
        TextField order = text("transfer-order", "school.import.col.order", 60);
        d.add(new FormLayout(to, from, order));
        Map<String, HasValidation> fields = Map.of("toClassId", to, "from", from, "order", order);
        footer(d, "transfer-save", "school.web.classes.transfer", fields, () -> {
            if (to.getValue() == null) {
                throw EduException.invalid("toClassId", "validation.required");
            }
            structure().transfer(st.personId(), to.getValue().id(), from.getValue(), order.getValue());
            return SchoolUi.t("school.web.classes.transferred", st.fullName(), to.getValue().name());
        });
        d.open();
    }

    private void leaveDialog(Student st) {
        Dialog d = dialog("leave-dialog", SchoolUi.t("school.web.classes.leave_title", st.fullName()));
        DatePicker on = new DatePicker();
        SchoolUi.datePicker(on, "leave-on", "school.web.classes.leave_on", LocalDate.now());
        TextField reason = text("leave-reason", "school.web.classes.leave_reason", 200);
        reason.setPlaceholder(SchoolUi.t("school.web.classes.leave_reason_hint"));
        TextField order = text("leave-order", "school.import.col.order", 60);
        d.add(new FormLayout(on, reason, order));
        Map<String, HasValidation> fields = Map.of("on", on, "reason", reason, "order", order);
        footer(d, "leave-save", "school.web.classes.leave", fields, () -> {
            structure().leave(st.personId(), on.getValue(), order.getValue(), reason.getValue().isBlank() ? null : reason.getValue());
            return SchoolUi.t("school.web.classes.left", st.fullName());
        }, ButtonVariant.LUMO_ERROR);
        d.open();
    }

    /** A new group ({@code group} null) or the members of one. */
    private void groupDialog(ClassGroup group) {
        SchoolClass c = schoolClass.getValue();
        Dialog d = dialog("group-dialog", group == null ? SchoolUi.t("school.web.classes.group.new_title", c.name())
                : SchoolUi.t("school.web.classes.group.edit_title", group.name()));
        TextField name = text("group-name", "school.web.classes.group.name", 40);
        if (group != null) {
            name.setValue(group.name());
            name.setReadOnly(true);
        }
        CheckboxGroup<Student> members = new CheckboxGroup<>();
        members.setId("group-members");
        members.setLabel(SchoolUi.t("school.web.classes.group.members"));
        members.setItems(shown);
        members.setItemLabelGenerator(Student::fullName);
        if (group != null) {
            Set<Long> in = new LinkedHashSet<>(group.studentPersonIds());
            members.setValue(shown.stream().filter(st -> in.contains(st.personId())).collect(Collectors.toSet()));
        }
        members.getStyle().set("max-height", "50vh").set("overflow", "auto");
        d.add(new VerticalLayout(name, members));
        Map<String, HasValidation> fields = Map.of("name", name);
        footer(d, "group-save", "school.web.classes.group.save", fields, () -> {
            // in the list order; members of the group who are no longer in the class today stay members
            List<Long> ids = shown.stream().filter(members.getValue()::contains).map(Student::personId).collect(Collectors.toList());
            if (group != null) {
                Set<Long> today = shown.stream().map(Student::personId).collect(Collectors.toSet());
                group.studentPersonIds().stream().filter(id -> !today.contains(id)).forEach(ids::add);
            }
            ClassGroup saved = group == null ? structure().createGroup(c.id(), new SchoolStructureService.NewGroup(name.getValue(), ids))
                    : structure().setGroupMembers(group.id(), ids);
            return SchoolUi.t("school.web.classes.group.saved", saved.name(), saved.studentPersonIds().size());
        });
        d.open();
    }
}
