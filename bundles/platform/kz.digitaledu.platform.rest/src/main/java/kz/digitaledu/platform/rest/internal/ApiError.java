package kz.digitaledu.platform.rest.internal;

import java.util.List;

/** The JSON body of every error answered under /api. */
public record ApiError(int status, String code, String message, List<Field> fields) {
    public record Field(String field, String message) {
    }
}
