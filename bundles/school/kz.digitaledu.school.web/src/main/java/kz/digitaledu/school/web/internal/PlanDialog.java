package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.school.api.JournalService.JournalRef;
import kz.digitaledu.school.api.LessonPlanService;
import kz.digitaledu.school.api.LessonPlanService.FillResult;
import kz.digitaledu.school.api.LessonPlanService.NewTopic;
import kz.digitaledu.school.api.LessonPlanService.PlanTopic;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The calendar-thematic plan (КТП) of a journal: one topic per line with its hours after a semicolon
 * ("Fractions; 3"), or a workbook uploaded; then "Fill lesson topics". Read-only for those who only read the journal.
 */
@org.osgi.service.component.annotations.Component(service = PlanDialog.class, immediate = true)
public class PlanDialog {
    private static volatile LessonPlanService service;

    @Activate
    public PlanDialog(@Reference LessonPlanService plans) {
        service = plans;
    }

    @Deactivate
    void deactivate() {
        service = null;
    }

    static boolean available() {
        return service != null;
    }

    /** "topic; hours" per line, as the text area shows a plan. */
    static String text(List<PlanTopic> plan) {
        StringBuilder b = new StringBuilder();
        plan.forEach(t -> b.append(t.title()).append("; ").append(t.hours()).append('\n'));
        return b.toString();
    }

    /**
     * The plan typed in the text area: blank lines skipped; a line without a number after its last semicolon counts one
     * hour; a number that is not whole is kept as 0 so that the service names the line.
     */
    static List<NewTopic> parse(String text) {
        List<NewTopic> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int semi = line.lastIndexOf(';');
            if (semi < 0) {
                out.add(new NewTopic(line.strip(), 1));
                continue;
            }
            String hours = line.substring(semi + 1).strip();
            Integer h;
            try {
                h = hours.isEmpty() ? 1 : Integer.valueOf(hours);
            } catch (NumberFormatException e) {
                h = 0;
            }
            out.add(new NewTopic(line.substring(0, semi).strip(), h));
        }
        return out;
    }

    static void open(JournalRef journal, Runnable topicsChanged) {
        LessonPlanService plans = service;
        if (plans == null) {
            return;
        }
        List<PlanTopic> plan;
        try {
            plan = plans.plan(journal.assignmentId());
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
            return;
        }
        boolean writable = journal.writable();
        Dialog d = new Dialog();
        d.setHeaderTitle(SchoolUi.t("school.web.plan.title", JournalView.label(journal)));
        d.setWidth("40em");
        d.getElement().getStyle().set("max-width", "95vw");
        Span hours = new Span();
        hours.setId("plan-hours");
        TextArea topics = new TextArea(SchoolUi.t("school.web.plan.topics"));
        topics.setId("plan-topics");
        topics.setWidthFull();
        topics.setMinHeight("14em");
        topics.setHelperText(SchoolUi.t("school.web.plan.help"));
        topics.setValue(text(plan));
        topics.setReadOnly(!writable);
        showHours(hours, plan);
        d.add(hours, topics);
        Button close = new Button(SchoolUi.t("school.web.close"), e -> d.close());
        close.setId("plan-close");
        if (writable) {
            Button save = new Button(SchoolUi.t("school.web.plan.save"), e -> {
                topics.setInvalid(false);
                try {
                    List<PlanTopic> saved = plans.setPlan(journal.assignmentId(), parse(topics.getValue()));
                    topics.setValue(text(saved));
                    showHours(hours, saved);
                    SchoolUi.success(SchoolUi.t("school.web.plan.saved", saved.size()));
                } catch (EduException x) {
                    showErrors(topics, x);
                }
            });
            save.setId("plan-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Upload upload = SchoolUi.upload("plan-upload", "school.web.plan.import", 10 << 20, (name, in) -> {
                try {
                    List<PlanTopic> saved = plans.importPlan(journal.assignmentId(), in);
                    topics.setValue(text(saved));
                    showHours(hours, saved);
                    SchoolUi.success(SchoolUi.t("school.web.plan.saved", saved.size()));
                } catch (EduException x) {
                    showErrors(topics, x);
                }
            }, ".xlsx");
            Checkbox overwrite = new Checkbox(SchoolUi.t("school.web.plan.overwrite"));
            overwrite.setId("plan-overwrite");
            Paragraph result = new Paragraph();
            result.setId("plan-result");
            Button fill = new Button(SchoolUi.t("school.web.plan.fill"), e -> {
                try {
                    FillResult r = plans.fillTopics(journal.assignmentId(), overwrite.getValue());
                    result.setText(SchoolUi.t("school.web.plan.filled", r.filled(), r.kept(), r.lessons(), r.planHours())
                            + (r.lessonsWithoutTopic() > 0 ? " " + SchoolUi.t("school.web.plan.short", r.lessonsWithoutTopic()) : "")
                            + (r.hoursLeftOver() > 0 ? " " + SchoolUi.t("school.web.plan.long", r.hoursLeftOver()) : ""));
                    topicsChanged.run();
                } catch (EduException x) {
                    SchoolUi.error(SchoolUi.message(x));
                }
            });
            fill.setId("plan-fill");
            Div fillRow = new Div(fill, overwrite);
            fillRow.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline").set("gap", "var(--lumo-space-m)");
            d.add(upload, fillRow, result);
            d.getFooter().add(close, save);
        } else {
            d.getFooter().add(close);
        }
        d.open();
    }

    private static void showHours(Span hours, List<PlanTopic> plan) {
        hours.setText(SchoolUi.t("school.web.plan.summary", plan.size(), plan.stream().mapToInt(PlanTopic::hours).sum()));
    }

    private static void showErrors(TextArea topics, EduException x) {
        StringBuilder b = new StringBuilder();
        for (EduException.FieldError f : x.fieldErrors()) {
            b.append(SchoolUi.t(f.messageKey(), f.args().toArray())).append(' ');
        }
        String text = b.isEmpty() ? SchoolUi.message(x) : b.toString().trim();
        topics.setErrorMessage(text);
        topics.setInvalid(true);
        SchoolUi.error(text);
    }
}
