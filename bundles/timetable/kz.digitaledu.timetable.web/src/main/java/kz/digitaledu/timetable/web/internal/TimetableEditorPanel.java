package kz.digitaledu.timetable.web.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.Element;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.timetable.core.EditCheck;
import kz.digitaledu.timetable.core.SchoolTimetableService;
import kz.digitaledu.timetable.core.SlotFit;
import kz.digitaledu.timetable.core.TimetableCheck;
import kz.digitaledu.timetable.core.TimetableInfo;
import kz.digitaledu.timetable.core.TimetablePlan;
import kz.digitaledu.timetable.core.Week;

/**
 * Hand editing of a draft, for the week of one class, teacher or room: click a lesson and every period is coloured by
 * what moving it there would do (green: nothing new broken, amber: only wishes suffer, red: a rule breaks, grey: it
 * cannot start there); click a period to see exactly which conditions the move would break, then move it there (it is
 * pinned) or swap it with the lesson there. Pin or unpin the selected lesson. The timetable's score is always shown.
 */
class TimetableEditorPanel extends Div {
    private static final long serialVersionUID = 1L;

    /** The id of the lesson clicked in a cell, or null. */
    private static final String CLICKED = "(event.target.closest('[data-lesson]') || {getAttribute: () => null}).getAttribute('data-lesson')";

    private final Consumer<TimetableInfo> changed;
    private final Paragraph score = new Paragraph();
    private final Div grid = new Div();
    private final Div details = new Div();
    private final Paragraph unplaced = new Paragraph();
    private Long timetableId;
    private Week.Kind kind;
    private String who;
    private TimetablePlan plan;
    private String selected;
    private Map<String, SlotFit> fits = Map.of();
    private DayOfWeek targetDay;
    private int targetPeriod;

    /** @param changed called with the timetable after each change that was stored */
    TimetableEditorPanel(Consumer<TimetableInfo> changed) {
        this.changed = changed;
        setId("tt-editor");
        score.setId("tt-edit-score");
        grid.setId("tt-edit-grid");
        grid.addClassName("tt-edit-grid");
        details.setId("tt-edit-details");
        unplaced.setId("tt-edit-unplaced");
        add(new Paragraph(t("timetable.web.edit.intro")), score, grid, unplaced, details);
    }

    private static String t(String key, Object... args) {
        return TimetableUi.t(key, args);
    }

    private static SchoolTimetableService service() {
        return TimetableUi.services().timetables();
    }

    /** Shows the week of {@code who} in draft {@code id}, reading the timetable again. */
    void show(long id, Week.Kind kind, String who) {
        boolean other = !Objects.equals(timetableId, id);
        this.timetableId = id;
        this.kind = kind;
        this.who = who;
        if (other) {
            clearSelection();
        }
        reload();
    }

    private void clearSelection() {
        selected = null;
        fits = Map.of();
        targetDay = null;
        details.removeAll();
    }

    private void reload() {
        try {
            plan = service().plan(timetableId);
        } catch (EduException e) {
            plan = null;
            grid.removeAll();
            TimetableUi.error(TimetableUi.message(e));
            return;
        }
        if (selected != null && plan.lessons().stream().noneMatch(l -> l.id().equals(selected))) {
            clearSelection();
        }
        render();
    }

    private boolean mine(TimetablePlan.Lesson l) {
        if (who == null) {
            return false;
        }
        return switch (kind) {
            case CLASS -> l.studentSets().stream().anyMatch(s -> Week.sameStudents(s, who));
            case TEACHER -> l.teachers().contains(who);
            case ROOM -> who.equals(l.room());
        };
    }

    private void render() {
        grid.removeAll();
        score.setText(t("timetable.web.edit.score", String.valueOf(plan.hardScore()), String.valueOf(plan.softScore())));
        grid.getStyle().set("grid-template-columns", "2.5em repeat(" + plan.days().size() + ", minmax(6em, 1fr))");
        grid.add(header("#"));
        for (DayOfWeek d : plan.days()) {
            grid.add(header(d.getDisplayName(TextStyle.SHORT, TimetableUi.locale())));
        }
        List<TimetablePlan.Lesson> shown = plan.lessons().stream().filter(this::mine).toList();
        for (int p = 1; p <= plan.periods(); p++) {
            grid.add(header(String.valueOf(p)));
            for (DayOfWeek d : plan.days()) {
                grid.add(cell(d, p, shown));
            }
        }
        List<String> without = shown.stream().filter(l -> l.day() == null).map(TimetableEditorPanel::label).toList();
        unplaced.setText(without.isEmpty() ? "" : t("timetable.web.edit.unplaced", String.join("; ", without)));
    }

    private static Div header(String text) {
        Div h = new Div();
        h.setText(text);
        h.addClassName("tt-edit-head");
        return h;
    }

