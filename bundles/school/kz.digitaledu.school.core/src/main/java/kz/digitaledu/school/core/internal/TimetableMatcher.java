package kz.digitaledu.school.core.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.digitaledu.platform.api.Person;
import kz.digitaledu.platform.api.timetable.PublishedLesson;
import kz.digitaledu.platform.api.timetable.StudentSets;
import kz.digitaledu.school.api.SchoolStructureService.TimetableSlot;
import kz.digitaledu.school.api.SchoolStructureService.UnmatchedLesson;
import kz.digitaledu.school.core.internal.persistence.AssignmentEntity;
import kz.digitaledu.school.core.internal.persistence.ClassEntity;
import kz.digitaledu.school.core.internal.persistence.SubjectEntity;

/**
 * Finds, for each period of a published timetable, the class, the subject and the teaching assignment of the
 * school year it stands for (the rules are those of {@code SchoolStructureService.adoptPublishedTimetable}).
 */
final class TimetableMatcher {
    /** Latin letters that look like Cyrillic ones, as people type class letters and subject names. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(Map.entry('a', 'а'), Map.entry('b', 'в'),
            Map.entry('c', 'с'), Map.entry('e', 'е'), Map.entry('h', 'н'), Map.entry('k', 'к'), Map.entry('m', 'м'),
            Map.entry('o', 'о'), Map.entry('p', 'р'), Map.entry('t', 'т'), Map.entry('x', 'х'), Map.entry('y', 'у'));
    /** "8 а" (grade, space, letter) before the end or a group separator: written "8а". */
    private static final Pattern SPACED_CLASS = Pattern.compile("^(\\d+) (\\p{L}+)(?=$|[" + StudentSets.SEPARATORS.replace("-", "\\-") + "])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, ClassEntity> classByName = new HashMap<>();
    private final Map<String, Long> subjectByName = new HashMap<>();
    private final Map<String, List<AssignmentEntity>> assignments = new HashMap<>();
    private final Map<Long, Person> teachers;
    /** The normalised names of the classes' sub-groups, by group id. */
    private final Map<Long, String> groupNames;

    record Result(Map<Long, List<TimetableSlot>> slotsByClass, List<UnmatchedLesson> unmatched) {
    }

    TimetableMatcher(List<ClassEntity> classes, List<SubjectEntity> subjects, List<AssignmentEntity> assignmentList,
            Map<Long, String> groupNames, Function<Collection<Long>, Map<Long, Person>> persons) {
        this.groupNames = new HashMap<>();
        groupNames.forEach((id, name) -> this.groupNames.put(id, norm(name)));
        for (ClassEntity c : classes) {
            classByName.put(norm(c.grade + c.letter), c);
        }
        for (SubjectEntity s : subjects) {
            for (String name : new String[] {s.code, s.nameKk, s.nameRu, s.nameEn}) {
                if (name != null && !name.isBlank()) {
                    subjectByName.putIfAbsent(norm(name), s.id);
                }
            }
        }
        for (AssignmentEntity a : assignmentList) {
            assignments.computeIfAbsent(a.classId + "/" + a.subjectId, k -> new ArrayList<>()).add(a);
        }
        Set<Long> accounts = assignmentList.stream().map(a -> a.teacherAccountId).collect(Collectors.toSet());
        this.teachers = accounts.isEmpty() ? Map.of() : persons.apply(accounts);
    }

    /** Lower case, single spaces, Latin look-alikes as Cyrillic; "8 A" and "8А" are the same class. */
    static String norm(String s) {
        String lower = SPACES.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char ch = lower.charAt(i);
            out.append(LOOK_ALIKES.getOrDefault(ch, ch));
        }
        return SPACED_CLASS.matcher(out).replaceAll("$1$2");
    }

