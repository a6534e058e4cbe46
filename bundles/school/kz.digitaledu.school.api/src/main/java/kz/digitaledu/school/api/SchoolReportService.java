package kz.digitaledu.school.api;

import kz.digitaledu.platform.api.report.Report;

/**
 * The school's reports for a term, in the reader's language, ready to be shown or written as XLSX/PDF
 * by the platform's {@link kz.digitaledu.platform.api.report.ReportRenderer}. Grades are the teacher's
 * final term grade where set, else the recommended one (marked with *). Knowledge quality is the share
 * of grades 4 and 5, the success rate the share of grades 3 to 5.
 */
public interface SchoolReportService {

    /** The report card (табель) of a class: every student × subject, and days missed. Director, deputies, the class teacher. */
    Report reportCard(long classId, long termId);

    /**
     * The year's report card of a class: every student × subject, the teacher's final year grade, else the recommended one
     * as the mean of the term grades (halves rounded up, {@link GradingPolicy#yearGrade}) marked * when a term grade in it
     * is only recommended and † when some term has no grade yet. Director, deputies, the class teacher.
     */
    Report yearReportCard(long classId);

    /** Knowledge quality and success rate by class, by subject and by teacher. Staff who read every journal of the school. */
    Report performance(long schoolId, long termId);

    /** Attendance of a class: lessons missed per student by reason. Director, deputies, the class teacher. */
    Report attendance(long classId, long termId);

    /**
     * How the journals are kept, per journal: past lessons without a topic, past lessons without a mark, marks posted
     * more than {@code 3} days after the lesson, marks deleted. Staff who read every journal of the school.
     */
    Report journalQuality(long schoolId, long termId);

    /** Teaching load: each teacher's classes and subjects with hours per week, and the total. Staff who read every journal. */
    Report teachingLoad(long schoolId, long yearId);

    /** The register of arrived and departed students between two dates (enrolments, transfers, leavers with their orders). */
    Report movement(long schoolId, java.time.LocalDate from, java.time.LocalDate to);

    /** The alphabetical book: every student who was ever enrolled in the school, with class, dates and orders. */
    Report alphabeticalBook(long schoolId);
}
