package kz.digitaledu.school.api;

import java.io.InputStream;

/**
 * Imports a school's classes, subjects, students and teaching assignments from one XLSX workbook
 * (sheets in the order of the {@link #template()}). The whole file is checked first and every problem
 * is reported with its sheet, row and column in the user's language (a 422 error naming fields like
 * {@code Students!7!iin}); only a file without problems is applied, all of it. Teachers are referred
 * to by their log-in (their accounts come from the platform's users screen or REST).
 * Needs {@link SchoolPermissions#STRUCTURE_MANAGE}.
 */
public interface SchoolImportService {

    /** An XLSX template with the four sheets, headers in the user's language and one example row each. */
    byte[] template();

    /** Checks and applies a workbook for a school year; returns what was created. */
    ImportResult importWorkbook(long schoolId, long yearId, InputStream xlsx);

    record ImportResult(int classes, int subjects, int students, int assignments) {
    }
}
