package kz.digitaledu.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.i18n.TranslationCheck;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.core.internal.i18n.MessageCatalog;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    @Test
    void everyKeyExistsInKazakhRussianAndEnglish() throws Exception {
        assertEquals(List.of(), TranslationCheck.problems(getClass().getClassLoader(), "i18n/messages"));
    }

    @Test
    void everyRoleHasATitle() throws Exception {
        var en = TranslationCheck.load(getClass().getClassLoader(), "i18n/messages", Locale.ENGLISH);
        for (Role r : Role.values()) {
            assertEquals(true, en.containsKey(r.titleKey()), r.titleKey());
        }
    }

    @Test
    void catalogTranslatesWithArgumentsAndFallsBackToEnglishThenKey() throws Exception {
        MessageCatalog c = new MessageCatalog();
        var loader = getClass().getClassLoader();
        c.add("core", Map.of(
                "kk", TranslationCheck.load(loader, "i18n/messages", Locale.forLanguageTag("kk")),
                "en", TranslationCheck.load(loader, "i18n/messages", Locale.ENGLISH)));
        assertEquals("Мұғалім", c.translate(Locale.forLanguageTag("kk"), "role.TEACHER"));
        assertEquals("Teacher", c.translate(Locale.forLanguageTag("ru"), "role.TEACHER"), "no ru loaded: English");
        assertEquals("At most 5 characters.", c.translate(Locale.forLanguageTag("de"), "validation.too_long", 5));
        assertEquals("no.such.key", c.translate(Locale.ENGLISH, "no.such.key"));
        c.remove("core");
        assertEquals("role.TEACHER", c.translate(Locale.ENGLISH, "role.TEACHER"));
        assertEquals(Locale.ENGLISH, Translator.supported(Locale.GERMAN));
    }
}
