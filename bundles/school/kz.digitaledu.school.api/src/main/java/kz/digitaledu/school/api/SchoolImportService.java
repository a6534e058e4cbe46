package kz.digitaledu.school.api;

import java.io.InputStream;
import java.util.List;

/**
 * Imports a school's classes, subjects, students, teaching assignments, teachers and parents from one XLSX workbook
 * (sheets in the order of the {@link #template()}; the teachers' and parents' sheets may be left out). The whole file is
 * checked first and every problem is reported with its sheet, row and column in the user's language (a 422 error naming
 * fields like {@code Students!7!iin}); only a file without problems is applied, all of it. Teachers are referred to by
 * their log-in: an account of the school, or a new one from the teachers' sheet. New teachers and parents get accounts
 * with a generated first password, returned once in {@link ImportResult#credentials()} and never stored in the clear;
 * a parent is linked to the children named in their rows (a student of the file or of the school).
 * Needs {@link SchoolPermissions#STRUCTURE_MANAGE} (and the platform's users.manage for new accounts).
 */
public interface SchoolImportService {

    /** An XLSX template with the six sheets, headers in the user's language and one example row each. */
    byte[] template();

    /** Checks and applies a workbook for a school year; returns what was created. */
    ImportResult importWorkbook(long schoolId, long yearId, InputStream xlsx);

    /** The new accounts' first passwords as an XLSX sheet to print and hand out, in the user's language. */
    byte[] credentialsWorkbook(List<Credential> credentials);

    /**
     * What an import created; {@code credentials}: the new accounts' log-ins with their first passwords, to hand out
     * (the audit log records the counts only).
     */
    record ImportResult(int classes, int subjects, int students, int assignments, int teachers, int parents, List<Credential> credentials) {
        /** The counts without the passwords (for the audit log). */
        public ImportResult withoutCredentials() {
            return new ImportResult(classes, subjects, students, assignments, teachers, parents, List.of());
        }
    }

    /** A new account: log-in, the person's name, role ({@code TEACHER} or {@code PARENT}) and first password. */
    record Credential(String login, String fullName, String role, String password) {
    }
}
