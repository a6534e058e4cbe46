package kz.digitaledu.school.api;

/**
 * A class of a school year, e.g. 7 «А»: grade 0 (pre-school) to 12, a letter, the language of
 * instruction (kk, ru or en), the shift (1 or 2), an optional profile, the class teacher's account.
 */
public record SchoolClass(long id, long organisationId, long yearId, int grade, String letter, String language, int shift,
        String profile, Long classTeacherAccountId) {

    /** How people write it: {@code 7А}. */
    public String name() {
        return grade + letter;
    }
}
