package kz.digitaledu.coding.web.internal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;

/**
 * {@code /coding}: the task list; {@code /coding?task=<id>}: the task's page. Flow keeps this instance when only the
 * query changes, so every navigation rebuilds the content.
 */
public class CodingView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    public CodingView() {
        setId("coding-view");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<String> task = event.getLocation().getQueryParameters().getParameters().get("task");
        if (task == null || task.isEmpty() || task.get(0).isBlank()) {
            add(new TaskList());
            return;
        }
        CodingUi.coding().task(task.get(0)).ifPresentOrElse(details -> add(new TaskPage(details)), () -> {
            Paragraph missing = new Paragraph(CodingUi.t("coding.task_unknown"));
            missing.setId("coding-task-missing");
            add(missing, link(CodingUi.t("coding.web.all_tasks"), null));
        });
    }

    /** A link to the task list (task null) or to a task's page, followed by Flow's router without a page reload. */
    static Anchor link(String text, String task) {
        Anchor a = new Anchor(task == null ? CodingViewContribution.ROUTE : CodingViewContribution.ROUTE + "?task=" + task, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }
}
