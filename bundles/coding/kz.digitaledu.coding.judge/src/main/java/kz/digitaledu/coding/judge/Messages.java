package kz.digitaledu.coding.judge;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translated user-visible strings of the judge: {@code messages.properties} (en, the default),
 * {@code messages_ru.properties} and {@code messages_kk.properties} in this package.
 */
public final class Messages {
    public static final String BUNDLE = "kz.digitaledu.coding.judge.messages";

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale == null ? Locale.ENGLISH : locale).format(args);
    }
}
