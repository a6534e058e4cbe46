package kz.digitaledu.platform.web.internal;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import kz.digitaledu.platform.api.EduException;

/** Shows a platform error on the form: each field error on its field, the rest as a notification. */
final class Forms {

    private Forms() {
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    static void show(EduException e, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        StringBuilder other = new StringBuilder();
        for (EduException.FieldError fe : e.fieldErrors()) {
            HasValidation field = fields.get(fe.field());
            String text = Web.t(fe.messageKey(), fe.args().toArray());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                other.append(text).append(' ');
            }
        }
        String message = other.isEmpty() ? Web.message(e) : Web.message(e) + " " + other.toString().trim();
        error(message);
    }

    static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setId("notification-success");
    }
}
