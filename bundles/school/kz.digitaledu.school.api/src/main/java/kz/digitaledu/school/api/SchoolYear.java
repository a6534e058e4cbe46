package kz.digitaledu.school.api;

import java.time.LocalDate;
import java.util.List;

/** An academic year of one school with its terms (quarters or trimesters) and the public holidays inside them. */
public record SchoolYear(long id, long organisationId, String name, LocalDate startDate, LocalDate endDate, List<Term> terms,
        List<LocalDate> holidays) {
    public SchoolYear {
        terms = terms == null ? List.of() : List.copyOf(terms);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /** The term that contains {@code date}, if any (holidays fall between terms). */
    public java.util.Optional<Term> termOf(LocalDate date) {
        return terms.stream().filter(t -> t.contains(date)).findFirst();
    }

    /** A term of the year: quarter 1–4 or trimester 1–3. */
    public record Term(long id, int number, LocalDate startDate, LocalDate endDate) {
        public boolean contains(LocalDate d) {
            return d != null && !d.isBefore(startDate) && !d.isAfter(endDate);
        }
    }
}
