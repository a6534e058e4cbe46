package kz.digitaledu.school.api;

/**
 * What a lesson's marks are: formative marks on the 10-point scale, or the points of a summative
 * assessment for a section (СОР / БЖБ) or for the term (СОЧ / ТЖБ) out of the lesson's maximum.
 */
public enum AssessmentKind {
    FORMATIVE,
    SECTION_SUMMATIVE,
    TERM_SUMMATIVE
}
