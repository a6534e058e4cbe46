package kz.digitaledu.school.core.internal;

import java.util.Set;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.PersonDirectory;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.core.internal.persistence.AssignmentEntity;
import kz.digitaledu.school.core.internal.persistence.ClassEntity;
import kz.digitaledu.school.core.internal.persistence.LessonEntity;

/**
 * The one place that decides who sees and changes which school rows: the platform's grants give
 * the schools, and the journal rules narrow them to the teacher's own assignments, the class
 * teacher's class, a student's own diary and a parent's children.
 */
final class SchoolAccess {
    private final CurrentUser currentUser;
    private final AccessControl access;
    private final PersonDirectory persons;

    SchoolAccess(CurrentUser currentUser, AccessControl access, PersonDirectory persons) {
        this.currentUser = currentUser;
        this.access = access;
        this.persons = persons;
    }

    EduPrincipal me() {
        return currentUser.require();
    }

    /** Throws 403 unless the current user holds {@code permission} in the school. */
    void check(String permission, long schoolId) {
        access.check(me(), permission, schoolId);
    }

    boolean permitted(String permission, long schoolId) {
        return access.isPermitted(me(), permission, schoolId);
    }

    Set<Long> schoolsWith(String permission) {
        return access.organisationsWith(me(), permission);
    }

    /** Whether the current user may read the structure of a school (class lists, subjects, assignments). */
    boolean mayReadStructure(long schoolId) {
        return permitted(SchoolPermissions.STRUCTURE_READ, schoolId) || permitted(SchoolPermissions.STRUCTURE_MANAGE, schoolId);
    }

    /** Reading a journal: staff who read all journals of the school, the assignment's teacher, the class teacher. */
    boolean mayReadJournal(AssignmentEntity a, ClassEntity c) {
        EduPrincipal me = me();
        if (access.isPermitted(me, SchoolPermissions.JOURNAL_READ_ALL, a.organisationId)) {
            return true;
        }
        return access.isPermitted(me, SchoolPermissions.JOURNAL_KEEP, a.organisationId)
                && (a.teacherAccountId == me.accountId() || (c.classTeacherAccountId != null && c.classTeacherAccountId == me.accountId()));
    }

    /** Keeping (writing) a journal: only the assignment's teacher. */
    boolean mayKeepJournal(AssignmentEntity a) {
        EduPrincipal me = me();
        return a.teacherAccountId == me.accountId() && access.isPermitted(me, SchoolPermissions.JOURNAL_KEEP, a.organisationId);
    }

    /** Writing marks of one lesson: the assignment's teacher, or the teacher substituting that lesson. */
    boolean mayKeepLesson(AssignmentEntity a, LessonEntity l) {
        EduPrincipal me = me();
        boolean mine = a.teacherAccountId == me.accountId()
                || (l.substituteAccountId != null && l.substituteAccountId == me.accountId());
        return mine && access.isPermitted(me, SchoolPermissions.JOURNAL_KEEP, a.organisationId);
    }

    /** Reading a student's diary: the student, their parents, or staff who read all journals of the school. */
    boolean mayReadDiary(long studentPersonId, long schoolId) {
        EduPrincipal me = me();
        if (access.isPermitted(me, SchoolPermissions.JOURNAL_READ_ALL, schoolId)) {
            return true;
        }
        if (!access.isPermitted(me, SchoolPermissions.DIARY_READ, schoolId)) {
            return false;
        }
        if (me.hasRole(Role.STUDENT) && persons.personOfAccount(me.accountId()).map(p -> p.id() == studentPersonId).orElse(false)) {
            return true;
        }
        return me.hasRole(Role.PARENT) && persons.childrenOf(me.accountId()).contains(studentPersonId);
    }

    static EduException notFound(String what, Object id) {
        return EduException.notFound(what, id);
    }
}
