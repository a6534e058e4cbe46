/**
 * JPA entities of the school's persistence unit, one per table of {@code db/school}. The structural
 * ones (year, term, class, subject, assignment, grading policy) are read on every journal request and
 * change rarely: they sit in EclipseLink's shared cache for at most a minute (a change made on another
 * node of a cluster shows within that time); marks, attendance and lessons are never cached.
 */
package kz.digitaledu.school.core.internal.persistence;
