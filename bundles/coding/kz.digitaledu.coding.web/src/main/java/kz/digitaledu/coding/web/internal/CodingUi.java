package kz.digitaledu.coding.web.internal;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kz.digitaledu.coding.core.CodingService;
import kz.digitaledu.coding.judge.Messages;
import kz.digitaledu.coding.judge.Verdict;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.i18n.Translator;

/**
 * The services and texts of the coding screens. Vaadin creates views by reflection (no DS injection), so
 * {@link CodingViewContribution} hands its injected services over here while it is active.
 */
final class CodingUi {

    record Services(CodingService coding, Translator translator) {
    }

    private static volatile Services services;

    private CodingUi() {
    }

    static void set(Services s) {
        services = s;
    }

    static Services services() {
        Services s = services;
        if (s == null) {
            throw new IllegalStateException("coding web not active");
        }
        return s;
    }

    static CodingService coding() {
        return services().coding();
    }

    /** The UI language the shell chose for this UI (the user's choice, else the browser's). */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return Translator.supported(ui == null ? null : ui.getLocale());
    }

    static String t(String key, Object... args) {
        return services().translator().translate(locale(), key, args);
    }

    /** A verdict code ("AC", "WA"…) in the UI language, from the judge's own messages. */
    static String verdict(String code) {
        if (code == null) {
            return "";
        }
        try {
            return Messages.format(locale(), Verdict.valueOf(code).messageKey());
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    /** The message of a service error in the UI language; for invalid input, the message of each wrong field. */
    static String message(EduException e) {
        if (!e.fieldErrors().isEmpty()) {
            return e.fieldErrors().stream().map(f -> t(f.messageKey(), f.args().toArray())).collect(Collectors.joining(" "));
        }
        return t(e.messageKey(), e.args().toArray());
    }

    /** The title of a task in the UI language, else English, Russian, Kazakh, else its id. */
    static String title(String id, Map<String, String> names) {
        return localized(names, id);
    }

    static String localized(Map<String, String> texts, String otherwise) {
        for (String lang : new String[] {locale().getLanguage(), "en", "ru", "kk"}) {
            String text = texts.get(lang);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return otherwise;
    }
}
