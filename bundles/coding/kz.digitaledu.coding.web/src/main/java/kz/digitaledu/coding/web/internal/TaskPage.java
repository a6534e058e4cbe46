package kz.digitaledu.coding.web.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.shared.Registration;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import kz.digitaledu.coding.core.CodingService;
import kz.digitaledu.coding.core.CodingService.Language;
import kz.digitaledu.coding.core.CodingService.Sample;
import kz.digitaledu.coding.core.CodingService.Status;
import kz.digitaledu.coding.core.CodingService.SubmissionView;
import kz.digitaledu.coding.core.CodingService.TaskDetails;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.web.CodeEditor;

/**
 * A task's page: statement, samples, language, the shell's code editor, Submit, the verdict per test (updated by
 * polling while the submission waits and is judged) and the user's earlier submissions.
 */
class TaskPage extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final int POLL_MS = 700;

    private final TaskDetails task;
    private final Select<Language> language = new Select<>();
    private final CodeEditor editor = new CodeEditor();
    private final Span error = new Span();
    private final SubmissionResult result = new SubmissionResult();
    private final Grid<SubmissionView> history = new Grid<>();
    private Long watched;
    private Registration poll;

    TaskPage(TaskDetails task) {
        this.task = task;
        setPadding(false);
        CodingService coding = CodingUi.coding();
        String id = task.info().id();

        H2 title = new H2(CodingUi.title(id, task.info().name()));
        title.setId("task-title");
        NumberFormat number = NumberFormat.getNumberInstance(CodingUi.locale());
        Span limits = new Span(CodingUi.t("coding.web.limits", number.format(task.info().timeLimitSeconds()), task.info().memoryLimitMb()));
        limits.setId("task-limits");
        add(CodingView.link("← " + CodingUi.t("coding.web.all_tasks"), null), title, limits);

        Div statement = new Div(new com.vaadin.flow.component.Html(
                Statements.html(CodingUi.localized(task.statements(), CodingUi.t("coding.web.no_statement")))));
        statement.setId("task-statement");
        statement.getStyle().set("max-width", "60em").set("overflow-x", "auto");
        add(statement);
        if (!task.samples().isEmpty()) {
            add(new H3(CodingUi.t("coding.web.samples")));
            for (Sample s : task.samples()) {
                add(sample(s));
            }
        }

        add(new H3(CodingUi.t("coding.web.solution")));
        List<Language> languages = coding.languages();
        language.setId("coding-language");
        language.setLabel(CodingUi.t("coding.web.language"));
        language.setWidth("18em");
        language.setItems(languages);
        language.setItemLabelGenerator(Language::name);
        language.addValueChangeListener(e -> editor.setLanguage(e.getValue() == null ? "" : e.getValue().id()));
        editor.setId("code-editor");
        editor.setLabel(CodingUi.t("coding.web.program"));
        editor.setWidthFull();
        editor.setHeight("18em");
        languages.stream().filter(l -> l.id().equals("python")).findFirst().or(() -> languages.stream().findFirst())
                .ifPresent(language::setValue);
        Button submit = new Button(CodingUi.t("coding.web.submit"), VaadinIcon.UPLOAD.create(), e -> submit());
        submit.setId("coding-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit.setEnabled(true));
        error.setId("coding-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout actions = new HorizontalLayout(submit, error);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(language, editor, actions, result);

        add(new H3(CodingUi.t("coding.web.my_submissions")));
        history.setId("coding-history");
        history.setAllRowsVisible(true);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(CodingUi.locale()).withZone(ZoneId.systemDefault());
        history.addColumn(s -> "#" + s.id()).setHeader("№").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(s -> when.format(s.createdAt())).setHeader(CodingUi.t("coding.web.sent_at"));
        history.addColumn(s -> languages.stream().filter(l -> l.id().equals(s.language())).map(Language::name).findFirst()
                .orElse(s.language())).setHeader(CodingUi.t("coding.web.language"));
        history.addColumn(new ComponentRenderer<>(s -> s.status() == Status.DONE ? TaskList.verdictBadge(s.verdict())
                : new Span(SubmissionResult.statusText(s.status())))).setHeader(CodingUi.t("coding.web.verdict"));
        history.addItemClickListener(e -> watch(e.getItem().id()));
        add(history);
        refreshHistory();
    }

    private Div sample(Sample s) {
        Div box = new Div();
        box.setId("sample-" + s.number());
        HorizontalLayout row = new HorizontalLayout(block(CodingUi.t("coding.web.input"), s.input()),
                block(CodingUi.t("coding.web.output"), s.output()));
        row.getStyle().set("flex-wrap", "wrap");
        box.add(row);
        return box;
    }

    private static Div block(String label, String text) {
        Pre pre = new Pre(text);
        pre.getStyle().set("margin", "0").set("padding", "var(--lumo-space-s)").set("min-width", "12em")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        Span caption = new Span(label);
        caption.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return new Div(caption, pre);
    }

    private void submit() {
        error.setText("");
        String lang = language.getValue() == null ? null : language.getValue().id();
        try {
            SubmissionView s = CodingUi.coding().submit(task.info().id(), lang, editor.getValue());
            refreshHistory();
            watch(s.id());
        } catch (EduException e) {
            String text = CodingUi.message(e);
            error.setText(text);
            Notification n = Notification.show(text, 5000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Shows a submission and, until it is judged, asks the server again every {@value #POLL_MS} ms. */
    private void watch(long id) {
        watched = id;
        if (!refreshWatched()) {
            startPolling();
        }
    }

    /** Shows the watched submission; true when it is judged (or gone). */
    private boolean refreshWatched() {
        if (watched == null) {
            return true;
        }
        Optional<SubmissionView> s = CodingUi.coding().find(watched);
        s.ifPresent(result::show);
        return s.isEmpty() || s.get().status() == Status.DONE;
    }

    private void startPolling() {
        getUI().ifPresent(ui -> {
            if (poll == null) {
                poll = ui.addPollListener(e -> {
                    if (refreshWatched()) {
                        stopPolling();
                        refreshHistory();
                    }
                });
            }
            ui.setPollInterval(POLL_MS);
        });
    }

    private void stopPolling() {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    private void refreshHistory() {
        history.setItems(CodingUi.coding().mine(task.info().id()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // back on the page (or reloaded) while the latest submission is still being judged: follow it
        List<SubmissionView> mine = CodingUi.coding().mine(task.info().id());
        if (!mine.isEmpty() && watched == null) {
            watch(mine.get(0).id());
        } else if (watched != null && !refreshWatched()) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        UI ui = event.getUI();
        ui.setPollInterval(-1);
        super.onDetach(event);
    }
}
