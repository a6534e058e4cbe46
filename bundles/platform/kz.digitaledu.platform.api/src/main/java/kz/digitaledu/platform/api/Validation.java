package kz.digitaledu.platform.api;

import java.util.ArrayList;
import java.util.List;
import kz.digitaledu.platform.api.EduException.FieldError;

/**
 * Collects every field error of a request, then throws them together as one 422 {@link EduException}
 * (so a form or a REST client learns all of them at once) or lets the request through.
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    /** An error when the value is missing or a blank string. */
    public Validation required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.add(new FieldError(field, "validation.required", List.of()));
        }
        return this;
    }

    public Validation maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "validation.too_long", List.of(max)));
        }
        return this;
    }

    /** An error with the translation key and its arguments unless {@code ok}. */
    public Validation check(boolean ok, String field, String key, Object... args) {
        if (!ok) {
            errors.add(new FieldError(field, key, List.of(args)));
        }
        return this;
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw EduException.invalid(errors);
        }
    }
}
