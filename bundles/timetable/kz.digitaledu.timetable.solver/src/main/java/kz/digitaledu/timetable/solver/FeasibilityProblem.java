package kz.digitaledu.timetable.solver;

import java.util.List;

/**
 * Contradictory input found before solving.
 *
 * @param messageKey key of the translated explanation ({@code timetable.feasibility.*}), with {0}, {1}… for args
 * @param subjectId  id of the teacher, class, room or lesson concerned
 * @param args       values for the message placeholders
 * @param message    the explanation in English
 */
public record FeasibilityProblem(String messageKey, String subjectId, List<Object> args, String message) {
}
