package kz.digitaledu.platform.api;

import java.time.Instant;

/**
 * One line of the audit log: who did what to which record, when, and the record before and after
 * (JSON text; {@code null} for creation or deletion respectively).
 */
public record AuditEntry(long id, Instant at, Long actorAccountId, String actorUsername, Long organisationId,
        String action, String entityType, String entityId, String before, String after, String remoteAddress) {

    /** The header line of {@link #toCsv}. */
    public static final String CSV_HEADER = "id,at,actor,organisation,action,entity_type,entity_id,remote_address,before,after\n";

    /** The entries as CSV (UTF-8 text, header first), each text cell quoted and safe to open in a spreadsheet. */
    public static String toCsv(java.util.List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (AuditEntry e : entries) {
            csv.append(e.id()).append(',').append(e.at()).append(',').append(csvCell(e.actorUsername())).append(',')
                    .append(e.organisationId() == null ? "" : e.organisationId()).append(',').append(csvCell(e.action())).append(',')
                    .append(csvCell(e.entityType())).append(',').append(csvCell(e.entityId())).append(',').append(csvCell(e.remoteAddress()))
                    .append(',').append(csvCell(e.before())).append(',').append(csvCell(e.after())).append('\n');
        }
        return csv.toString();
    }

    /** A CSV cell, quoted; a leading formula character is neutralised so that spreadsheets do not execute it. */
    public static String csvCell(String s) {
        if (s == null) {
            return "";
        }
        String v = s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
