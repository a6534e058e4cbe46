package kz.digitaledu.timetable.web.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.shared.Registration;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.platform.api.timetable.PublishedLesson;
import kz.digitaledu.timetable.core.FetUploads;
import kz.digitaledu.timetable.core.TimetableCheck;
import kz.digitaledu.timetable.core.TimetableInfo;
import kz.digitaledu.timetable.core.TimetablePermissions;
import kz.digitaledu.timetable.core.TimetableStatus;
import kz.digitaledu.timetable.core.Week;

/**
 * {@code /timetables}: a school's timetables. Upload a FET file (it is checked whole, then solved in the background),
 * follow the best score live, stop, solve again, publish from a date, download in FET's formats, and read the week
 * of any class, teacher or room.
 */
public class TimetablesView extends VerticalLayout {
    private static final long serialVersionUID = 1L;
    private static final int POLL_MS = 1000;

    private final Select<Organisation> school = new Select<>();
    private final TextField name = new TextField();
    private final IntegerField seconds = new IntegerField();
    private final MemoryBuffer buffer = new MemoryBuffer();
    private final Upload upload = new Upload(buffer);
    private final MemoryBuffer workbookBuffer = new MemoryBuffer();
    private final Upload workbookUpload = new Upload(workbookBuffer);
    private final Anchor workbookTemplate = new Anchor();
    private final Div workbookErrors = new Div();
    private final Grid<TimetableInfo> grid = new Grid<>();
    private final Button stop = new Button();
    private final Button solve = new Button();
    private final DatePicker validFrom = new DatePicker();
    private final Button publish = new Button();
    private final Anchor fet = new Anchor();
    private final Anchor activities = new Anchor();
    private final Paragraph problems = new Paragraph();
    private final Button checkButton = new Button();
    private final Div check = new Div();
    private final Select<Week.Kind> kind = new Select<>();
    private final ComboBox<String> who = new ComboBox<>();
    private final Div week = new Div();
    private final Anchor weeksXlsx = new Anchor();
    private final Anchor weeksPdf = new Anchor();
    private final Anchor weekIcs = new Anchor();
    private final Button editOpen = new Button();
    private final TimetableEditorPanel editor = new TimetableEditorPanel(info -> refresh(info.id()));
    private boolean editing;
    /** The class, teacher or room the user chose last: kept while the list is reloaded after a change. */
    private String wantedWho;
    private Long shownId;
    /** When the shown timetable was last stored: its lessons and downloads are rebuilt only when that changes. */
    private java.time.Instant shownVersion;
    private List<PublishedLesson> lessons = List.of();
    private Registration poll;
    /** The error shown last: closed once the next change succeeds, so that it does not linger over a good result. */
    private Notification lastError;

