package kz.digitaledu.school.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kz.digitaledu.school.api.GradingPolicy.Points;
import org.junit.jupiter.api.Test;

class GradingPolicyTest {
    private final GradingPolicy p = GradingPolicy.defaults();

    @Test
    void noMarksGiveNoGrade() {
        assertEquals(GradingPolicy.Result.NONE, p.compute(List.of(), List.of(), List.of()));
    }

    @Test
    void allThreePartsAreWeighted25_25_50() {
        // formative average 8/10 = 80 %, sections 15/20 = 75 %, term 18/20 = 90 % → 0.25*80 + 0.25*75 + 0.5*90 = 83.75
        GradingPolicy.Result r = p.compute(List.of(7, 9), List.of(new Points(10, 12), new Points(5, 8)), List.of(new Points(18, 20)));
        assertEquals(new BigDecimal("83.8"), r.percent().orElseThrow());
        assertEquals(4, r.grade().orElseThrow());
    }

    @Test
    void onlySummativesShareTheWeightOfTheMissingFormativePart() {
        // sections 100 %, term 70 % → (25*100 + 50*70) / 75 = 80
        GradingPolicy.Result r = p.compute(List.of(), List.of(new Points(10, 10)), List.of(new Points(14, 20)));
        assertEquals(new BigDecimal("80.0"), r.percent().orElseThrow());
        assertEquals(4, r.grade().orElseThrow());
    }

    @Test
    void onlyFormativeMarks() {
        assertEquals(5, p.compute(List.of(9, 8, 10), List.of(), List.of()).grade().orElseThrow());
        assertEquals(2, p.compute(List.of(3), List.of(), List.of()).grade().orElseThrow());
    }

    @Test
    void thresholdsAreInclusiveAtTheirLowerBound() {
        assertEquals(5, p.gradeOf(new BigDecimal("85.0")));
        assertEquals(4, p.gradeOf(new BigDecimal("84.9")));
        assertEquals(4, p.gradeOf(new BigDecimal("65")));
        assertEquals(3, p.gradeOf(new BigDecimal("64.9")));
        assertEquals(3, p.gradeOf(new BigDecimal("40")));
        assertEquals(2, p.gradeOf(new BigDecimal("39.9")));
        assertEquals(2, p.gradeOf(BigDecimal.ZERO));
    }

    @Test
    void aSummativeWithZeroMaximumIsIgnored() {
        assertEquals(GradingPolicy.Result.NONE, p.compute(List.of(), List.of(new Points(0, 0)), List.of()));
    }

    @Test
    void aSchoolMayChangeTheWeightsButTheyMustAddUpTo100() {
        GradingPolicy own = new GradingPolicy(40, 30, 30, 86, 66, 41);
        assertTrue(own.problems().isEmpty());
        assertEquals(List.of("weights"), new GradingPolicy(40, 40, 40, 85, 65, 40).problems());
        assertEquals(List.of("thresholds"), new GradingPolicy(25, 25, 50, 60, 65, 40).problems());
        assertEquals(3, own.compute(List.of(6), List.of(), List.of()).grade().orElseThrow(), "60 % is a 3 when a 4 needs 66 %");
    }

    @Test
    void yearGradeRoundsHalvesUp() {
        assertEquals(Optional.of(5), GradingPolicy.yearGrade(List.of(4, 5)));
        assertEquals(Optional.of(4), GradingPolicy.yearGrade(List.of(4, 4, 5)));
        assertEquals(Optional.empty(), GradingPolicy.yearGrade(List.of()));
    }
}
