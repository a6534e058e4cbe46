package kz.digitaledu.platform.core.internal;

import java.util.ArrayList;
import java.util.List;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduException.FieldError;

/** Collects every field error of a request, then throws them together (422) or lets the request through. */
final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    Validation required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.add(new FieldError(field, "validation.required", List.of()));
        }
        return this;
    }

    Validation maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "validation.too_long", List.of(max)));
        }
        return this;
    }

    Validation check(boolean ok, String field, String key, Object... args) {
        if (!ok) {
            errors.add(new FieldError(field, key, List.of(args)));
        }
        return this;
    }

    boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw EduException.invalid(errors);
        }
    }
}
