package kz.digitaledu.platform.api;

import java.util.List;

/**
 * The audit log (Order No. 456: changes to personal data and critical actions). Entries are only
 * ever appended; nothing in the platform updates or deletes them.
 */
public interface AuditService {

    /** Permission to read the audit log of an organisation. */
    String READ = "platform.audit.read";

    /**
     * Appends an entry for the current user. {@code before} and {@code after} are any objects that
     * serialise to JSON (or {@code null}).
     */
    void record(String action, String entityType, Object entityId, Long organisationId, Object before, Object after);

    /** Entries matching the query, newest first, limited to what the current user may read. */
    List<AuditEntry> find(AuditQuery query);
}
