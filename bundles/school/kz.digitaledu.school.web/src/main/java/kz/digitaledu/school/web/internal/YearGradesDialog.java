package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.school.api.JournalService.JournalRef;
import kz.digitaledu.school.api.JournalService.YearGrade;

/**
 * The year grades of a journal: each student's term grades, the recommended year grade (their mean, halves up) and the
 * final one, which the teacher who keeps the journal chooses (2–5); read-only for the journal's other readers.
 */
final class YearGradesDialog {
    private YearGradesDialog() {
    }

    static void open(JournalRef journal) {
        List<YearGrade> grades;
        try {
            grades = SchoolUi.journal().yearGrades(journal.assignmentId());
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
            return;
        }
        Dialog d = new Dialog();
        d.setHeaderTitle(SchoolUi.t("school.web.year.title", JournalView.label(journal)));
        d.setWidth("64em");
        d.getElement().getStyle().set("max-width", "95vw");
        Grid<YearGrade> grid = new Grid<>();
        grid.setId("year-grades");
        grid.addColumn(YearGrade::studentName).setHeader(SchoolUi.t("school.web.journal.student")).setAutoWidth(true).setFlexGrow(1);
        int terms = journal.terms().size();
        for (int i = 0; i < terms; i++) {
            int term = i;
            grid.addColumn(g -> term < g.termGrades().size() && g.termGrades().get(term) != null ? String.valueOf(g.termGrades().get(term)) : "")
                    .setHeader(SchoolUi.t("school.web.year.term", term + 1)).setAutoWidth(true);
        }
        grid.addColumn(g -> g.recommended() == null ? "" : g.recommended() + (g.complete() ? "" : " †"))
                .setHeader(SchoolUi.t("school.web.year.recommended")).setAutoWidth(true);
        grid.addComponentColumn(g -> finalGrade(journal, g, grid)).setHeader(SchoolUi.t("school.web.year.final")).setAutoWidth(true);
        grid.setItems(grades);
        grid.setHeight("28em");
        d.add(new Paragraph(SchoolUi.t("school.web.year.help")), grid);
        Button close = new Button(SchoolUi.t("school.web.close"), e -> d.close());
        close.setId("year-close");
        d.getFooter().add(close);
        d.open();
    }

    private static com.vaadin.flow.component.Component finalGrade(JournalRef journal, YearGrade g, Grid<YearGrade> grid) {
        if (!journal.writable()) {
            return new Span(g.finalGrade() == null ? "" : String.valueOf(g.finalGrade()));
        }
        Select<Integer> grade = new Select<>();
        grade.setItems(5, 4, 3, 2);
        grade.setPlaceholder("—");
        grade.setWidth("6em");
        grade.addClassName("year-final");
        grade.getElement().setAttribute("data-student", String.valueOf(g.studentPersonId()));
        grade.getElement().setAttribute("aria-label", SchoolUi.t("school.web.year.final") + " " + g.studentName());
        grade.setValue(g.finalGrade());
        grade.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                YearGrade saved = SchoolUi.journal().setYearGrade(journal.assignmentId(), g.studentPersonId(), e.getValue());
                grade.getElement().setAttribute("data-saved", String.valueOf(saved.finalGrade()));
                SchoolUi.success(SchoolUi.t("school.web.year.saved", g.studentName(), saved.finalGrade()));
            } catch (EduException x) {
                grade.setValue(e.getOldValue());
                SchoolUi.error(x.fieldErrors().isEmpty() ? SchoolUi.message(x)
                        : SchoolUi.t(x.fieldErrors().get(0).messageKey(), x.fieldErrors().get(0).args().toArray()));
            }
        });
        return grade;
    }
}