    public TimetablesView() {
        setId("timetables-view");
        setPadding(true);
        getElement().appendChild(new Element("style").setText(CSS + TimetableEditorPanel.CSS));
        add(new H2(t("timetable.web.title")));
        List<Organisation> schools = TimetableUi.schoolsWith(TimetablePermissions.MANAGE);
        if (schools.isEmpty()) {
            Paragraph none = new Paragraph(t("timetable.web.no_school"));
            none.setId("tt-no-school");
            add(none);
            return;
        }
        String language = TimetableUi.locale().getLanguage();
        school.setId("tt-school");
        school.setLabel(t("timetable.web.school"));
        school.setItems(schools);
        school.setItemLabelGenerator(o -> o.name(language));
        school.setValue(schools.get(0));
        school.setVisible(schools.size() > 1);
        school.addValueChangeListener(e -> refresh(null));
        add(school);

        name.setId("tt-name");
        name.setLabel(t("timetable.web.name"));
        name.setValue(t("timetable.web.name.default", String.valueOf(LocalDate.now().getYear()))); // a number would print as "2,026"
        name.setMaxLength(200);
        // typed values reach the server at once: the upload may start before the field loses focus
        name.setValueChangeMode(ValueChangeMode.EAGER);
        seconds.setId("tt-seconds");
        seconds.setLabel(t("timetable.web.seconds"));
        seconds.setMin(0);
        seconds.setMax(600);
        seconds.setValue(60);
        seconds.setStepButtonsVisible(true);
        seconds.setValueChangeMode(ValueChangeMode.EAGER);
        upload.setId("tt-upload");
        upload.setAcceptedFileTypes(".fet");
        upload.setMaxFileSize(FetUploads.MAX_BYTES);
        upload.setUploadButton(new Button(t("timetable.web.upload")));
        upload.setDropLabel(new Span(t("timetable.web.drop")));
        upload.addSucceededListener(e -> importFile(e.getFileName()));
        upload.addFileRejectedListener(e -> TimetableUi.error(t("timetable.web.rejected", FetUploads.MAX_BYTES / (1024 * 1024))));
        HorizontalLayout form = new HorizontalLayout(name, seconds, upload);
        form.setAlignItems(FlexComponent.Alignment.END);
        form.getStyle().set("flex-wrap", "wrap");
        add(new Paragraph(t("timetable.web.intro")), form);

        workbookTemplate.setId("tt-workbook-template");
        workbookTemplate.setText(t("timetable.web.workbook.template"));
        workbookTemplate.getElement().setAttribute("download", true);
        workbookTemplate.setHref(new StreamResource("timetable-data.xlsx",
                () -> new ByteArrayInputStream(TimetableUi.services().timetables().workbookTemplate())));
        workbookUpload.setId("tt-workbook-upload");
        workbookUpload.setAcceptedFileTypes(".xlsx");
        workbookUpload.setMaxFileSize(FetUploads.MAX_BYTES);
        workbookUpload.setUploadButton(new Button(t("timetable.web.workbook.upload")));
        workbookUpload.setDropLabel(new Span(t("timetable.web.workbook.drop")));
        workbookUpload.addSucceededListener(e -> importWorkbook());
        workbookUpload.addFileRejectedListener(e -> TimetableUi.error(t("timetable.web.rejected", FetUploads.MAX_BYTES / (1024 * 1024))));
        workbookErrors.setId("tt-workbook-errors");
        HorizontalLayout workbook = new HorizontalLayout(workbookTemplate, workbookUpload);
        workbook.setAlignItems(FlexComponent.Alignment.CENTER);
        workbook.getStyle().set("flex-wrap", "wrap");
        add(new Paragraph(t("timetable.web.workbook.intro")), workbook, workbookErrors);

        grid.setId("tt-grid");
        grid.addColumn(TimetableInfo::name).setHeader(t("timetable.web.col.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(this::state).setHeader(t("timetable.web.col.state")).setAutoWidth(true);
        grid.addColumn(i -> i.hardScore() == null ? "—" : String.valueOf(i.hardScore())).setHeader(t("timetable.web.col.hard")).setAutoWidth(true);
        grid.addColumn(i -> i.softScore() == null ? "—" : String.valueOf(i.softScore())).setHeader(t("timetable.web.col.soft")).setAutoWidth(true);
        grid.addColumn(i -> i.lessons() - i.unplaced() + " / " + i.lessons()).setHeader(t("timetable.web.col.placed")).setAutoWidth(true);
        grid.addColumn(i -> i.elapsedMillis() / 1000 + " s").setHeader(t("timetable.web.col.time")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setClassNameGenerator(i -> i.solving() ? "tt-solving" : null);
        grid.addSelectionListener(e -> showSelected());
        add(grid);

        stop.setId("tt-stop");
        stop.setText(t("timetable.web.stop"));
        stop.addClickListener(e -> act(() -> TimetableUi.services().timetables().stop(selectedId())));
        solve.setId("tt-solve");
        solve.setText(t("timetable.web.solve"));
        solve.addClickListener(e -> act(() -> TimetableUi.services().timetables().solve(selectedId(),
                Objects.requireNonNullElse(seconds.getValue(), 60) < 1 ? 60 : Objects.requireNonNullElse(seconds.getValue(), 60))));
        validFrom.setId("tt-valid-from");
        validFrom.setLabel(t("timetable.web.valid_from"));
        validFrom.setValue(LocalDate.now());
        validFrom.setLocale(TimetableUi.locale());
        publish.setId("tt-publish");
        publish.setText(t("timetable.web.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> act(() -> TimetableUi.services().timetables().publish(selectedId(), validFrom.getValue())));
        fet.setId("tt-download-fet");
        fet.setText(t("timetable.web.download_fet"));
        fet.getElement().setAttribute("download", true);
        activities.setId("tt-download-activities");
        activities.setText(t("timetable.web.download_activities"));
        activities.getElement().setAttribute("download", true);
        checkButton.setId("tt-check-button");
        checkButton.setText(t("timetable.web.check"));
        checkButton.addClickListener(e -> showCheck());
        check.setId("tt-check");
        HorizontalLayout actions = new HorizontalLayout(stop, solve, checkButton, validFrom, publish, fet, activities);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        actions.setId("tt-actions");
        problems.setId("tt-problems");
        add(actions, problems, check);

        kind.setId("tt-kind");
        kind.setLabel(t("timetable.web.week_of"));
        kind.setItems(Week.Kind.values());
        kind.setItemLabelGenerator(k -> t("timetable.web.kind." + k.name().toLowerCase()));
        kind.setValue(Week.Kind.CLASS);
        kind.addValueChangeListener(e -> {
            wantedWho = null;
            showWhoChoices();
        });
        who.setId("tt-who");
        who.setLabel(t("timetable.web.who"));
        who.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                wantedWho = e.getValue();
            }
            showWeek();
        });
        week.setId("tt-week");
        weeksXlsx.setId("tt-weeks-xlsx");
        weeksXlsx.setText(t("timetable.web.weeks_xlsx"));
        weeksXlsx.getElement().setAttribute("download", true);
        weeksPdf.setId("tt-weeks-pdf");
        weeksPdf.setText(t("timetable.web.weeks_pdf"));
        weeksPdf.getElement().setAttribute("download", true);
        weekIcs.setId("tt-week-ics");
        weekIcs.setText(t("timetable.web.week_ics"));
        weekIcs.getElement().setAttribute("download", true);
        weekIcs.setVisible(false);
        HorizontalLayout choose = new HorizontalLayout(kind, who, weeksXlsx, weeksPdf, weekIcs);
        choose.setAlignItems(FlexComponent.Alignment.BASELINE);
        choose.getStyle().set("flex-wrap", "wrap");
        add(new H3(t("timetable.web.week")), choose, week);

        editOpen.setId("tt-edit-open");
        editOpen.setText(t("timetable.web.edit.open"));
        editOpen.addClickListener(e -> {
            editing = !editing;
            editOpen.setText(t(editing ? "timetable.web.edit.close" : "timetable.web.edit.open"));
            showWeek();
        });
        editor.setVisible(false);
        add(editOpen, editor);
        refresh(null);
    }

    private static String t(String key, Object... args) {
        return TimetableUi.t(key, args);
    }

    private String state(TimetableInfo i) {
        if (i.solving()) {
            return t("timetable.web.state.solving");
        }
        if (i.status() == TimetableStatus.PUBLISHED) {
            return t("timetable.web.state.published", i.validFrom());
        }
        return t(i.feasible() ? "timetable.web.state.ready" : "timetable.web.state.draft");
    }

    private long selectedId() {
        return grid.asSingleSelect().getOptionalValue().map(TimetableInfo::id)
                .orElseThrow(() -> new EduException(422, "invalid", "timetable.web.select_first", List.of()));
    }

    /** The uploaded file's bytes, the upload's list emptied for the next one; null (an error shown) when unreadable. */
    private static byte[] received(Upload from, MemoryBuffer into) {
        // the list of sent files is the browser's: empty it there (the server's copy of the property may already be empty)
        from.getElement().executeJs("this.files = []");
        try (InputStream in = into.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            TimetableUi.error(t("timetable.fet_unreadable"));
            return null;
        }
    }

    private void importFile(String fileName) {
        byte[] bytes = received(upload, buffer);
        if (bytes == null) {
            return;
        }
        Integer s = seconds.getValue();
        act(() -> TimetableUi.services().timetables().importFet(school.getValue().id(), name.getValue(), bytes, s == null ? 60 : s));
    }

    /** A filled-in workbook: every mistake listed by sheet, row and column, or the new draft selected (and solving). */
    private void importWorkbook() {
        workbookErrors.removeAll();
        workbookErrors.getElement().removeAllChildren();
        byte[] bytes = received(workbookUpload, workbookBuffer);
        if (bytes == null) {
            return;
        }
        Integer s = seconds.getValue();
        try {
            TimetableInfo result = TimetableUi.services().timetables().importWorkbook(school.getValue().id(), name.getValue(), bytes, s == null ? 60 : s);
            if (lastError != null) {
                lastError.close();
                lastError = null;
            }
            refresh(result.id());
        } catch (EduException e) {
            lastError = TimetableUi.error(TimetableUi.message(e));
            if (e.fieldErrors().size() > 0) {
                workbookErrors.add(new Paragraph(t("timetable.web.workbook.errors", String.valueOf(e.fieldErrors().size()))));
                Element list = new Element("ul");
                e.fieldErrors().stream().limit(200).forEach(f -> list.appendChild(new Element("li").setText(TimetableUi.located(f))));
                workbookErrors.getElement().appendChild(list);
            }
        }
    }

    /** Runs a change; shows its error, or the timetable it returns as selected. */
    private void act(Supplier<TimetableInfo> change) {
        try {
            TimetableInfo result = change.get();
            if (lastError != null) {
                lastError.close();
                lastError = null;
            }
            refresh(result.id());
            if (!result.problems().isEmpty()) {
                problems.setText(t("timetable.web.problems") + " " + String.join(" ", result.problems()));
            }
        } catch (EduException e) {
            lastError = TimetableUi.error(TimetableUi.message(e));
        }
    }

    /** Reloads the list (keeping or choosing the selection) and the selected timetable's details. */
    private void refresh(Long select) {
        Long keep = select != null ? select : grid.asSingleSelect().getOptionalValue().map(TimetableInfo::id).orElse(null);
        List<TimetableInfo> list;
        try {
            list = TimetableUi.services().timetables().list(school.getValue().id());
        } catch (EduException e) {
            TimetableUi.error(TimetableUi.message(e));
            list = List.of();
        }
        List<TimetableInfo> items = list;
        grid.setItems(items);
        items.stream().filter(i -> i.id() == (keep == null ? -1 : keep)).findFirst()
                .or(() -> items.stream().findFirst()).ifPresent(grid::select);
        showSelected();
        boolean solving = items.stream().anyMatch(TimetableInfo::solving);
        if (solving) {
            startPolling();
        } else {
            stopPolling();
        }
    }

    private void showSelected() {
        Optional<TimetableInfo> selected = grid.asSingleSelect().getOptionalValue();
        boolean draft = selected.map(i -> i.status() == TimetableStatus.DRAFT).orElse(false);
        boolean solving = selected.map(TimetableInfo::solving).orElse(false);
        stop.setEnabled(solving);
        solve.setEnabled(draft && !solving);
        publish.setEnabled(draft && !solving);
        validFrom.setEnabled(draft && !solving);
        fet.setVisible(selected.isPresent());
        checkButton.setEnabled(selected.isPresent() && !solving);
        editOpen.setVisible(draft && !solving);
        if (!selected.map(TimetableInfo::id).equals(Optional.ofNullable(shownId))) {
            check.removeAll();
        }
        activities.setVisible(selected.isPresent());
        problems.setText(selected.filter(i -> !i.unmappedHard().isEmpty())
                .map(i -> t("timetable.web.unmapped", String.join(", ", i.unmappedHard().keySet()))).orElse(""));
        if (selected.isEmpty()) {
            lessons = List.of();
            shownId = null;
            shownVersion = null;
            showWhoChoices();
            return;
        }
        long id = selected.get().id();
        if (Objects.equals(shownId, id) && Objects.equals(shownVersion, selected.get().updatedAt())) {
            return; // the same timetable as stored when last shown (while solving, it is stored only at the end)
        }
        shownId = id;
        shownVersion = selected.get().updatedAt();
        fet.setHref(new StreamResource("timetable-" + id + "_data_and_timetable.fet",
                () -> new ByteArrayInputStream(TimetableUi.services().timetables().exportFet(id))));
        activities.setHref(new StreamResource("timetable-" + id + "_activities.xml",
                () -> new ByteArrayInputStream(TimetableUi.services().timetables().exportActivities(id))));
        try {
            lessons = TimetableUi.services().timetables().lessons(id);
        } catch (EduException e) {
            lessons = List.of();
        }
        showWhoChoices();
    }

    /** The check report of the selected timetable: each broken condition with its lessons, then the lessons without a place. */
    private void showCheck() {
        check.removeAll();
        TimetableCheck report;
        try {
            report = TimetableUi.services().timetables().check(selectedId());
        } catch (EduException e) {
            lastError = TimetableUi.error(TimetableUi.message(e));
            return;
        }
        check.add(new Paragraph(t("timetable.web.check.summary", report.hardScore(), report.softScore())));
        if (report.broken().isEmpty() && report.unplaced().isEmpty()) {
            check.add(new Paragraph(t("timetable.web.check.all_met")));
            return;
        }
        Element list = new Element("ul");
        for (TimetableCheck.Broken b : report.broken()) {
            Element item = new Element("li");
            item.setAttribute("class", b.hard() ? "tt-hard" : "tt-soft");
            item.appendChild(new Element("b").setText(t(b.hard() ? "timetable.web.check.hard" : "timetable.web.check.soft") + " " + b.condition()));
            item.appendChild(new Element("span").setText(" " + t("timetable.web.check.times", b.times(), b.penalty())));
            if (!b.lessons().isEmpty()) {
                Element lessonsList = new Element("ul");
                b.lessons().forEach(l -> lessonsList.appendChild(new Element("li").setText(l)));
                item.appendChild(lessonsList);
            }
            list.appendChild(item);
        }
        if (!report.unplaced().isEmpty()) {
            Element item = new Element("li");
            item.setAttribute("class", "tt-hard");
            item.appendChild(new Element("b").setText(t("timetable.web.check.unplaced", report.unplaced().size())));
            Element lessonsList = new Element("ul");
            report.unplaced().forEach(l -> lessonsList.appendChild(new Element("li").setText(l)));
            item.appendChild(lessonsList);
            list.appendChild(item);
        }
        check.getElement().appendChild(list);
    }

    private void showWhoChoices() {
        List<String> names = Week.names(lessons, kind.getValue());
        Long id = shownId;
        Week.Kind k = kind.getValue();
        weeksXlsx.setVisible(id != null && !names.isEmpty());
        weeksPdf.setVisible(id != null && !names.isEmpty());
        if (id != null) {
            String stem = "timetable-" + id + "-" + k.name().toLowerCase(java.util.Locale.ROOT);
            weeksXlsx.setHref(new StreamResource(stem + ".xlsx",
                    () -> new ByteArrayInputStream(TimetableUi.services().timetables().exportWeeks(id, k, null, "xlsx"))));
            weeksPdf.setHref(new StreamResource(stem + ".pdf",
                    () -> new ByteArrayInputStream(TimetableUi.services().timetables().exportWeeks(id, k, null, "pdf"))));
        }
        String before = who.getValue();
        who.setItems(names);
        who.setValue(names.contains(wantedWho) ? wantedWho : names.contains(before) ? before : names.isEmpty() ? null : names.get(0));
        showWeek();
    }

    /** The chosen week as a table: days across, periods down; each cell the subject and the other two of class, teacher, room. */
    private void showWeek() {
        week.removeAll();
        week.getElement().removeAllChildren();
        Optional<TimetableInfo> selected = grid.asSingleSelect().getOptionalValue();
        boolean editable = editing && shownId != null && who.getValue() != null
                && selected.map(i -> i.status() == TimetableStatus.DRAFT && !i.solving()).orElse(false);
        editor.setVisible(editable);
        if (editable) {
            editor.show(shownId, kind.getValue(), who.getValue());
        }
        weekIcs.setVisible(false);
        if (who.getValue() == null) {
            return;
        }
        Week w = Week.of(lessons, kind.getValue(), who.getValue());
        // the week as a calendar to import on a phone, when the periods have clock times
        boolean timed = !w.cells().isEmpty() && w.cells().values().stream().flatMap(m -> m.values().stream()).flatMap(List::stream)
                .allMatch(l -> l.start() != null);
        if (timed && shownId != null) {
            long id = shownId;
            Week.Kind k = kind.getValue();
            String name = who.getValue();
            weekIcs.setHref(new StreamResource("timetable-" + id + ".ics",
                    () -> new ByteArrayInputStream(TimetableUi.services().timetables().exportCalendar(id, k, name, null))));
            weekIcs.setVisible(true);
        }
        week.getElement().appendChild(weekTable(w, kind.getValue()));
    }

    /** A week as a table: days across, periods down; each cell the subject and the other two of class, teacher, room. */
    static Element weekTable(Week w, Week.Kind kind) {
        Element table = new Element("table");
        table.setAttribute("class", "tt-week");
        Element head = new Element("tr");
        head.appendChild(new Element("th").setText("#"));
        for (DayOfWeek d : w.days()) {
            head.appendChild(new Element("th").setText(d.getDisplayName(TextStyle.SHORT, TimetableUi.locale())));
        }
        table.appendChild(head);
        for (int p = 1; p <= w.periods(); p++) {
            Element row = new Element("tr");
            int period = p;
            String bell = w.days().stream().flatMap(d -> w.at(d, period).stream()).filter(l -> l.start() != null).findFirst()
                    .map(l -> " " + l.start() + "–" + l.end()).orElse("");
            row.appendChild(new Element("th").setText(p + bell));
            for (DayOfWeek d : w.days()) {
                Element cell = new Element("td");
                cell.setAttribute("data-day", d.name());
                cell.setAttribute("data-period", String.valueOf(p));
                for (PublishedLesson l : w.at(d, p)) {
                    Element item = new Element("div");
                    item.appendChild(new Element("b").setText(l.subject()));
                    item.appendChild(new Element("span").setText(Week.detail(l, kind)));
                    cell.appendChild(item);
                }
                row.appendChild(cell);
            }
            table.appendChild(row);
        }
        return table;
    }

    private void startPolling() {
        getUI().or(() -> Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> {
            if (poll == null) {
                poll = ui.addPollListener(e -> refresh(null));
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

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (grid.getListDataView().getItems().anyMatch(TimetableInfo::solving)) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    /** The week table's look, shared with the read-only school timetable. */
    static final String WEEK_CSS = """
            table.tt-week { border-collapse: collapse; width: 100%; max-width: 70em; font-size: var(--lumo-font-size-s); }
            table.tt-week th, table.tt-week td { border: 1px solid var(--lumo-contrast-20pct); padding: 0.25em 0.4em; vertical-align: top; }
            table.tt-week td div { display: flex; flex-direction: column; }
            table.tt-week td div span { color: var(--lumo-secondary-text-color); }
            @media (max-width: 40em) { table.tt-week { font-size: var(--lumo-font-size-xs); } }
            """;

    private static final String CSS = WEEK_CSS + """
            #tt-grid .tt-solving { font-style: italic; }
            #tt-check li.tt-hard > b { color: var(--lumo-error-text-color); }
            #tt-check ul ul { font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color); }
            """;
}
