package kz.digitaledu.platform.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.i18n.Translator;

/**
 * The caller's language: the first supported language of the request's Accept-Language (what the
 * app or browser shows now), else the signed-in user's saved choice, else English.
 */
public final class LocaleResolver {
    private final CurrentUser currentUser;
    private final Supplier<List<Locale>> acceptable;

    public LocaleResolver(CurrentUser currentUser, Supplier<List<Locale>> acceptable) {
        this.currentUser = currentUser;
        this.acceptable = acceptable;
    }

    public Locale current() {
        Locale fromHeader = fromHeader(safe());
        if (fromHeader != null) {
            return fromHeader;
        }
        return currentUser.get().map(u -> Translator.supported(u.locale())).orElse(Locale.ENGLISH);
    }

    private List<Locale> safe() {
        try {
            List<Locale> l = acceptable.get();
            return l == null ? List.of() : l;
        } catch (RuntimeException e) {
            return List.of(); // outside a request
        }
    }

    /** The first supported language in the header, or null when it names none. */
    static Locale fromHeader(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            for (Locale s : Translator.LANGUAGES) {
                if (s.getLanguage().equals(l.getLanguage())) {
                    return s;
                }
            }
        }
        return null;
    }
}
