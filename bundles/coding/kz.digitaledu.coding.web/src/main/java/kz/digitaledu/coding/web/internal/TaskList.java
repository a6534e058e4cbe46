package kz.digitaledu.coding.web.internal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import kz.digitaledu.coding.core.CodingService.TaskInfo;

/** The tasks with their limits and the user's best verdict. */
class TaskList extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    TaskList() {
        setPadding(false);
        List<TaskInfo> tasks = CodingUi.coding().tasks();
        Map<String, String> mine = CodingUi.coding().myVerdicts();
        Grid<TaskInfo> grid = new Grid<>();
        grid.setId("coding-tasks");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(t -> {
            Anchor a = CodingView.link(CodingUi.title(t.id(), t.name()), t.id());
            a.setId("task-" + t.id());
            return a;
        })).setHeader(CodingUi.t("coding.web.task")).setFlexGrow(3);
        NumberFormat seconds = NumberFormat.getNumberInstance(CodingUi.locale());
        grid.addColumn(t -> CodingUi.t("coding.web.seconds", seconds.format(t.timeLimitSeconds())))
                .setHeader(CodingUi.t("coding.web.time_limit"));
        grid.addColumn(t -> CodingUi.t("coding.web.megabytes", t.memoryLimitMb())).setHeader(CodingUi.t("coding.web.memory_limit"));
        grid.addColumn(new ComponentRenderer<>(t -> verdictBadge(mine.get(t.id())))).setHeader(CodingUi.t("coding.web.my_result"));
        grid.setItems(tasks);
        if (tasks.isEmpty()) {
            add(new Span(CodingUi.t("coding.web.no_tasks")));
        } else {
            add(grid);
        }
    }

    /** A verdict in the UI language, green when accepted; a dash when the user has not been judged yet. */
    static Span verdictBadge(String code) {
        Span s = new Span(code == null ? "—" : CodingUi.verdict(code));
        if (code != null) {
            s.getStyle().set("color", "AC".equals(code) ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)")
                    .set("font-weight", "600");
            s.getElement().setAttribute("data-verdict", code);
        }
        return s;
    }
}
