package kz.digitaledu.platform.api;

import java.time.Instant;

/** Filter for reading the audit log; {@code null} fields do not filter. */
public record AuditQuery(String actorUsername, String action, String entityType, Instant from, Instant to,
        int offset, int limit) {
    public AuditQuery {
        if (limit <= 0 || limit > 10_000) {
            limit = 100;
        }
        if (offset < 0) {
            offset = 0;
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, 0, 100);
    }
}
