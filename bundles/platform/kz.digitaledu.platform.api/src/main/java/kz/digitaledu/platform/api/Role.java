package kz.digitaledu.platform.api;

/**
 * Roles a person can hold. Every role is granted in one organisation (see {@link RoleGrant}); a
 * grant in a region or district reaches every organisation below it.
 */
public enum Role {
    SYSTEM_ADMIN,
    REGION_OFFICER,
    DISTRICT_OFFICER,
    SCHOOL_ADMIN,
    DEPUTY_DIRECTOR,
    TEACHER,
    PSYCHOLOGIST,
    CAREER_COUNSELLOR,
    STUDENT,
    PARENT,
    METHODOLOGIST,
    TUTOR;

    /** Translation key of the role's name, e.g. {@code role.SCHOOL_ADMIN}. */
    public String titleKey() {
        return "role." + name();
    }
}
