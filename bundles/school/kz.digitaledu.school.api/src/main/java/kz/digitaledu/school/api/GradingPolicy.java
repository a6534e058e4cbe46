package kz.digitaledu.school.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * How the recommended term grade follows from the marks (criteria-based assessment). The defaults
 * follow the national rules for current and term assessment of school students (formative 25 %,
 * section summatives СОР 25 %, term summative СОЧ 50 %; 85–100 % → 5, 65–84 % → 4, 40–64 % → 3,
 * below 40 % → 2); a school may change weights and thresholds. When a part has no marks its weight
 * is shared among the parts that have some, so a student with only summatives is still graded.
 *
 * @param formativeWeight weight of the average formative mark (out of 10)
 * @param sectionWeight   weight of the section summatives (sum of points / sum of maxima)
 * @param termWeight      weight of the term summative
 * @param threshold5      lowest percentage for a 5
 * @param threshold4      lowest percentage for a 4
 * @param threshold3      lowest percentage for a 3
 */
public record GradingPolicy(int formativeWeight, int sectionWeight, int termWeight, int threshold5, int threshold4, int threshold3) {

    public static GradingPolicy defaults() {
        return new GradingPolicy(25, 25, 50, 85, 65, 40);
    }

    /** Field names of everything wrong with this policy (empty when it is usable). */
    public List<String> problems() {
        java.util.ArrayList<String> p = new java.util.ArrayList<>();
        if (formativeWeight < 0 || sectionWeight < 0 || termWeight < 0 || formativeWeight + sectionWeight + termWeight != 100) {
            p.add("weights");
        }
        if (!(threshold5 <= 100 && threshold5 > threshold4 && threshold4 > threshold3 && threshold3 > 0)) {
            p.add("thresholds");
        }
        return p;
    }

    /** Points scored out of a maximum in one summative assessment. */
    public record Points(double points, double max) {
    }

    /** The result for one student: the weighted percentage and the mark it gives, both absent without any mark. */
    public record Result(Optional<BigDecimal> percent, Optional<Integer> grade) {
        public static final Result NONE = new Result(Optional.empty(), Optional.empty());
    }

    /**
     * Computes the recommended term grade.
     *
     * @param formative formative marks, 1–10 each
     * @param sections  section summatives
     * @param term      term summatives (normally one; several are summed)
     */
    public Result compute(List<Integer> formative, List<Points> sections, List<Points> term) {
        double weighted = 0;
        int weights = 0;
        if (!formative.isEmpty() && formativeWeight > 0) {
            double avg = formative.stream().mapToInt(Integer::intValue).average().orElseThrow();
            weighted += formativeWeight * avg * 10.0;
            weights += formativeWeight;
        }
        Double s = percent(sections);
        if (s != null && sectionWeight > 0) {
            weighted += sectionWeight * s;
            weights += sectionWeight;
        }
        Double t = percent(term);
        if (t != null && termWeight > 0) {
            weighted += termWeight * t;
            weights += termWeight;
        }
        if (weights == 0) {
            return Result.NONE;
        }
        BigDecimal pct = BigDecimal.valueOf(weighted / weights).setScale(1, RoundingMode.HALF_UP);
        return new Result(Optional.of(pct), Optional.of(gradeOf(pct)));
    }

    /** The 5-point mark of a percentage. */
    public int gradeOf(BigDecimal percent) {
        double p = percent.doubleValue();
        return p >= threshold5 ? 5 : p >= threshold4 ? 4 : p >= threshold3 ? 3 : 2;
    }

    private static Double percent(List<Points> list) {
        double max = 0;
        double got = 0;
        for (Points p : list) {
            if (p.max() > 0) {
                max += p.max();
                got += p.points();
            }
        }
        return max == 0 ? null : got * 100.0 / max;
    }

    /** The recommended year grade: the mean of the term grades, halves rounded up (in the student's favour). */
    public static Optional<Integer> yearGrade(List<Integer> termGrades) {
        if (termGrades.isEmpty()) {
            return Optional.empty();
        }
        double mean = termGrades.stream().mapToInt(Integer::intValue).average().orElseThrow();
        return Optional.of((int) Math.floor(mean + 0.5));
    }
}
