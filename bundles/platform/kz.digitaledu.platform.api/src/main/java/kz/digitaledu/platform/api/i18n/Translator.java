package kz.digitaledu.platform.api.i18n;

import java.util.List;
import java.util.Locale;

/**
 * Looks up user-visible strings contributed by every running bundle. A bundle contributes its
 * strings by shipping {@code i18n/messages_kk.properties}, {@code _ru} and {@code _en} (UTF-8) and
 * declaring the manifest header {@value #HEADER}{@code : i18n/messages}; they appear and disappear
 * with the bundle.
 */
public interface Translator {

    /** Manifest header naming a bundle's translation base name. */
    String HEADER = "Edu-Translations";

    /** The languages every string must exist in. */
    List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"), Locale.ENGLISH);

    /** The text for {@code key} in {@code locale} with {@link java.text.MessageFormat} arguments; the key itself when unknown. */
    String translate(Locale locale, String key, Object... args);

    /** Whether any running bundle contributes {@code key}. */
    boolean has(String key);

    /** The supported language closest to {@code requested} (English when none is). */
    static Locale supported(Locale requested) {
        if (requested != null) {
            for (Locale l : LANGUAGES) {
                if (l.getLanguage().equals(requested.getLanguage())) {
                    return l;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
