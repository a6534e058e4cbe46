package kz.digitaledu.timetable.web.internal;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.platform.api.timetable.PublishedLesson;
import kz.digitaledu.platform.api.timetable.PublishedTimetable;
import kz.digitaledu.timetable.core.TimetablePermissions;
import kz.digitaledu.timetable.core.Week;

/**
 * {@code /school-timetable}: the timetable in force at a school, read-only, for its staff and for district and region
 * officers: the week of any class, teacher or room on a chosen date, to print as PDF or, when the periods have clock
 * times, to take into a phone calendar.
 */
public class PublishedTimetableView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final Select<Organisation> school = new Select<>();
    private final DatePicker date = new DatePicker();
    private final Select<Week.Kind> kind = new Select<>();
    private final ComboBox<String> who = new ComboBox<>();
    private final Paragraph state = new Paragraph();
    private final Div week = new Div();
    private final Anchor pdf = new Anchor();
    private final Anchor ics = new Anchor();
    private PublishedTimetable shown;

    public PublishedTimetableView() {
        setId("school-timetable-view");
        setPadding(true);
        getElement().appendChild(new Element("style").setText(TimetablesView.WEEK_CSS));
        add(new H2(t("timetable.web.published.title")));
        List<Organisation> schools = TimetableUi.schoolsWith(TimetablePermissions.VIEW);
        if (schools.isEmpty()) {
            add(new Paragraph(t("timetable.web.no_school")));
            return;
        }
        String language = TimetableUi.locale().getLanguage();
        school.setId("stt-school");
        school.setLabel(t("timetable.web.school"));
        school.setItems(schools);
        school.setItemLabelGenerator(o -> o.name(language));
        school.setValue(schools.get(0));
        school.setVisible(schools.size() > 1);
        school.addValueChangeListener(e -> load());
        date.setId("stt-date");
        date.setLabel(t("timetable.web.published.date"));
        date.setLocale(TimetableUi.locale());
        date.setValue(LocalDate.now());
        date.addValueChangeListener(e -> load());
        kind.setId("stt-kind");
        kind.setLabel(t("timetable.web.week_of"));
        kind.setItems(Week.Kind.values());
        kind.setItemLabelGenerator(k -> t("timetable.web.kind." + k.name().toLowerCase()));
        kind.setValue(Week.Kind.CLASS);
        kind.addValueChangeListener(e -> choices());
        who.setId("stt-who");
        who.setLabel(t("timetable.web.who"));
        who.addValueChangeListener(e -> show());
        state.setId("stt-state");
        week.setId("stt-week");
        pdf.setId("stt-pdf");
        pdf.setText(t("timetable.web.published.pdf"));
        pdf.getElement().setAttribute("download", true);
        ics.setId("stt-ics");
        ics.setText(t("timetable.web.week_ics"));
        ics.getElement().setAttribute("download", true);
        HorizontalLayout choose = new HorizontalLayout(school, date, kind, who, pdf, ics);
        choose.setAlignItems(FlexComponent.Alignment.BASELINE);
        choose.getStyle().set("flex-wrap", "wrap");
        add(choose, state, week);
        load();
    }

    private static String t(String key, Object... args) {
        return TimetableUi.t(key, args);
    }

    private void load() {
        LocalDate on = date.getValue() == null ? LocalDate.now() : date.getValue();
        shown = TimetableUi.services().published().inForce(school.getValue().id(), on).orElse(null);
        state.setText(shown == null ? t("timetable.web.published.none")
                : t("timetable.web.published.in_force", shown.name(), shown.validFrom().toString()));
        choices();
    }

    private void choices() {
        List<String> names = shown == null ? List.of() : Week.names(shown.lessons(), kind.getValue());
        String before = who.getValue();
        who.setItems(names);
        who.setValue(names.contains(before) ? before : names.isEmpty() ? null : names.get(0));
        show();
    }

    private void show() {
        week.getElement().removeAllChildren();
        pdf.setVisible(false);
        ics.setVisible(false);
        if (shown == null || who.getValue() == null) {
            return;
        }
        Week.Kind k = kind.getValue();
        String name = who.getValue();
        Week w = Week.of(shown.lessons(), k, name);
        week.getElement().appendChild(TimetablesView.weekTable(w, k));
        long id = shown.id();
        pdf.setHref(new StreamResource("timetable-" + name + ".pdf",
                () -> new ByteArrayInputStream(TimetableUi.services().timetables().exportWeeks(id, k, name, "pdf"))));
        pdf.setVisible(true);
        boolean timed = !w.cells().isEmpty() && w.cells().values().stream().flatMap(m -> m.values().stream()).flatMap(List::stream)
                .allMatch((PublishedLesson l) -> l.start() != null);
        if (timed) {
            ics.setHref(new StreamResource("timetable-" + name + ".ics",
                    () -> new ByteArrayInputStream(TimetableUi.services().timetables().exportCalendar(id, k, name, null))));
            ics.setVisible(true);
        }
    }
}
