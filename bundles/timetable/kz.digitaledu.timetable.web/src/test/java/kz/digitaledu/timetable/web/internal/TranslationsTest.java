package kz.digitaledu.timetable.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.digitaledu.platform.api.i18n.TranslationCheck;
import org.junit.jupiter.api.Test;

class TranslationsTest {
    @Test
    void everyKeyExistsInKazakhRussianAndEnglish() throws Exception {
        assertEquals(List.of(), TranslationCheck.problems(getClass().getClassLoader(), "i18n/messages"));
    }
}
