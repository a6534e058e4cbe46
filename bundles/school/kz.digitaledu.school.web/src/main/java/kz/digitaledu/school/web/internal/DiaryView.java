package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.school.api.AssessmentKind;
import kz.digitaledu.school.api.DiaryService.DiaryEntry;
import kz.digitaledu.school.api.DiaryService.DiaryStudent;
import kz.digitaledu.school.api.DiaryService.SubjectSummary;

/**
 * {@code /diary}: a student's week (Monday to Saturday) with each lesson's subject, teacher, topic, homework, mark and
 * attendance; week navigation; a parent switches between their children. Below, the current term per subject: the
 * marks so far as a small bar chart, the percentage and the predicted grade (plain HTML and CSS).
 */
public class DiaryView extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final Select<DiaryStudent> students = new Select<>();
    private final Span week = new Span();
    private final Div days = new Div();
    private final Div summary = new Div();
    private DiaryStudent student;
    private LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    public DiaryView() {
        setId("diary-view");
        setPadding(true);
        getElement().appendChild(new Element("style").setText(CSS));
        List<DiaryStudent> list;
        try {
            list = SchoolUi.diary().students();
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
            list = List.of();
        }
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(SchoolUi.t("school.web.diary.none"));
            none.setId("diary-none");
            add(none);
            return;
        }
        students.setId("diary-student");
        students.setLabel(SchoolUi.t("school.web.diary.student"));
        students.setItems(list);
        students.setItemLabelGenerator(s -> s.fullName() + (s.className() == null ? "" : " · " + s.className()));
        students.setVisible(list.size() > 1);
        students.setWidth("18em");
        students.getStyle().set("max-width", "100%");
        Button prev = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(monday.minusWeeks(1)));
        prev.setId("diary-prev");
        prev.getElement().setAttribute("aria-label", SchoolUi.t("school.web.diary.previous"));
        prev.getElement().setAttribute("title", SchoolUi.t("school.web.diary.previous"));
        Button today = new Button(SchoolUi.t("school.web.diary.today"), e -> show(LocalDate.now()));
        today.setId("diary-today");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(monday.plusWeeks(1)));
        next.setId("diary-next");
        next.getElement().setAttribute("aria-label", SchoolUi.t("school.web.diary.next"));
        next.getElement().setAttribute("title", SchoolUi.t("school.web.diary.next"));
        for (Button b : List.of(prev, today, next)) {
            b.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        }
        week.setId("diary-week");
        week.getStyle().set("font-weight", "600");
        FlexLayout nav = new FlexLayout(prev, today, next, week);
        nav.setAlignItems(FlexComponent.Alignment.CENTER);
        nav.getStyle().set("gap", "var(--lumo-space-s)");
        FlexLayout bar = new FlexLayout(students, nav);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        days.setId("diary-days");
        days.addClassName("edu-diary-days");
        days.setWidthFull();
        summary.setId("diary-summary");
        summary.setWidthFull();
        add(bar, days, summary);
        students.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                student = e.getValue();
                show(monday);
                showSummary();
            }
        });
        students.setValue(list.get(0));
    }

    private void show(LocalDate date) {
        monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        week.setText(SchoolUi.DAY_MONTH.format(monday) + " – " + SchoolUi.DATE.format(monday.plusDays(5)));
        week.getElement().setAttribute("data-monday", monday.toString());
        days.removeAll();
        List<DiaryEntry> entries;
        try {
            entries = SchoolUi.diary().week(student.personId(), monday);
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
            return;
        }
        Map<LocalDate, List<DiaryEntry>> byDay = new TreeMap<>(entries.stream().collect(Collectors.groupingBy(DiaryEntry::date)));
        for (int i = 0; i < 6; i++) {
            LocalDate d = monday.plusDays(i);
            days.add(day(d, byDay.getOrDefault(d, List.of())));
        }
    }

    private Div day(LocalDate date, List<DiaryEntry> entries) {
        Div card = new Div();
        card.addClassName("edu-diary-day");
        card.getElement().setAttribute("data-date", date.toString());
        if (date.equals(LocalDate.now())) {
            card.addClassName("today");
        }
        String name = date.getDayOfWeek().getDisplayName(TextStyle.FULL_STANDALONE, SchoolUi.locale());
        Div head = new Div();
        head.addClassName("edu-diary-day-head");
        head.setText(Character.toUpperCase(name.charAt(0)) + name.substring(1) + ", " + SchoolUi.DAY_MONTH.format(date));
        card.add(head);
        if (entries.isEmpty()) {
            Div none = new Div();
            none.addClassName("edu-diary-free");
            none.setText(SchoolUi.t("school.web.diary.no_lessons"));
            card.add(none);
        }
        entries.stream().sorted((a, b) -> Integer.compare(a.period(), b.period())).forEach(e -> card.add(lesson(e)));
        return card;
    }

    private Div lesson(DiaryEntry e) {
        Div row = new Div();
        row.addClassName("edu-diary-lesson");
        row.getElement().setAttribute("data-lesson", String.valueOf(e.lessonId()));
        Span period = new Span(String.valueOf(e.period()));
        period.addClassName("edu-diary-period");
        Div main = new Div();
        main.addClassName("edu-diary-main");
        Div subject = new Div();
        subject.addClassName("edu-diary-subject");
        subject.setText(e.subject());
        if (e.assessment() != AssessmentKind.FORMATIVE) {
            Span kind = new Span(SchoolUi.t("school.web.kind_short." + e.assessment().name()));
            kind.getElement().getThemeList().add("badge small");
            kind.getStyle().set("margin-left", "var(--lumo-space-xs)");
            subject.add(kind);
        }
        main.add(subject);
        Div teacher = new Div();
        teacher.addClassName("edu-diary-small");
        teacher.setText(e.teacher() + (e.substituted() ? " · " + SchoolUi.t("school.web.diary.substituted") : ""));
        main.add(teacher);
        if (e.topic() != null && !e.topic().isBlank()) {
            Div topic = new Div();
            topic.addClassName("edu-diary-topic");
            topic.setText(SchoolUi.t("school.web.diary.topic", e.topic()));
            main.add(topic);
        }
        if (e.homework() != null && !e.homework().isBlank()) {
            Div hw = new Div();
            hw.addClassName("edu-diary-homework");
            hw.setText(SchoolUi.t("school.web.diary.homework", e.homework()));
            main.add(hw);
        }
        if (!e.files().isEmpty()) {
            Div files = new Div();
            files.addClassName("edu-diary-files");
            e.files().forEach(f -> files.add(HomeworkFilesUi.link(f)));
            main.add(files);
        }
        Div right = new Div();
        right.addClassName("edu-diary-right");
        if (e.mark() != null) {
            Span mark = new Span(CellInput.format(e.mark()) + (e.maxPoints() != null && e.assessment() != AssessmentKind.FORMATIVE
                    ? "/" + e.maxPoints() : ""));
            mark.addClassName("edu-diary-mark");
            mark.getElement().setAttribute("data-mark", CellInput.format(e.mark()));
            right.add(mark);
        }
        if (e.comment() != null) {
            Div comment = new Div();
            comment.addClassName("edu-diary-comment");
            comment.getElement().setAttribute("data-comment", true);
            comment.setText(SchoolUi.t("school.web.diary.comment", e.comment()));
            main.add(comment);
        }
        if (e.attendance() != null) {
            Span att = new Span(SchoolUi.t("school.web.attendance." + e.attendance().name()));
            att.addClassName("edu-diary-attendance");
            att.getElement().setAttribute("data-attendance", e.attendance().name());
            right.add(att);
        }
        row.add(period, main, right);
        return row;
    }

    private void showSummary() {
        summary.removeAll();
        List<SubjectSummary> subjects;
        try {
            subjects = SchoolUi.diary().summary(student.personId(), LocalDate.now());
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
            return;
        }
        summary.add(new H3(SchoolUi.t("school.web.diary.summary")));
        if (subjects.isEmpty()) {
            summary.add(new Paragraph(SchoolUi.t("school.web.diary.summary_none")));
            return;
        }
        NumberFormat pct = NumberFormat.getNumberInstance(SchoolUi.locale());
        pct.setMaximumFractionDigits(1);
        Div table = new Div();
        table.addClassName("edu-diary-summary");
        for (SubjectSummary s : subjects) {
            Div row = new Div();
            row.addClassName("edu-diary-summary-row");
            row.getElement().setAttribute("data-assignment", String.valueOf(s.assignmentId()));
            Div name = new Div();
            name.addClassName("edu-diary-summary-name");
            name.setText(s.subject());
            Div teacher = new Div();
            teacher.addClassName("edu-diary-small");
            teacher.setText(s.teacher());
            name.add(teacher);
            Div spark = new Div();
            spark.addClassName("edu-diary-spark");
            spark.getElement().setAttribute("title", s.formative().stream().map(CellInput::format).collect(Collectors.joining(" ")));
            for (BigDecimal m : s.formative()) {
                Span bar = new Span();
                bar.getStyle().set("height", Math.max(10, Math.min(100, m.doubleValue() * 10)) + "%");
                bar.getElement().setAttribute("data-mark", CellInput.format(m));
                spark.add(bar);
            }
            Div marks = new Div();
            marks.addClassName("edu-diary-small");
            String sums = s.summatives().stream().map(CellInput::format).collect(Collectors.joining(", "));
            marks.setText(SchoolUi.t("school.web.diary.marks", s.formative().size()) + (sums.isEmpty() ? "" : " · "
                    + SchoolUi.t("school.web.diary.summatives", sums)));
            Div sparkCell = new Div(spark, marks);
            sparkCell.addClassName("edu-diary-spark-cell");
            Div percent = new Div();
            percent.addClassName("edu-diary-percent");
            Div fill = new Div();
            double p = s.percent() == null ? 0 : s.percent().doubleValue();
            fill.getStyle().set("width", Math.max(0, Math.min(100, p)) + "%");
            fill.getElement().setAttribute("data-grade", s.predicted() == null ? "" : String.valueOf(s.predicted()));
            percent.add(fill);
            Span pctText = new Span(s.percent() == null ? "—" : pct.format(s.percent()) + "%");
            Div pctCell = new Div(percent, pctText);
            pctCell.addClassName("edu-diary-pct-cell");
            Span grade = new Span(s.finalGrade() != null ? String.valueOf(s.finalGrade()) : s.predicted() == null ? "—" : String.valueOf(s.predicted()));
            grade.addClassName("edu-diary-grade");
            grade.getElement().setAttribute("title", SchoolUi.t(s.finalGrade() != null ? "school.web.diary.final" : "school.web.diary.predicted"));
            grade.getElement().setAttribute("data-grade", grade.getText());
            if (s.finalGrade() != null) {
                grade.addClassName("final");
            }
            row.add(name, sparkCell, pctCell, grade);
            table.add(row);
        }
        Paragraph hint = new Paragraph(SchoolUi.t("school.web.diary.summary_hint"));
        hint.addClassName("edu-diary-small");
        summary.add(table, hint);
    }

    private static final String CSS = """
            .edu-diary-days{display:grid;grid-template-columns:repeat(auto-fill,minmax(17em,1fr));gap:var(--lumo-space-m)}
            .edu-diary-day{border:1px solid var(--lumo-contrast-10pct);border-radius:var(--lumo-border-radius-l);padding:var(--lumo-space-s) var(--lumo-space-m);background:var(--lumo-base-color)}
            .edu-diary-day.today{border-color:var(--lumo-primary-color);box-shadow:0 0 0 1px var(--lumo-primary-color)}
            .edu-diary-day-head{font-weight:600;margin-bottom:var(--lumo-space-xs)}
            .edu-diary-free{color:var(--lumo-secondary-text-color);font-size:var(--lumo-font-size-s)}
            .edu-diary-lesson{display:flex;gap:var(--lumo-space-s);padding:var(--lumo-space-xs) 0;border-top:1px solid var(--lumo-contrast-5pct);align-items:flex-start}
            .edu-diary-period{min-width:1.4em;color:var(--lumo-secondary-text-color);font-size:var(--lumo-font-size-s);padding-top:.1em}
            .edu-diary-main{flex:1 1 auto;min-width:0}
            .edu-diary-subject{font-weight:500}
            .edu-diary-small{font-size:var(--lumo-font-size-xs);color:var(--lumo-secondary-text-color)}
            .edu-diary-topic,.edu-diary-homework{font-size:var(--lumo-font-size-s);overflow-wrap:anywhere}
            .edu-diary-homework{color:var(--lumo-primary-text-color)}
            .edu-diary-comment{font-size:var(--lumo-font-size-s);font-style:italic;color:var(--lumo-secondary-text-color);overflow-wrap:anywhere}
            .edu-diary-files{display:flex;flex-wrap:wrap;gap:var(--lumo-space-s);font-size:var(--lumo-font-size-s)}
            .edu-diary-right{display:flex;flex-direction:column;align-items:flex-end;gap:2px}
            .edu-diary-mark{font-weight:700;font-size:var(--lumo-font-size-l);color:var(--lumo-success-text-color)}
            .edu-diary-attendance{font-size:var(--lumo-font-size-xs);color:var(--lumo-error-text-color);font-weight:600}
            .edu-diary-summary{display:flex;flex-direction:column;gap:var(--lumo-space-xs)}
            .edu-diary-summary-row{display:grid;grid-template-columns:minmax(8em,2fr) minmax(8em,3fr) minmax(6em,2fr) 2.5em;gap:var(--lumo-space-s);align-items:center;padding:var(--lumo-space-xs) 0;border-bottom:1px solid var(--lumo-contrast-5pct)}
            @media (max-width:600px){.edu-diary-summary-row{grid-template-columns:1fr 2.5em}.edu-diary-spark-cell,.edu-diary-pct-cell{grid-column:1}}
            .edu-diary-spark{display:flex;align-items:flex-end;gap:2px;height:1.8em}
            .edu-diary-spark span{display:block;width:5px;background:var(--lumo-primary-color-50pct);border-radius:1px}
            .edu-diary-percent{height:.6em;background:var(--lumo-contrast-10pct);border-radius:.3em;overflow:hidden}
            .edu-diary-percent div{height:100%;background:var(--lumo-primary-color)}
            .edu-diary-percent div[data-grade="5"]{background:var(--lumo-success-color)}
            .edu-diary-percent div[data-grade="2"]{background:var(--lumo-error-color)}
            .edu-diary-pct-cell{font-size:var(--lumo-font-size-s)}
            .edu-diary-grade{font-weight:700;font-size:var(--lumo-font-size-xl);text-align:center}
            .edu-diary-grade.final{color:var(--lumo-primary-text-color)}
            """;
}
