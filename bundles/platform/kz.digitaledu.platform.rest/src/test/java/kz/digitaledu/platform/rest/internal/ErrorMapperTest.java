package kz.digitaledu.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.ws.rs.NotFoundException;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.i18n.Translator;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {
    /** A translator that shows which language and key were asked for. */
    private final Translator translator = new Translator() {
        @Override
        public String translate(Locale locale, String key, Object... args) {
            return locale.getLanguage() + ":" + key + (args.length > 0 ? ":" + args[0] : "");
        }

        @Override
        public boolean has(String key) {
            return true;
        }
    };
    private final CurrentUser nobody = new CurrentUser() {
        @Override
        public Optional<EduPrincipal> get() {
            return Optional.empty();
        }

        @Override
        public <T> T callAs(EduPrincipal principal, Callable<T> work) throws Exception {
            return work.call();
        }

        @Override
        public Scope enter(EduPrincipal principal, String remoteAddress) {
            return () -> { };
        }

        @Override
        public Optional<String> remoteAddress() {
            return Optional.empty();
        }
    };

    @Test
    void validationErrorsAre422WithTranslatedFields() {
        var mapper = new ErrorMapper(translator, new LocaleResolver(nobody, () -> List.of(Locale.forLanguageTag("kk"))));
        ApiError e = mapper.toError(EduException.invalid("iin", "validation.iin"), Locale.forLanguageTag("kk"));
        assertEquals(422, e.status());
        assertEquals("validation_failed", e.code());
        assertEquals("kk:error.validation_failed", e.message());
        assertEquals(List.of(new ApiError.Field("iin", "kk:validation.iin")), e.fields());
    }

    @Test
    void malformedJsonIs400AndUnknownPathIs404AndBugsAre500() throws Exception {
        var mapper = new ErrorMapper(translator, new LocaleResolver(nobody, List::of));
        Exception parse = null;
        try {
            new ObjectMapper().readTree("{\"a\":");
        } catch (Exception ex) {
            parse = ex;
        }
        assertEquals(400, mapper.toError(new RuntimeException(parse), Locale.ENGLISH).status());
        assertEquals(404, mapper.toError(new NotFoundException(), Locale.ENGLISH).status());
        ApiError bug = mapper.toError(new NullPointerException("secret internals"), Locale.ENGLISH);
        assertEquals(500, bug.status());
        assertEquals("en:error.internal", bug.message(), "no internals leak");
    }

    @Test
    void languageComesFromAcceptLanguageWhenNobodyIsSignedIn() {
        assertEquals("ru", LocaleResolver.fromHeader(List.of(Locale.GERMAN, Locale.forLanguageTag("ru-KZ"))).getLanguage());
        assertEquals(null, LocaleResolver.fromHeader(List.of(Locale.GERMAN)));
        assertEquals("en", new LocaleResolver(nobody, () -> List.of(Locale.GERMAN)).current().getLanguage());
        assertEquals("kk", new LocaleResolver(nobody, () -> List.of(Locale.forLanguageTag("kk-KZ"))).current().getLanguage());
    }

    @Test
    void translationsAreComplete() throws Exception {
        assertEquals(List.of(), kz.digitaledu.platform.api.i18n.TranslationCheck.problems(getClass().getClassLoader(), "i18n/messages"));
    }
}