    private Div cell(DayOfWeek day, int period, List<TimetablePlan.Lesson> shown) {
        Div cell = new Div();
        cell.addClassName("tt-edit-cell");
        cell.getElement().setAttribute("data-day", day.name());
        cell.getElement().setAttribute("data-period", String.valueOf(period));
        if (selected != null) {
            SlotFit fit = fits.get(day.name() + "/" + period);
            String fitClass = fit == null ? "tt-fit-no" : fit.hardDelta() < 0 ? "tt-fit-hard" : fit.softDelta() < 0 ? "tt-fit-soft" : "tt-fit-ok";
            cell.addClassName(fitClass);
            if (fit != null) {
                cell.getElement().setAttribute("title", t("timetable.web.edit.delta", String.valueOf(fit.hardDelta()), String.valueOf(fit.softDelta())));
            }
        }
        if (day == targetDay && period == targetPeriod) {
            cell.addClassName("tt-target");
        }
        for (TimetablePlan.Lesson l : shown) {
            if (l.covers(day, period)) {
                Div chip = new Div();
                chip.addClassName("tt-chip");
                chip.getElement().setAttribute("data-lesson", l.id());
                if (l.id().equals(selected)) {
                    chip.addClassName("tt-chip-selected");
                }
                if (l.pinned()) {
                    chip.addClassName("tt-chip-pinned");
                }
                chip.add(new Span(l.subject()), new Span(detail(l)));
                cell.add(chip);
            }
        }
        // one listener a cell; the client says which lesson (if any) was clicked in it
        cell.getElement().addEventListener("click", e -> {
            String clicked = e.getEventData().hasKey(CLICKED) && !e.getEventData().get(CLICKED).jsEquals(elemental.json.Json.createNull())
                    ? e.getEventData().getString(CLICKED) : null;
            if (selected == null) {
                if (clicked != null) {
                    select(clicked);
                }
            } else if (!selected.equals(clicked)) {
                target(day, period);
            }
        }).addEventData(CLICKED);
        return cell;
    }

    private String detail(TimetablePlan.Lesson l) {
        StringBuilder s = new StringBuilder();
        if (kind != Week.Kind.CLASS) {
            s.append(String.join(", ", l.studentSets()));
        }
        if (kind != Week.Kind.TEACHER) {
            s.append(s.length() > 0 ? " · " : "").append(String.join(", ", l.teachers()));
        }
        if (kind != Week.Kind.ROOM && l.room() != null) {
            s.append(s.length() > 0 ? " · " : "").append(l.room());
        }
        if (l.pinned()) {
            s.append(" · ").append(t("timetable.web.edit.pinned"));
        }
        return s.toString();
    }

    private static String label(TimetablePlan.Lesson l) {
        return l.subject() + " (" + String.join(", ", l.studentSets()) + (l.teachers().isEmpty() ? "" : " · " + String.join(", ", l.teachers())) + ")";
    }

