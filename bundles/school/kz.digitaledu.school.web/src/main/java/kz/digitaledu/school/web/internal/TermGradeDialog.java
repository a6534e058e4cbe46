package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Consumer;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.school.api.JournalService.JournalPage;
import kz.digitaledu.school.api.JournalService.TermGrade;
import kz.digitaledu.school.api.SchoolStructureService.Student;

/** A student's term result: the recommendation from the marks, and the final grade the teacher confirms or sets. */
final class TermGradeDialog {
    private TermGradeDialog() {
    }

    static void open(JournalPage page, Student student, TermGrade grade, String marks, Consumer<TermGrade> saved) {
        Dialog d = new Dialog();
        d.setId("grade-dialog");
        d.setHeaderTitle(student.fullName());
        d.setWidth("26em");
        d.getElement().getStyle().set("max-width", "95vw");
        NumberFormat pct = NumberFormat.getNumberInstance(SchoolUi.locale());
        pct.setMaximumFractionDigits(1);
        Paragraph term = new Paragraph(SchoolUi.t("school.web.term", page.term().number()) + " · " + page.schoolClass().name() + " · "
                + page.subject().name(SchoolUi.locale().getLanguage()));
        Paragraph rec = new Paragraph(grade == null || grade.recommended() == null ? SchoolUi.t("school.web.grade.no_marks")
                : SchoolUi.t("school.web.grade.recommended", grade.recommended(), pct.format(grade.percent())));
        rec.setId("grade-recommended");
        Paragraph list = new Paragraph(SchoolUi.t("school.web.grade.marks", marks.isEmpty() ? "—" : marks));
        VerticalLayout body = new VerticalLayout(term, rec, list);
        body.setPadding(false);
        body.setSpacing(false);
        RadioButtonGroup<Integer> choice = new RadioButtonGroup<>();
        choice.setId("grade-final");
        choice.setLabel(SchoolUi.t("school.web.journal.final"));
        choice.setItems(List.of(5, 4, 3, 2));
        Integer current = grade == null ? null : grade.finalGrade() != null ? grade.finalGrade() : grade.recommended();
        choice.setValue(current);
        body.add(choice);
        if (grade != null && grade.mismatch()) {
            Paragraph mismatch = new Paragraph(SchoolUi.t("school.web.grade.mismatch", grade.recommended()));
            mismatch.getStyle().set("color", "var(--lumo-error-text-color)");
            body.add(mismatch);
        }
        d.add(body);
        Button close = new Button(SchoolUi.t(page.writable() ? "school.web.cancel" : "school.web.close"), e -> d.close());
        if (page.writable()) {
            Button save = new Button(SchoolUi.t("school.web.grade.set"), e -> {
                if (choice.getValue() == null) {
                    choice.setErrorMessage(SchoolUi.t("school.validation.term_grade"));
                    choice.setInvalid(true);
                    return;
                }
                try {
                    TermGrade after = SchoolUi.journal().setTermGrade(page.assignment().id(), page.term().id(), student.personId(),
                            choice.getValue());
                    d.close();
                    saved.accept(after);
                } catch (EduException x) {
                    SchoolUi.error(SchoolUi.message(x));
                }
            });
            save.setId("grade-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            d.getFooter().add(close, save);
        } else {
            choice.setReadOnly(true);
            d.getFooter().add(close);
        }
        d.open();
    }
}
