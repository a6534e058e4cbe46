package kz.digitaledu.school.api;

import java.time.LocalDate;

/**
 * A student's stay in a class: from the date and order of enrolment (or transfer in) until the date
 * and order of transfer out or expulsion ({@code null} while the student is there).
 */
public record Enrolment(long id, long organisationId, long classId, long studentPersonId, LocalDate fromDate, String orderIn,
        LocalDate toDate, String orderOut, String leaveReason) {

    public boolean activeOn(LocalDate d) {
        return !d.isBefore(fromDate) && (toDate == null || !d.isAfter(toDate));
    }
}
