package kz.digitaledu.platform.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import kz.digitaledu.platform.api.i18n.TranslationCheck;

class TranslationsTest {

    @Test
    void everyKeyExistsInKazakhRussianAndEnglish() throws Exception {
        assertEquals(List.of(), TranslationCheck.problems(getClass().getClassLoader(), "i18n/messages"));
    }

    /** Every web.* key the sources use is translated (catches a key added in code but not in the files). */
    @Test
    void everyKeyUsedInTheCodeIsTranslated() throws Exception {
        Properties en = TranslationCheck.load(getClass().getClassLoader(), "i18n/messages", Locale.ENGLISH);
        Pattern key = Pattern.compile("\"(web\\.[a-z_.]+[a-z_])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!en.containsKey(m.group(1))) {
                        missing.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "untranslated keys: " + missing);
    }
}
