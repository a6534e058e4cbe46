package kz.digitaledu.platform.api;

import java.util.List;
import java.util.Objects;

/**
 * A failure the user is told about: a stable {@link #code()} for programs, a translation
 * {@link #messageKey()} with arguments for people, and the HTTP status it maps to. Services throw it
 * (or a subclass) for bad input, missing rights and missing data; the REST layer and the UI turn it
 * into a JSON error or a notification in the user's language.
 */
public class EduException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final int status;
    private final String messageKey;
    private final transient List<Object> args;
    private final transient List<FieldError> fieldErrors;

    public EduException(int status, String code, String messageKey, Object... args) {
        this(status, code, messageKey, List.of(), args);
    }

    public EduException(int status, String code, String messageKey, List<FieldError> fieldErrors, Object... args) {
        super(code + ": " + messageKey + (fieldErrors.isEmpty() ? "" : " " + fieldErrors));
        this.status = status;
        this.code = Objects.requireNonNull(code);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.args = List.of(args == null ? new Object[0] : args);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static EduException notFound(String what, Object id) {
        return new EduException(404, "not_found", "error.not_found", what, id);
    }

    public static EduException forbidden() {
        return new EduException(403, "forbidden", "error.forbidden");
    }

    public static EduException unauthenticated() {
        return new EduException(401, "unauthenticated", "error.unauthenticated");
    }

    public static EduException conflict(String messageKey, Object... args) {
        return new EduException(409, "conflict", messageKey, args);
    }

    /** Bad input: one or more fields are wrong (HTTP 422). */
    public static EduException invalid(List<FieldError> errors) {
        return new EduException(422, "validation_failed", "error.validation_failed", errors);
    }

    public static EduException invalid(String field, String messageKey, Object... args) {
        return invalid(List.of(new FieldError(field, messageKey, List.of(args))));
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** One wrong field: its name, a translation key and the key's arguments. */
    public record FieldError(String field, String messageKey, List<Object> args) {
        public FieldError {
            args = args == null ? List.of() : List.copyOf(args);
        }
    }
}
