package kz.digitaledu.coding.web.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.digitaledu.coding.core.CodingService.TaskDraft;
import kz.digitaledu.coding.core.CodingService.TaskInfo;
import kz.digitaledu.coding.core.CodingService.TestDraft;
import kz.digitaledu.platform.api.EduException;

/**
 * The form of a task: id, name and statement in kk/ru/en, limits, how answers are checked, and the tests (input and
 * expected output, each a sample or secret; at least 3). Saving writes a Kattis package through the service, which checks
 * it like an upload and swaps it in whole; editing an existing task replaces it.
 */
class TaskEditor extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    private static final List<String> CHECKERS = List.of("tokens", "exact", "float");

    private final boolean editing;
    private final TextField id = new TextField();
    private final Map<String, TextField> names = new LinkedHashMap<>();
    private final Map<String, TextArea> statements = new LinkedHashMap<>();
    private final NumberField time = new NumberField();
    private final IntegerField memory = new IntegerField();
    private final NumberField output = new NumberField();
    private final Select<String> checker = new Select<>();
    private final Checkbox caseSensitive = new Checkbox();
    private final NumberField absTolerance = new NumberField();
    private final NumberField relTolerance = new NumberField();
    private final VerticalLayout tests = new VerticalLayout();
    private final List<TestRow> rows = new ArrayList<>();

    /** One test in the form. */
    private final class TestRow extends HorizontalLayout {
        private static final long serialVersionUID = 1L;
        final TextArea input = new TextArea(CodingUi.t("coding.web.input"));
        final TextArea expected = new TextArea(CodingUi.t("coding.web.manage.expected"));
        final Checkbox sample = new Checkbox(CodingUi.t("coding.web.manage.sample"));
        final Span number = new Span();

        TestRow(TestDraft t) {
            setWidthFull();
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            for (TextArea a : List.of(input, expected)) {
                a.setWidth("20em");
                a.setMaxHeight("12em");
                a.getStyle().set("font-family", "monospace");
            }
            input.setValue(t == null ? "" : t.input());
            expected.setValue(t == null ? "" : t.output());
            sample.setValue(t != null && t.sample());
            Button remove = new Button(CodingUi.t("coding.web.manage.remove_test"), e -> {
                rows.remove(this);
                tests.remove(this);
                renumber();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(number, input, expected, sample, remove);
            getStyle().set("flex-wrap", "wrap");
        }

        void number(int n) {
            number.setText(CodingUi.t("coding.web.test") + " " + n);
            setId("task-test-" + n);
            input.setId("task-test-input-" + n);
            expected.setId("task-test-output-" + n);
            sample.setId("task-test-sample-" + n);
        }
    }

    TaskEditor(TaskDraft draft) {
        this.editing = draft != null;
        setId("task-editor");
        setPadding(false);
        add(ManageTasksView.link("← " + CodingUi.t("coding.web.manage.title"), null));
        add(new H2(editing ? CodingUi.t("coding.web.manage.edit_title", draft.id()) : CodingUi.t("coding.web.manage.new")));

        id.setLabel(CodingUi.t("coding.web.manage.id"));
        id.setHelperText(CodingUi.t("coding.web.manage.id_help"));
        id.setId("task-id");
        id.setValue(editing ? draft.id() : "");
        id.setReadOnly(editing);
        add(id);

        for (String lang : LANGUAGES) {
            TextField name = new TextField(CodingUi.t("coding.web.manage.name", lang.toUpperCase(java.util.Locale.ROOT)));
            name.setId("task-name-" + lang);
            name.setWidth("30em");
            name.setValue(editing && draft.names() != null ? draft.names().getOrDefault(lang, "") : "");
            TextArea statement = new TextArea(CodingUi.t("coding.web.manage.statement", lang.toUpperCase(java.util.Locale.ROOT)));
            statement.setId("task-statement-" + lang);
            statement.setWidthFull();
            statement.setMinHeight("6em");
            statement.setValue(editing && draft.statements() != null ? draft.statements().getOrDefault(lang, "") : "");
            names.put(lang, name);
            statements.put(lang, statement);
            add(name, statement);
        }

        add(new H3(CodingUi.t("coding.web.manage.limits")));
        time.setLabel(CodingUi.t("coding.web.manage.time_seconds"));
        time.setId("task-time");
        time.setMin(0.1);
        time.setMax(30);
        time.setStep(0.1);
        time.setValue(editing ? draft.timeLimitSeconds() : 1.0);
        memory.setLabel(CodingUi.t("coding.web.manage.memory_mb"));
        memory.setId("task-memory");
        memory.setMin(16);
        memory.setMax(2048);
        memory.setValue(editing ? draft.memoryLimitMb() : 256);
        output.setLabel(CodingUi.t("coding.web.manage.output_mb"));
        output.setId("task-output");
        output.setValue(editing ? draft.outputLimitMb() : 8.0);
        HorizontalLayout limits = new HorizontalLayout(time, memory, output);
        limits.getStyle().set("flex-wrap", "wrap");
        add(limits);

        add(new H3(CodingUi.t("coding.web.manage.checking")));
        checker.setId("task-checker");
        checker.setWidth("24em");
        checker.setLabel(CodingUi.t("coding.web.manage.checker"));
        checker.setItems(CHECKERS);
        checker.setItemLabelGenerator(c -> CodingUi.t("coding.web.manage.checker." + c));
        checker.setValue(editing && draft.checker() != null ? draft.checker() : "tokens");
        caseSensitive.setLabel(CodingUi.t("coding.web.manage.case_sensitive"));
        caseSensitive.setId("task-case-sensitive");
        caseSensitive.setValue(!editing || draft.caseSensitive() == null || draft.caseSensitive());
        absTolerance.setLabel(CodingUi.t("coding.web.manage.abs_tolerance"));
        absTolerance.setId("task-abs-tolerance");
        absTolerance.setValue(editing && draft.absTolerance() != null ? draft.absTolerance() : 1e-6);
        relTolerance.setLabel(CodingUi.t("coding.web.manage.rel_tolerance"));
        relTolerance.setId("task-rel-tolerance");
        relTolerance.setValue(editing && draft.relTolerance() != null ? draft.relTolerance() : 1e-6);
        checker.addValueChangeListener(e -> showCheckerFields());
        HorizontalLayout checking = new HorizontalLayout(checker, caseSensitive, absTolerance, relTolerance);
        checking.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        checking.getStyle().set("flex-wrap", "wrap");
        add(checking);
        showCheckerFields();

        add(new H3(CodingUi.t("coding.web.manage.tests")));
        add(new Span(CodingUi.t("coding.web.manage.tests_help")));
        tests.setPadding(false);
        tests.setId("task-tests");
        add(tests);
        if (editing && draft.tests() != null) {
            draft.tests().forEach(this::addTest);
        } else {
            addTest(new TestDraft("", "", true));
            addTest(null);
            addTest(null);
        }
        Button addTest = new Button(CodingUi.t("coding.web.manage.add_test"), e -> addTest(null));
        addTest.setId("task-add-test");

        Button save = new Button(CodingUi.t("coding.web.manage.save"), e -> save());
        save.setId("task-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(addTest, save);
    }

    private void showCheckerFields() {
        boolean floats = "float".equals(checker.getValue());
        absTolerance.setVisible(floats);
        relTolerance.setVisible(floats);
        caseSensitive.setVisible(!"exact".equals(checker.getValue()));
    }

    private void addTest(TestDraft t) {
        TestRow row = new TestRow(t);
        rows.add(row);
        tests.add(row);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i + 1);
        }
    }

    TaskDraft draft() {
        Map<String, String> n = new LinkedHashMap<>();
        Map<String, String> s = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            if (!names.get(lang).getValue().isBlank()) {
                n.put(lang, names.get(lang).getValue().strip());
            }
            if (!statements.get(lang).getValue().isBlank()) {
                s.put(lang, statements.get(lang).getValue());
            }
        }
        List<TestDraft> t = rows.stream().map(r -> new TestDraft(r.input.getValue(), r.expected.getValue(), r.sample.getValue())).toList();
        boolean floats = "float".equals(checker.getValue());
        return new TaskDraft(id.getValue().strip(), n, s, time.getValue(), memory.getValue(), output.getValue(), checker.getValue(),
                caseSensitive.getValue(), floats ? absTolerance.getValue() : null, floats ? relTolerance.getValue() : null, t);
    }

    private void save() {
        try {
            TaskInfo saved = CodingUi.coding().saveTask(draft(), editing);
            ManageTasksView.notifySuccess(CodingUi.t("coding.web.manage.saved", CodingUi.title(saved.id(), saved.name()), saved.tests()));
            UI.getCurrent().navigate(ManageTasksContribution.ROUTE);
        } catch (EduException e) {
            ManageTasksView.notifyError(CodingUi.message(e));
        }
    }
}