    private TimetablePlan.Lesson lesson(String id) {
        return plan.lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    /** Selects a lesson: every period is coloured by how the lesson would fit there. */
    private void select(String lessonId) {
        if (lessonId.equals(selected)) {
            return;
        }
        try {
            Map<String, SlotFit> byPlace = new HashMap<>();
            service().fits(timetableId, lessonId).forEach(f -> byPlace.put(f.day().name() + "/" + f.period(), f));
            fits = byPlace;
            selected = lessonId;
            targetDay = null;
        } catch (EduException e) {
            TimetableUi.error(TimetableUi.message(e));
            return;
        }
        render();
        showSelected(null, null);
    }

    /** A period is chosen for the selected lesson: what the move (and a swap with the lesson there) would do. */
    private void target(DayOfWeek day, int period) {
        targetDay = day;
        targetPeriod = period;
        EditCheck move;
        try {
            move = service().previewMove(timetableId, selected, day, period, null);
        } catch (EduException e) {
            TimetableUi.error(TimetableUi.message(e));
            return;
        }
        TimetablePlan.Lesson there = plan.lessons().stream().filter(this::mine)
                .filter(l -> !l.id().equals(selected) && l.day() == day && Objects.equals(l.period(), period)).findFirst().orElse(null);
        render();
        showSelected(move, there);
    }

    private void showSelected(EditCheck move, TimetablePlan.Lesson there) {
        details.removeAll();
        TimetablePlan.Lesson l = lesson(selected);
        if (l == null) {
            return;
        }
        Paragraph what = new Paragraph(t("timetable.web.edit.selected", label(l)));
        what.setId("tt-edit-selected");
        Button pin = new Button(t(l.pinned() ? "timetable.web.edit.unpin" : "timetable.web.edit.pin"));
        pin.setId("tt-edit-pin");
        pin.setEnabled(l.day() != null);
        pin.addClickListener(e -> change(() -> service().pin(timetableId, l.id(), !l.pinned())));
        Button other = new Button(t("timetable.web.edit.other"));
        other.setId("tt-edit-other");
        other.addClickListener(e -> {
            clearSelection();
            render();
        });
        HorizontalLayout actions = new HorizontalLayout(pin, other);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        details.add(what, actions);
        if (move == null) {
            return;
        }
        String day = targetDay.getDisplayName(TextStyle.FULL_STANDALONE, TimetableUi.locale());
        Div preview = new Div();
        preview.setId("tt-edit-preview");
        if (!move.allowed()) {
            preview.add(new Paragraph(t("timetable.web.edit.cannot_start", day, String.valueOf(targetPeriod))));
            details.add(preview);
            return;
        }
        preview.add(new Paragraph(t("timetable.web.edit.preview", day, String.valueOf(targetPeriod), signed(move.hardDelta()), signed(move.softDelta()))));
        preview.getElement().appendChild(conflicts(move.conflicts()));
        Button moveButton = new Button(t("timetable.web.edit.move"));
        moveButton.setId("tt-edit-move");
        moveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        DayOfWeek d = targetDay;
        int p = targetPeriod;
        moveButton.addClickListener(e -> edit(() -> service().move(timetableId, l.id(), d, p, null)));
        HorizontalLayout buttons = new HorizontalLayout(moveButton);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (there != null) {
            Button swap = new Button(t("timetable.web.edit.swap", there.subject()));
            swap.setId("tt-edit-swap");
            swap.addClickListener(e -> edit(() -> service().swap(timetableId, l.id(), there.id())));
            buttons.add(swap);
        }
        preview.add(buttons);
        details.add(preview);
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }

    private static Element conflicts(List<TimetableCheck.Broken> broken) {
        Element list = new Element("ul");
        list.setAttribute("class", "tt-edit-conflicts");
        if (broken.isEmpty()) {
            list.appendChild(new Element("li").setText(t("timetable.web.edit.no_conflicts")));
        }
        for (TimetableCheck.Broken b : broken) {
            Element item = new Element("li");
            item.setAttribute("class", b.hard() ? "tt-hard" : "tt-soft");
            item.appendChild(new Element("b").setText(t(b.hard() ? "timetable.web.check.hard" : "timetable.web.check.soft") + " " + b.condition()));
            if (!b.lessons().isEmpty()) {
                Element lessons = new Element("ul");
                b.lessons().forEach(x -> lessons.appendChild(new Element("li").setText(x)));
                item.appendChild(lessons);
            }
            list.appendChild(item);
        }
        return list;
    }

    /** A move or swap: stored, then the week shown again with what the lesson now breaks. */
    private void edit(java.util.function.Supplier<EditCheck> action) {
        EditCheck done;
        try {
            done = action.get();
        } catch (EduException e) {
            TimetableUi.error(TimetableUi.message(e));
            return;
        }
        String lessonId = selected;
        clearSelection();
        changed.accept(done.timetable());
        reload();
        select(lessonId);
        Div result = new Div();
        result.setId("tt-edit-result");
        result.add(new Paragraph(t("timetable.web.edit.done", String.valueOf(done.hardAfter()), String.valueOf(done.softAfter()))));
        result.getElement().appendChild(conflicts(done.conflicts()));
        details.add(result);
        TimetableUi.success(t("timetable.web.edit.saved"));
    }

    private void change(java.util.function.Supplier<TimetableInfo> action) {
        try {
            TimetableInfo info = action.get();
            changed.accept(info);
        } catch (EduException e) {
            TimetableUi.error(TimetableUi.message(e));
            return;
        }
        String lessonId = selected;
        reload();
        selected = null;
        select(lessonId);
    }

    static final String CSS = """
            .tt-edit-grid { display: grid; gap: 2px; max-width: 70em; font-size: var(--lumo-font-size-s); }
            .tt-edit-head { font-weight: 600; padding: 0.2em 0.4em; background: var(--lumo-contrast-5pct); }
            .tt-edit-cell { min-height: 3em; padding: 2px; border: 1px solid var(--lumo-contrast-20pct); cursor: pointer; }
            .tt-edit-cell.tt-fit-ok { background: hsla(145, 70%, 45%, 0.18); }
            .tt-edit-cell.tt-fit-soft { background: hsla(40, 95%, 55%, 0.25); }
            .tt-edit-cell.tt-fit-hard { background: hsla(0, 85%, 55%, 0.22); }
            .tt-edit-cell.tt-fit-no { background: var(--lumo-contrast-10pct); cursor: not-allowed; }
            .tt-edit-cell.tt-target { outline: 3px solid var(--lumo-primary-color); }
            .tt-chip { display: flex; flex-direction: column; padding: 0.15em 0.3em; border-radius: var(--lumo-border-radius-s);
              background: var(--lumo-base-color); border: 1px solid var(--lumo-contrast-30pct); cursor: pointer; }
            .tt-chip span + span { color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-xs); }
            .tt-chip-selected { border: 2px solid var(--lumo-primary-color); }
            .tt-chip-pinned { border-left: 4px solid var(--lumo-contrast-60pct); }
            .tt-edit-conflicts li.tt-hard > b { color: var(--lumo-error-text-color); }
            .tt-edit-conflicts ul { font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color); }
            @media (max-width: 40em) { .tt-edit-grid { font-size: var(--lumo-font-size-xs); } }
            """;
}
