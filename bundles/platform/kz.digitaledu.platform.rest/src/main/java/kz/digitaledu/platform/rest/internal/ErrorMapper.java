package kz.digitaledu.platform.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.i18n.Translator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the JSON error format with a stable code and a message in the caller's
 * language. Bad input is 400/422; only genuine server faults are 500, logged with their stack trace
 * and answered without internals.
 */
public class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private final Translator translator;
    private final LocaleResolver locales;

    public ErrorMapper(Translator translator, LocaleResolver locales) {
        this.translator = translator;
        this.locales = locales;
    }

    @Override
    public Response toResponse(Throwable failure) {
        return toResponse(failure, locales.current());
    }

    Response toResponse(Throwable failure, Locale locale) {
        ApiError error = toError(failure, locale);
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(error).build();
    }

    ApiError toError(Throwable failure, Locale locale) {
        EduException edu = find(failure, EduException.class);
        if (edu != null) {
            List<ApiError.Field> fields = edu.fieldErrors().stream()
                    .map(f -> new ApiError.Field(f.field(), translator.translate(locale, f.messageKey(), f.args().toArray())))
                    .toList();
            return new ApiError(edu.status(), edu.code(), translator.translate(locale, edu.messageKey(), edu.args().toArray()), fields);
        }
        JsonProcessingException json = find(failure, JsonProcessingException.class);
        if (json != null) {
            // Where the body went wrong, not the parser's English text.
            var where = json.getLocation();
            String detail = where == null ? "" : translator.translate(locale, "error.json_location", where.getLineNr(), where.getColumnNr());
            return simple(400, "malformed_request", locale, "error.malformed_request", detail);
        }
        if (failure instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() < 500) {
            int status = w.getResponse().getStatus();
            return switch (status) {
                case 404 -> simple(404, "unknown_path", locale, "error.unknown_path");
                case 405 -> simple(405, "method_not_allowed", locale, "error.method_not_allowed");
                case 406 -> simple(406, "not_acceptable", locale, "error.not_acceptable");
                case 415 -> simple(415, "unsupported_media_type", locale, "error.unsupported_media_type");
                default -> simple(status, "bad_request", locale, "error.bad_request");
            };
        }
        LOG.error("Unhandled failure in a REST call", failure);
        return simple(500, "internal", locale, "error.internal");
    }

    private ApiError simple(int status, String code, Locale locale, String key, Object... args) {
        return new ApiError(status, code, translator.translate(locale, key, args), List.of());
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
