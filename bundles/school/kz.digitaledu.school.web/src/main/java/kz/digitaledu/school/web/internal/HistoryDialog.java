package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.util.List;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.school.api.JournalService.JournalPage;
import kz.digitaledu.school.api.JournalService.MarkChange;

/** Every change of the journal's marks, newest first: when, who, which student and lesson, old → new. */
final class HistoryDialog {
    private HistoryDialog() {
    }

    static void open(JournalPage page) {
        List<MarkChange> changes;
        try {
            changes = SchoolUi.journal().history(page.assignment().id(), null);
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
            return;
        }
        Dialog d = new Dialog();
        d.setId("history-dialog");
        d.setHeaderTitle(SchoolUi.t("school.web.history.title", page.schoolClass().name(), page.subject().name(SchoolUi.locale().getLanguage())));
        d.setWidth("60em");
        d.getElement().getStyle().set("max-width", "95vw");
        Grid<MarkChange> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        ZoneId zone = ZoneId.systemDefault();
        grid.addColumn(c -> c.changedAt() == null ? "" : SchoolUi.DATE_TIME.format(c.changedAt().atZone(zone)))
                .setHeader(SchoolUi.t("school.web.history.when")).setAutoWidth(true);
        grid.addColumn(MarkChange::changedBy).setHeader(SchoolUi.t("school.web.history.who")).setAutoWidth(true);
        grid.addColumn(MarkChange::studentName).setHeader(SchoolUi.t("school.web.journal.student")).setAutoWidth(true);
        grid.addColumn(c -> c.lessonDate() == null ? "" : SchoolUi.DATE.format(c.lessonDate())).setHeader(SchoolUi.t("school.web.history.lesson"))
                .setAutoWidth(true);
        grid.addColumn(c -> (c.oldValue() == null ? "—" : CellInput.format(c.oldValue())) + " → "
                + (c.newValue() == null ? "—" : CellInput.format(c.newValue()))).setHeader(SchoolUi.t("school.web.history.change")).setAutoWidth(true);
        grid.addColumn(c -> SchoolUi.t("school.web.history.action." + c.action())).setHeader(SchoolUi.t("school.web.history.action"))
                .setAutoWidth(true);
        grid.setItems(changes);
        grid.setHeight("60vh");
        d.add(grid);
        if (changes.isEmpty()) {
            grid.setVisible(false);
            d.add(SchoolUi.t("school.web.history.empty"));
        }
        Button close = new Button(SchoolUi.t("school.web.close"), e -> d.close());
        close.setId("history-close");
        d.getFooter().add(close);
        d.open();
    }
}
