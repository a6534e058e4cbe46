package kz.digitaledu.school.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.digitaledu.school.api.SchoolYear.Term;
import org.junit.jupiter.api.Test;

class TermsTest {
    private static final Term Q1 = new Term(1, 1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 24));
    private static final Term Q2 = new Term(2, 2, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 26));
    private static final Term Q3 = new Term(3, 3, LocalDate.of(2027, 1, 8), LocalDate.of(2027, 3, 18));
    private static final List<Term> YEAR = List.of(Q3, Q1, Q2);

    @Test
    void theTermContainingToday() {
        assertEquals(Optional.of(Q1), Terms.defaultTerm(YEAR, LocalDate.of(2026, 9, 1)));
        assertEquals(Optional.of(Q2), Terms.defaultTerm(YEAR, LocalDate.of(2026, 11, 23)));
        assertEquals(Optional.of(Q2), Terms.defaultTerm(YEAR, LocalDate.of(2026, 12, 26)));
    }

    @Test
    void inTheHolidaysTheLatestStartedTerm() {
        assertEquals(Optional.of(Q1), Terms.defaultTerm(YEAR, LocalDate.of(2026, 10, 30)));
        assertEquals(Optional.of(Q2), Terms.defaultTerm(YEAR, LocalDate.of(2027, 1, 2)));
        assertEquals(Optional.of(Q3), Terms.defaultTerm(YEAR, LocalDate.of(2027, 6, 1)));
    }

    @Test
    void beforeTheYearTheFirstTermAndWithoutTermsNothing() {
        assertEquals(Optional.of(Q1), Terms.defaultTerm(YEAR, LocalDate.of(2026, 8, 20)));
        assertEquals(Optional.empty(), Terms.defaultTerm(List.of(), LocalDate.of(2026, 9, 1)));
        assertEquals(Optional.empty(), Terms.defaultTerm(null, LocalDate.of(2026, 9, 1)));
    }
}