    /** The class a class or group name belongs to: the class itself, or the class whose name it starts with, then a separator. */
    private ClassEntity classOf(String studentSet) {
        String n = norm(studentSet);
        ClassEntity exact = classByName.get(n);
        if (exact != null) {
            return exact;
        }
        for (int i = 1; i < n.length(); i++) {
            if (StudentSets.isSeparator(n.charAt(i))) {
                ClassEntity c = classByName.get(n.substring(0, i));
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    Result match(List<PublishedLesson> lessons) {
        Map<Long, List<TimetableSlot>> slots = new LinkedHashMap<>();
        Map<Long, Set<String>> taken = new HashMap<>();
        List<UnmatchedLesson> unmatched = new ArrayList<>();
        for (PublishedLesson l : lessons) {
            Set<ClassEntity> classes = new LinkedHashSet<>();
            for (String set : l.studentSets()) {
                ClassEntity c = classOf(set);
                if (c != null) {
                    classes.add(c);
                }
            }
            if (l.day() == DayOfWeek.SUNDAY || l.period() < 1 || l.period() > 12) {
                unmatched.add(unmatched(l, "day"));
                continue;
            }
            if (classes.isEmpty()) {
                unmatched.add(unmatched(l, "class"));
                continue;
            }
            Long subjectId = subjectByName.get(norm(l.subject()));
            if (subjectId == null) {
                unmatched.add(unmatched(l, "subject"));
                continue;
            }
            for (ClassEntity c : classes) {
                AssignmentEntity a = assignment(c, subjectId, l.teachers(), l.studentSets());
                if (a == null) {
                    unmatched.add(unmatched(l, "assignment"));
                    continue;
                }
                if (taken.computeIfAbsent(c.id, k -> new HashSet<>()).add(l.day() + "/" + l.period() + "/" + a.id)) {
                    slots.computeIfAbsent(c.id, k -> new ArrayList<>()).add(new TimetableSlot(l.day(), l.period(), a.id));
                }
            }
        }
        return new Result(slots, unmatched);
    }

    private AssignmentEntity assignment(ClassEntity c, long subjectId, List<String> lessonTeachers, List<String> studentSets) {
        List<AssignmentEntity> candidates = assignments.getOrDefault(c.id + "/" + subjectId, List.of());
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        // a sub-group's lesson: the assignment of the group the lesson names ("8А Ағылшын 1", "8А-англ1" for group "англ1")
        List<AssignmentEntity> byGroup = candidates.stream().filter(a -> a.groupId != null && groupNames.containsKey(a.groupId)
                && studentSets.stream().anyMatch(set -> namesGroup(c, set, groupNames.get(a.groupId)))).toList();
        if (byGroup.size() == 1) {
            return byGroup.get(0);
        }
        List<String> names = lessonTeachers.stream().map(TimetableMatcher::norm).toList();
        List<AssignmentEntity> bySurname = candidates.stream().filter(a -> {
            Person p = teachers.get(a.teacherAccountId);
            return p != null && p.lastName() != null && names.stream().anyMatch(n -> n.contains(norm(p.lastName())));
        }).toList();
        return bySurname.size() == 1 ? bySurname.get(0) : null;
    }

    /** Whether a student set is the group: its name alone, or the class's name, separators, then the group's name. */
    private static boolean namesGroup(ClassEntity c, String studentSet, String group) {
        String n = norm(studentSet);
        if (n.equals(group)) {
            return true;
        }
        String cls = norm(c.grade + c.letter);
        if (!n.startsWith(cls)) {
            return false;
        }
        int i = cls.length();
        while (i < n.length() && StudentSets.isSeparator(n.charAt(i))) {
            i++;
        }
        return i > cls.length() && n.substring(i).equals(group);
    }

    private static UnmatchedLesson unmatched(PublishedLesson l, String reason) {
        return new UnmatchedLesson(l.day(), l.period(), String.join(", ", l.studentSets()), l.subject(), String.join(", ", l.teachers()), reason);
    }
}
