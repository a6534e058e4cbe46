package kz.digitaledu.school.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.digitaledu.school.api.AssessmentKind;
import kz.digitaledu.school.api.GradingPolicy;
import kz.digitaledu.school.api.JournalService.Mark;
import kz.digitaledu.school.api.JournalService.TermGrade;
import kz.digitaledu.school.api.Lesson;
import org.junit.jupiter.api.Test;

/** The journal recomputes a student's recommendation after each mark the way the service does. */
class TermGradeTest {
    private static Lesson lesson(long id, AssessmentKind kind, Integer max) {
        return new Lesson(id, 1, 1, 1, 1, LocalDate.of(2026, 9, (int) id), 1, null, null, kind, max, null);
    }

    private static final List<Lesson> LESSONS = List.of(lesson(1, AssessmentKind.FORMATIVE, null), lesson(2, AssessmentKind.FORMATIVE, null),
            lesson(3, AssessmentKind.SECTION_SUMMATIVE, 20), lesson(4, AssessmentKind.TERM_SUMMATIVE, 25));

    private static void put(Map<JournalGrid.Key, Mark> marks, long student, long lesson, String value) {
        marks.put(new JournalGrid.Key(student, lesson), new Mark(lesson, student, new BigDecimal(value), null, Instant.EPOCH, 1));
    }

    @Test
    void weightsThePartsAndKeepsTheFinalGrade() {
        Map<JournalGrid.Key, Mark> marks = new HashMap<>();
        put(marks, 7, 1, "8");
        put(marks, 7, 2, "10");
        put(marks, 7, 3, "16");
        put(marks, 7, 4, "20");
        put(marks, 8, 1, "2");
        TermGrade g = JournalGrid.termGrade(GradingPolicy.defaults(), 7, LESSONS, marks, new TermGrade(7, null, null, 4, false));
        // 25 % × 90 + 25 % × 80 + 50 % × 80 = 82.5 → 4
        assertEquals(0, new BigDecimal("82.5").compareTo(g.percent()));
        assertEquals(4, g.recommended());
        assertEquals(4, g.finalGrade());
        assertFalse(g.mismatch());

        put(marks, 7, 4, "25");
        g = JournalGrid.termGrade(GradingPolicy.defaults(), 7, LESSONS, marks, g);
        // 22.5 + 20 + 50 = 92.5 → 5, the teacher's 4 now differs
        assertEquals(5, g.recommended());
        assertTrue(g.mismatch());
    }

    @Test
    void noMarksNoRecommendation() {
        TermGrade g = JournalGrid.termGrade(GradingPolicy.defaults(), 9, LESSONS, Map.of(), null);
        assertNull(g.recommended());
        assertNull(g.percent());
        assertFalse(g.mismatch());
    }
}
