package kz.digitaledu.platform.web.internal;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

import kz.digitaledu.platform.api.EduException;

/** The kk/ru/en switch. Remembered per user (UserService.setOwnLanguage) and in the session; reloads the page. */
final class LanguageSwitch {

    private static final Map<String, String> NAMES = Map.of("kk", "Қазақша", "ru", "Русский", "en", "English");

    private LanguageSwitch() {
    }

    static Select<String> create() {
        Select<String> select = new Select<>();
        select.setId("language");
        select.setItems("kk", "ru", "en");
        select.setItemLabelGenerator(NAMES::get);
        select.setValue(Web.locale().getLanguage());
        select.setWidth("9em");
        select.getElement().setAttribute("aria-label", Web.t("web.language"));
        select.addValueChangeListener(e -> {
            if (e.getValue() == null || !e.isFromClient()) {
                return;
            }
            if (Web.principal().isPresent()) {
                try {
                    Web.users().setOwnLanguage(e.getValue());
                } catch (EduException ex) {
                    com.vaadin.flow.component.notification.Notification.show(Web.message(ex));
                    return;
                }
            }
            Web.setLanguage(e.getValue());
            UI.getCurrent().getPage().reload();
        });
        return select;
    }
}
