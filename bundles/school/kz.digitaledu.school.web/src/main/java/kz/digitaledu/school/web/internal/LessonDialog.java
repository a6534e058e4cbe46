package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.school.api.AssessmentKind;
import kz.digitaledu.school.api.Lesson;

/** A lesson's topic, homework (with its files) and kind of assessment (formative, or a summative out of so many points). */
final class LessonDialog {
    private LessonDialog() {
    }

    static void open(Lesson lesson, boolean writable, Consumer<Lesson> saved) {
        Dialog d = new Dialog();
        d.setId("lesson-dialog");
        d.setHeaderTitle(SchoolUi.t("school.web.lesson.title", SchoolUi.DATE.format(lesson.date()), lesson.period()));
        d.setWidth("32em");
        d.getElement().getStyle().set("max-width", "95vw");
        TextField topic = new TextField(SchoolUi.t("school.web.lesson.topic"));
        topic.setId("lesson-topic");
        topic.setValue(lesson.topic() == null ? "" : lesson.topic());
        topic.setMaxLength(500);
        TextArea homework = new TextArea(SchoolUi.t("school.web.lesson.homework"));
        homework.setId("lesson-homework");
        homework.setValue(lesson.homework() == null ? "" : lesson.homework());
        homework.setMaxLength(2000);
        Select<AssessmentKind> kind = new Select<>();
        kind.setId("lesson-kind");
        kind.setLabel(SchoolUi.t("school.web.lesson.kind"));
        kind.setItems(AssessmentKind.values());
        kind.setItemLabelGenerator(k -> SchoolUi.t("school.web.kind." + k.name()));
        kind.setValue(lesson.assessment());
        IntegerField max = new IntegerField(SchoolUi.t("school.web.lesson.max_points"));
        max.setId("lesson-max-points");
        max.setMin(1);
        max.setMax(100);
        max.setStepButtonsVisible(true);
        max.setValue(lesson.maxPoints());
        max.setVisible(lesson.assessment() != AssessmentKind.FORMATIVE);
        kind.addValueChangeListener(e -> max.setVisible(e.getValue() != AssessmentKind.FORMATIVE));
        FormLayout form = new FormLayout(topic, homework, kind, max);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.setColspan(topic, 2);
        form.setColspan(homework, 2);
        d.add(form, HomeworkFilesUi.section(lesson.id(), writable));
        Button close = new Button(SchoolUi.t(writable ? "school.web.cancel" : "school.web.close"), e -> d.close());
        close.setId("lesson-close");
        if (writable) {
            Map<String, HasValidation> fields = Map.of("topic", topic, "homework", homework, "assessment", kind, "maxPoints", max);
            Button save = new Button(SchoolUi.t("school.web.save"), e -> {
                fields.values().forEach(f -> f.setInvalid(false));
                try {
                    Lesson after = SchoolUi.journal().updateLesson(lesson.id(), topic.getValue(), homework.getValue(), kind.getValue(),
                            kind.getValue() == AssessmentKind.FORMATIVE ? null : max.getValue());
                    d.close();
                    saved.accept(after);
                } catch (EduException x) {
                    StringBuilder other = new StringBuilder();
                    for (EduException.FieldError fe : x.fieldErrors()) {
                        HasValidation f = fields.get(fe.field());
                        String text = SchoolUi.t(fe.messageKey(), fe.args().toArray());
                        if (f != null) {
                            f.setErrorMessage(text);
                            f.setInvalid(true);
                        } else {
                            other.append(text).append(' ');
                        }
                    }
                    SchoolUi.error(x.fieldErrors().isEmpty() ? SchoolUi.message(x) : other.isEmpty() ? SchoolUi.message(x) : other.toString().trim());
                }
            });
            save.setId("lesson-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            d.getFooter().add(close, save);
        } else {
            topic.setReadOnly(true);
            homework.setReadOnly(true);
            kind.setReadOnly(true);
            max.setReadOnly(true);
            d.getFooter().add(close);
        }
        d.open();
        if (writable) {
            topic.focus();
        }
    }
}
