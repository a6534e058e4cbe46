package kz.digitaledu.school.core.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import kz.digitaledu.school.core.internal.persistence.AssignmentEntity;

/** Who is in which sub-group of a class: the one rule for "whose journal is this student in" (journal, diary, reports). */
final class Groups {
    private final Map<Long, Set<Long>> members;

    private Groups(Map<Long, Set<Long>> members) {
        this.members = members;
    }

    /** The members of every group of the class, read in one query. */
    static Groups ofClass(EntityManager em, long classId) {
        Map<Long, Set<Long>> m = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT m.groupId, m.studentPersonId FROM GroupMemberEntity m, ClassGroupEntity g"
                + " WHERE m.groupId = g.id AND g.classId = :c", Object[].class).setParameter("c", classId).getResultList()) {
            m.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]);
        }
        return new Groups(m);
    }

    /** The members of one group, read in one query (when the other groups of the class do not matter). */
    static Set<Long> membersOf(EntityManager em, long groupId) {
        return new HashSet<>(em.createQuery("SELECT m.studentPersonId FROM GroupMemberEntity m WHERE m.groupId = :g", Long.class)
                .setParameter("g", groupId).getResultList());
    }

    /** Whether the student is taught in the assignment: always for the whole class, else when a member of its group. */
    boolean includes(AssignmentEntity a, long studentPersonId) {
        return a.groupId == null || members.getOrDefault(a.groupId, Set.of()).contains(studentPersonId);
    }

    Set<Long> members(long groupId) {
        return members.getOrDefault(groupId, Set.of());
    }
}
