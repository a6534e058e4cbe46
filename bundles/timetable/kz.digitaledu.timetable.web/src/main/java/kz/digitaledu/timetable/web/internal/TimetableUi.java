package kz.digitaledu.timetable.web.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.OrganisationService;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.timetable.core.SchoolTimetableService;

/**
 * The services and texts of the Timetables screen. Vaadin creates views by reflection (no DS injection), so the view
 * contribution hands its injected services over here while it is active.
 */
final class TimetableUi {
    record Services(SchoolTimetableService timetables, OrganisationService organisations, AccessControl access, CurrentUser currentUser,
            Translator translator, kz.digitaledu.platform.api.timetable.PublishedTimetables published) {
    }

    private static volatile Services services;

    private TimetableUi() {
    }

    static void set(Services s) {
        services = s;
    }

    static Services services() {
        Services s = services;
        if (s == null) {
            throw new IllegalStateException("timetable screens not active");
        }
        return s;
    }

    /** The schools where the signed-in user has {@code permission}. */
    static java.util.List<kz.digitaledu.platform.api.Organisation> schoolsWith(String permission) {
        Services s = services();
        java.util.Optional<kz.digitaledu.platform.api.EduPrincipal> me = s.currentUser().get();
        if (me.isEmpty()) {
            return java.util.List.of();
        }
        return s.organisations().list().stream().filter(o -> o.type() == kz.digitaledu.platform.api.OrganisationType.SCHOOL)
                .filter(o -> s.access().isPermitted(me.get(), permission, o.id())).toList();
    }

    /** The UI language the shell chose for this UI. */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return Translator.supported(ui == null ? null : ui.getLocale());
    }

    static String t(String key, Object... args) {
        Services s = services;
        return s == null ? key : s.translator().translate(locale(), key, args);
    }

    /** The message of a service error in the UI language; for invalid input, the message of each wrong field. */
    static String message(EduException e) {
        if (!e.fieldErrors().isEmpty()) {
            return e.fieldErrors().stream().limit(5).map(TimetableUi::located).collect(Collectors.joining(" "));
        }
        return t(e.messageKey(), e.args().toArray());
    }

    /** A field error's message; a workbook's ("sheet!row!column") says where: "Teachers, row 3: …". */
    static String located(EduException.FieldError f) {
        String message = t(f.messageKey(), f.args().toArray());
        String[] at = f.field().split("!");
        if (at.length == 3 && !"0".equals(at[1])) {
            return t("timetable.web.workbook.at", t("timetable.workbook.sheet." + at[0]), at[1]) + " " + message;
        }
        return message;
    }

    static Notification error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("tt-error");
        return n;
    }

    static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
