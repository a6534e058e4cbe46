package kz.digitaledu.school.api;

import java.util.List;

/**
 * A sub-group of a class for split subjects, e.g. «8А English 1»: its name is unique in the class and its members are
 * students of the class. A group's teaching assignments keep their journal for the members only.
 */
public record ClassGroup(long id, long organisationId, long classId, String name, List<Long> studentPersonIds) {
}
