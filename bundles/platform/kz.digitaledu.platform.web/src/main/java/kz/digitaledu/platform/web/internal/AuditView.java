package kz.digitaledu.platform.web.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;

import kz.digitaledu.platform.api.AuditEntry;
import kz.digitaledu.platform.api.AuditQuery;
import kz.digitaledu.platform.api.EduException;

/** The audit log, filtered by user and period, exported as CSV (read-only: nothing in the UI changes it). */
public class AuditView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final TextField user = new TextField(Web.t("web.audit.user"));
    private final DatePicker from = new DatePicker(Web.t("web.audit.from"));
    private final DatePicker to = new DatePicker(Web.t("web.audit.to"));
    private final Grid<AuditEntry> grid = new Grid<>();

    public AuditView() {
        setSizeFull();
        user.setId("audit-user");
        from.setId("audit-from");
        to.setId("audit-to");
        from.setValue(LocalDate.now().minusDays(30));
        Button show = new Button(Web.t("web.audit.show"), e -> refresh());
        show.setId("audit-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The same lines as the grid (up to 10,000), as CSV for a spreadsheet; read when the link is followed.
        Anchor export = new Anchor(new StreamResource("audit.csv", () -> new java.io.ByteArrayInputStream(
                AuditEntry.toCsv(Web.audit().find(query(10_000))).getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                Web.t("web.audit.export"));
        export.getElement().setAttribute("download", true);
        export.setId("audit-export");
        HorizontalLayout filters = new HorizontalLayout(user, from, to, show, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        grid.setId("audit-grid");
        grid.addColumn(a -> TIME.format(a.at())).setHeader(Web.t("web.audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actorUsername).setHeader(Web.t("web.audit.user")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(Web.t("web.audit.action")).setAutoWidth(true);
        grid.addColumn(a -> a.entityType() + " " + (a.entityId() == null ? "" : a.entityId()))
                .setHeader(Web.t("web.audit.object")).setAutoWidth(true);
        grid.addColumn(AuditEntry::remoteAddress).setHeader(Web.t("web.audit.address")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(
                a -> (a.before() == null ? "" : Web.t("web.audit.before") + ": " + a.before() + "  ")
                        + (a.after() == null ? "" : Web.t("web.audit.after") + ": " + a.after())));
        add(filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        try {
            grid.setItems(Web.audit().find(query(500)));
        } catch (EduException e) {
            Forms.error(Web.message(e));
        }
    }

    private AuditQuery query(int limit) {
        ZoneId zone = ZoneId.systemDefault();
        String who = user.getValue() == null || user.getValue().isBlank() ? null : user.getValue().trim();
        return new AuditQuery(who, null, null, from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(), 0, limit);
    }
}
