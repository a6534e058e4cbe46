package kz.digitaledu.platform.api.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * For each bundle's unit tests: lists the keys missing or empty in any of the three languages, so a
 * test can assert that the list is empty.
 */
public final class TranslationCheck {
    private TranslationCheck() {
    }

    /** Reads {@code baseName_xx.properties} (UTF-8) from {@code loader}; throws when a file is missing. */
    public static Properties load(ClassLoader loader, String baseName, Locale locale) throws IOException {
        String path = baseName + "_" + locale.getLanguage() + ".properties";
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing translation file " + path);
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            return p;
        }
    }

    /** Problems such as {@code "kk: missing user.title"}; empty when all three files have the same non-empty keys. */
    public static List<String> problems(ClassLoader loader, String baseName) throws IOException {
        Set<String> all = new TreeSet<>();
        List<Properties> files = new ArrayList<>();
        for (Locale l : Translator.LANGUAGES) {
            Properties p = load(loader, baseName, l);
            files.add(p);
            all.addAll(p.stringPropertyNames());
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String lang = Translator.LANGUAGES.get(i).getLanguage();
            for (String key : all) {
                String v = files.get(i).getProperty(key);
                if (v == null) {
                    problems.add(lang + ": missing " + key);
                } else if (v.isBlank()) {
                    problems.add(lang + ": empty " + key);
                }
            }
        }
        return problems;
    }
}
