package kz.digitaledu.platform.api;

import java.time.Instant;

/**
 * One line of the audit log: who did what to which record, when, and the record before and after
 * (JSON text; {@code null} for creation or deletion respectively).
 */
public record AuditEntry(long id, Instant at, Long actorAccountId, String actorUsername, Long organisationId,
        String action, String entityType, String entityId, String before, String after, String remoteAddress) {
}
