package kz.digitaledu.platform.web.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.NotificationService.InboxItem;

/**
 * The bell in the header: how many notifications are unread (marks, absences, substitutions, security changes…), and
 * on a click the latest ones, newest first; opening one marks it read and goes to the screen it is about.
 */
class NotificationBell extends Button {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 30;

    NotificationBell() {
        setId("notifications-bell");
        setIcon(new Icon(VaadinIcon.BELL));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> open());
        refresh();
    }

    /** Reads the unread count again (after a navigation, a change, or on a poll of the page). */
    void refresh() {
        long unread;
        try {
            unread = Web.notifications().unreadCount();
        } catch (EduException | IllegalStateException e) {
            unread = 0;
        }
        // the count beside the bell, red while something is unread
        setText(unread > 0 ? String.valueOf(unread) : "");
        getStyle().set("color", unread > 0 ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)");
        getElement().setAttribute("data-unread", String.valueOf(unread));
        getElement().setAttribute("aria-label", Web.t("web.notifications.unread", String.valueOf(unread)));
        getElement().setAttribute("title", Web.t("web.notifications.unread", String.valueOf(unread)));
    }

    private void open() {
        Dialog dialog = new Dialog();
        dialog.setId("notifications-dialog");
        dialog.setWidth("min(36em, 95vw)");
        Div list = new Div();
        list.setId("notifications-list");
        Button readAll = new Button(Web.t("web.notifications.read_all"), e -> {
            Web.notifications().markAllRead();
            refresh();
            fill(list, dialog);
        });
        readAll.setId("notifications-read-all");
        readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button close = new Button(Web.t("web.notifications.close"), e -> dialog.close());
        close.setId("notifications-close");
        HorizontalLayout head = new HorizontalLayout(new H3(Web.t("web.notifications.title")), readAll, close);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.getStyle().set("flex-wrap", "wrap");
        dialog.add(head, list);
        fill(list, dialog);
        dialog.open();
    }

    private void fill(Div list, Dialog dialog) {
        list.removeAll();
        List<InboxItem> items;
        try {
            items = Web.notifications().inbox(false, SHOWN);
        } catch (EduException e) {
            items = List.of();
        }
        if (items.isEmpty()) {
            list.add(new Paragraph(Web.t("web.notifications.none")));
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Web.locale())
                .withZone(ZoneId.systemDefault());
        for (InboxItem item : items) {
            Div entry = new Div();
            entry.addClassName("notification");
            entry.getElement().setAttribute("data-id", String.valueOf(item.id()));
            entry.getStyle().set("padding", "var(--lumo-space-s)").set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                    .set("cursor", "pointer");
            Span title = new Span(item.title());
            title.getStyle().set("font-weight", item.readAt() == null ? "700" : "400");
            if (item.readAt() == null) {
                entry.addClassName("unread");
            }
            Span time = new Span(when.format(item.createdAt()));
            time.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)")
                    .set("margin-left", "var(--lumo-space-s)");
            entry.add(new Div(title, time));
            if (item.body() != null && !item.body().isEmpty()) {
                Div body = new Div();
                body.setText(item.body());
                body.getStyle().set("font-size", "var(--lumo-font-size-s)");
                entry.add(body);
            }
            entry.addClickListener(e -> {
                Web.notifications().markRead(item.id());
                refresh();
                dialog.close();
                item.links().values().stream().findFirst().ifPresent(route -> UI.getCurrent().navigate(route));
            });
            list.add(entry);
        }
    }
}
