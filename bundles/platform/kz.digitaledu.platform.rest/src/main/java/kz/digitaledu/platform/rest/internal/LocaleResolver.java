package kz.digitaledu.platform.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.i18n.Translator;

/**
 * The caller's language: the signed-in user's own choice, else the first supported language of
 * the request's Accept-Language, else English.
 */
public final class LocaleResolver {
    private final CurrentUser currentUser;
    private final Supplier<List<Locale>> acceptable;

    public LocaleResolver(CurrentUser currentUser, Supplier<List<Locale>> acceptable) {
        this.currentUser = currentUser;
        this.acceptable = acceptable;
    }

    public Locale current() {
        var user = currentUser.get();
        if (user.isPresent()) {
            return Translator.supported(user.get().locale());
        }
        return fromHeader(safe());
    }

    private List<Locale> safe() {
        try {
            List<Locale> l = acceptable.get();
            return l == null ? List.of() : l;
        } catch (RuntimeException e) {
            return List.of(); // outside a request
        }
    }

    static Locale fromHeader(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            for (Locale s : Translator.LANGUAGES) {
                if (s.getLanguage().equals(l.getLanguage())) {
                    return s;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
