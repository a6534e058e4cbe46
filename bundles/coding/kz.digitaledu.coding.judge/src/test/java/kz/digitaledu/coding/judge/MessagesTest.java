package kz.digitaledu.coding.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every user-visible string exists in kk, ru and en. */
class MessagesTest {

    private static Set<String> keys(String suffix) throws IOException {
        String path = "/kz/digitaledu/coding/judge/messages" + suffix + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(path)) {
            assertTrue(in != null, "missing " + path);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            p.values().forEach(v -> assertFalse(v.toString().isBlank(), "blank value in " + path));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_ru", "_kk"})
    void everyKeyInEveryLanguage(String suffix) throws IOException {
        Set<String> expected = Arrays.stream(MessageKey.values()).map(MessageKey::key).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, keys(suffix), "keys of messages" + suffix + ".properties must equal MessageKey");
    }

    @Test
    void everyVerdictHasAKey() {
        for (Verdict v : Verdict.values()) {
            assertTrue(Arrays.stream(MessageKey.values()).anyMatch(k -> k.key().equals(v.messageKey())), v::name);
        }
    }

    @Test
    void translatedAndFormatted() {
        String en = Messages.format(Locale.ENGLISH, "task.tests.tooFew", 2, 3);
        String ru = Messages.format(Locale.forLanguageTag("ru"), "task.tests.tooFew", 2, 3);
        String kk = Messages.format(Locale.forLanguageTag("kk"), "task.tests.tooFew", 2, 3);
        assertEquals("The task has 2 tests; at least 3 are required.", en);
        assertTrue(ru.contains("2") && ru.contains("3") && ru.contains("тест"), ru);
        assertTrue(kk.contains("кемінде"), kk);
        assertNotEquals(ru, kk);
        JudgeException e = new JudgeException(MessageKey.LANGUAGE_UNKNOWN, "cobol", "python");
        assertEquals("Белгісіз бағдарламалау тілі «cobol». Қолжетімді: python.", e.getMessage(Locale.forLanguageTag("kk")));
    }
}
