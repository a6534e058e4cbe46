/**
 * Public API of the school-management component: the school year and its terms, classes,
 * subjects, teaching assignments, the contingent (enrolments), lessons, the e-journal (marks,
 * attendance, term grades with their history) and the diary of students and parents. Services
 * read the acting user from {@link kz.digitaledu.platform.api.CurrentUser} and apply the
 * component's access rules themselves.
 */
@org.osgi.annotation.versioning.Version("0.5.0")
package kz.digitaledu.school.api;
