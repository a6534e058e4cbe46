package kz.digitaledu.platform.core.internal.i18n;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import kz.digitaledu.platform.api.i18n.Translator;

/**
 * Strings of all contributing bundles, by contributor. Thread-safe; contributors are added and
 * removed as bundles start and stop. When two contributors define a key, the one added first wins.
 */
public final class MessageCatalog {
    private final Map<Object, Map<String, Properties>> byContributor = new LinkedHashMap<>();
    private volatile Map<String, Map<String, String>> merged = Map.of();

    public synchronized void add(Object contributor, Map<String, Properties> byLanguage) {
        byContributor.put(contributor, byLanguage);
        rebuild();
    }

    public synchronized void remove(Object contributor) {
        if (byContributor.remove(contributor) != null) {
            rebuild();
        }
    }

    private void rebuild() {
        Map<String, Map<String, String>> m = new HashMap<>();
        for (Map<String, Properties> langs : byContributor.values()) {
            for (Map.Entry<String, Properties> e : langs.entrySet()) {
                Map<String, String> target = m.computeIfAbsent(e.getKey(), k -> new HashMap<>());
                for (String key : e.getValue().stringPropertyNames()) {
                    target.putIfAbsent(key, e.getValue().getProperty(key));
                }
            }
        }
        merged = m;
    }

    public boolean has(String key) {
        return merged.getOrDefault("en", Map.of()).containsKey(key);
    }

    public String translate(Locale locale, String key, Object... args) {
        String lang = Translator.supported(locale).getLanguage();
        String pattern = merged.getOrDefault(lang, Map.of()).get(key);
        if (pattern == null) {
            pattern = merged.getOrDefault("en", Map.of()).get(key);
        }
        if (pattern == null) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern.replace("''", "'");
        }
        return new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(args);
    }
}
