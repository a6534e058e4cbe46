package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.school.api.JournalService.Mark;
import kz.digitaledu.school.api.Lesson;
import kz.digitaledu.school.api.SchoolStructureService.Student;

/**
 * The teacher's comment to a student on a mark (Shift+Enter on a cell): shown to the student and the parents in the diary,
 * kept with the mark (its history records the change). Saving an empty comment removes it.
 */
final class CommentDialog {
    static final int MAX = 500;

    private CommentDialog() {
    }

    static void open(Lesson lesson, Student student, Mark mark, boolean writable, Consumer<Mark> saved) {
        Dialog d = new Dialog();
        d.setId("comment-dialog");
        d.setHeaderTitle(SchoolUi.t("school.web.comment.title", student.fullName()));
        d.setWidth("30em");
        d.getElement().getStyle().set("max-width", "95vw");
        d.add(new Paragraph(SchoolUi.DATE.format(lesson.date()) + " · " + SchoolUi.t("school.web.comment.mark", CellInput.format(mark.value()))));
        TextArea text = new TextArea(SchoolUi.t("school.web.comment.label"));
        text.setId("comment-text");
        text.setWidthFull();
        text.setMaxLength(MAX);
        text.setHelperText(SchoolUi.t("school.web.comment.helper", MAX));
        text.setValue(mark.comment() == null ? "" : mark.comment());
        text.setReadOnly(!writable);
        d.add(text);
        Button close = new Button(SchoolUi.t(writable ? "school.web.cancel" : "school.web.close"), e -> d.close());
        d.getFooter().add(close);
        if (writable) {
            Button save = new Button(SchoolUi.t("school.web.comment.save"), e -> {
                String value = text.getValue().strip();
                try {
                    Mark after = SchoolUi.journal().setMark(lesson.id(), student.personId(), mark.value(), value.isEmpty() ? null : value);
                    d.close();
                    saved.accept(after);
                } catch (EduException x) {
                    text.setErrorMessage(SchoolUi.message(x));
                    text.setInvalid(true);
                }
            });
            save.setId("comment-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            d.getFooter().add(save);
        }
        d.open();
        text.focus();
    }
}
