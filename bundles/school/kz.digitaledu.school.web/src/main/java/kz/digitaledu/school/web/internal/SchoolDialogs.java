package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.digitaledu.platform.api.EduException;

/** The dialogs of the director's screens (classes, curriculum): their frame, fields, refusals and save button. */
final class SchoolDialogs {
    private SchoolDialogs() {
    }

    /** A change a dialog makes; returns what to tell the user when it is done. */
    @FunctionalInterface
    interface Change {
        String apply();
    }

    static Dialog dialog(String id, String title, String width) {
        Dialog d = new Dialog();
        d.setId(id);
        d.setHeaderTitle(title);
        d.setWidth(width);
        d.getElement().getStyle().set("max-width", "95vw");
        return d;
    }

    static TextField text(String id, String labelKey, int max) {
        TextField f = new TextField(SchoolUi.t(labelKey));
        f.setId(id);
        f.setMaxLength(max);
        f.setWidthFull();
        return f;
    }

    /** A refusal: each wrong field's message at that field (when the dialog has it), everything else as a notification. */
    static void showErrors(EduException e, Map<String, HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        List<String> rest = new ArrayList<>();
        if (e.fieldErrors().isEmpty()) {
            rest.add(SchoolUi.message(e));
        }
        for (EduException.FieldError f : e.fieldErrors()) {
            String message = SchoolUi.t(f.messageKey(), f.args().toArray());
            HasValidation field = fields.get(f.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                rest.add(message);
            }
        }
        if (!rest.isEmpty()) {
            SchoolUi.error(String.join(" ", rest));
        }
    }

    /**
     * Cancel and save: saving makes the change, closes the dialog, says what was done and runs {@code after} (to show
     * the screen again); a refusal is shown at the fields and the dialog stays open.
     */
    static void footer(Dialog d, String id, String labelKey, Map<String, HasValidation> fields, Change change, Runnable after,
            ButtonVariant... variants) {
        Button save = new Button(SchoolUi.t(labelKey), e -> {
            try {
                String done = change.apply();
                d.close();
                SchoolUi.success(done);
                after.run();
            } catch (EduException x) {
                showErrors(x, fields);
            }
        });
        save.setId(id);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addThemeVariants(variants);
        d.getFooter().add(new Button(SchoolUi.t("school.web.cancel"), e -> d.close()), save);
    }
}
