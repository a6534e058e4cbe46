package kz.digitaledu.platform.web.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import kz.digitaledu.platform.api.AuthService.LoginAttempt;
import kz.digitaledu.platform.api.EduException;

/**
 * Sign-in attempts of the accounts the reader may see (system administrators also see attempts on names that
 * belong to no account): failed ones only by default, filtered by user name and period, newest first.
 */
public class AccessLogView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final TextField user = new TextField(Web.t("web.audit.user"));
    private final DatePicker from = new DatePicker(Web.t("web.audit.from"));
    private final DatePicker to = new DatePicker(Web.t("web.audit.to"));
    private final Checkbox failuresOnly = new Checkbox(Web.t("web.access.failures_only"), true);
    private final Grid<LoginAttempt> grid = new Grid<>();

    public AccessLogView() {
        setSizeFull();
        user.setId("access-user");
        from.setId("access-from");
        to.setId("access-to");
        failuresOnly.setId("access-failures-only");
        from.setValue(LocalDate.now().minusDays(7));
        Button show = new Button(Web.t("web.audit.show"), e -> refresh());
        show.setId("access-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(user, from, to, failuresOnly, show);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        grid.setId("access-grid");
        grid.addColumn(a -> TIME.format(a.at())).setHeader(Web.t("web.audit.time")).setAutoWidth(true);
        grid.addColumn(LoginAttempt::username).setHeader(Web.t("web.audit.user")).setAutoWidth(true);
        grid.addColumn(a -> Web.t(a.success() ? "web.access.success" : "web.access.failure")).setHeader(Web.t("web.access.result"))
                .setAutoWidth(true);
        grid.addColumn(a -> reason(a.reason())).setHeader(Web.t("web.access.reason")).setAutoWidth(true);
        grid.addColumn(LoginAttempt::remoteAddress).setHeader(Web.t("web.audit.address")).setAutoWidth(true);
        add(filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** The reason in the reader's language when it is one the platform records, else as recorded. */
    private static String reason(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String key = "web.access.reason." + code;
        return Web.services().translator().has(key) ? Web.t(key) : code;
    }

    private void refresh() {
        ZoneId zone = ZoneId.systemDefault();
        String who = user.getValue() == null || user.getValue().isBlank() ? null : user.getValue().trim();
        try {
            grid.setItems(Web.auth().accessLog(who, from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                    to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(), failuresOnly.getValue(), 500));
        } catch (EduException e) {
            Forms.error(Web.message(e));
        }
    }
}
