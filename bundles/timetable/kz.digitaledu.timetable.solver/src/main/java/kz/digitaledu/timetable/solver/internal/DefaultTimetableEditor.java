package kz.digitaledu.timetable.solver.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import kz.digitaledu.timetable.solver.ConstraintViolation;
import kz.digitaledu.timetable.solver.EditImpact;
import kz.digitaledu.timetable.solver.TimetableEditor;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.LessonStudents;
import kz.digitaledu.timetable.solver.model.LessonTeacher;
import kz.digitaledu.timetable.solver.model.Room;
import kz.digitaledu.timetable.solver.model.Timeslot;
import kz.digitaledu.timetable.solver.model.Timetable;
import kz.digitaledu.timetable.solver.model.TimetableConstraint;

/**
 * {@link TimetableEditor} on OptaPlanner's incremental score director: a change tells the director which lesson
 * changed, so only the constraint matches touching it are recalculated; a "what if" is done and undone the same way.
 */
final class DefaultTimetableEditor implements TimetableEditor {

    private static final String TIMESLOT = "timeslot";
    private static final String ROOM = "room";

    private final Timetable timetable;
    private final InnerScoreDirector<Timetable, HardSoftLongScore> director;
    private final Map<String, Lesson> byId = new HashMap<>();
    private HardSoftLongScore score;

    DefaultTimetableEditor(Timetable timetable, InnerScoreDirector<Timetable, HardSoftLongScore> director) {
        this.timetable = timetable;
        this.director = director;
        timetable.getLessons().forEach(l -> byId.put(l.getId(), l));
        director.setWorkingSolution(timetable);
        this.score = director.calculateScore();
    }

    @Override
    public Timetable timetable() {
        return timetable;
    }

    @Override
    public long hardScore() {
        return score.hardScore();
    }

    @Override
    public long softScore() {
        return score.softScore();
    }

    private Lesson lesson(String id) {
        Lesson l = byId.get(id);
        if (l == null) {
            throw new IllegalArgumentException("no lesson " + id);
        }
        return l;
    }

    private static boolean allowed(Lesson l, Timeslot start, Room room) {
        return start != null && l.getTimeslotRange().contains(start) && (room == null || l.getRoomRange().contains(room));
    }

    @Override
    public EditImpact preview(String lessonId, Timeslot start, Room room) {
        return moveOf(lessonId, start, room, false);
    }

    @Override
    public EditImpact previewSwap(String lessonId, String otherLessonId) {
        return swapOf(lessonId, otherLessonId, false);
    }

    /** Moves the lesson; kept, or undone after scoring when {@code keep} is false. */
    private EditImpact moveOf(String lessonId, Timeslot start, Room room, boolean keep) {
        Lesson l = lesson(lessonId);
        if (!allowed(l, start, room)) {
            return refused();
        }
        Timeslot oldStart = l.getTimeslot();
        Room oldRoom = l.getRoom();
        place(l, start, room == null ? oldRoom : room);
        return scored(Set.of(l), keep, () -> place(l, oldStart, oldRoom));
    }

    /** Exchanges the two lessons' starts (each keeps its room); kept, or undone after scoring when {@code keep} is false. */
    private EditImpact swapOf(String lessonId, String otherLessonId, boolean keep) {
        Lesson a = lesson(lessonId);
        Lesson b = lesson(otherLessonId);
        Timeslot ta = a.getTimeslot();
        Timeslot tb = b.getTimeslot();
        if (a == b || !allowed(a, tb, null) || !allowed(b, ta, null)) {
            return refused();
        }
        place(a, tb, a.getRoom());
        place(b, ta, b.getRoom());
        return scored(Set.of(a, b), keep, () -> {
            place(a, ta, a.getRoom());
            place(b, tb, b.getRoom());
        });
    }

    /** The score after the change just made and the conflicts of {@code moved}; then keeps the change or undoes it. */
    private EditImpact scored(Set<Lesson> moved, boolean keep, Runnable undo) {
        HardSoftLongScore before = score;
        HardSoftLongScore after = director.calculateScore();
        EditImpact impact = new EditImpact(true, before.hardScore(), before.softScore(), after.hardScore(), after.softScore(), conflictsOf(moved));
        if (keep) {
            score = after;
        } else {
            undo.run();
            director.calculateScore();
        }
        return impact;
    }

    @Override
    public List<SlotFit> fits(String lessonId) {
        Lesson l = lesson(lessonId);
        Timeslot oldStart = l.getTimeslot();
        HardSoftLongScore before = score;
        List<SlotFit> out = new ArrayList<>();
        try {
            for (Timeslot start : l.getTimeslotRange()) {
                place(l, start, l.getRoom());
                HardSoftLongScore after = director.calculateScore();
                out.add(new SlotFit(start, after.hardScore() - before.hardScore(), after.softScore() - before.softScore()));
            }
        } finally {
            place(l, oldStart, l.getRoom());
            director.calculateScore();
        }
        return out;
    }

    @Override
    public EditImpact move(String lessonId, Timeslot start, Room room) {
        return moveOf(lessonId, start, room, true);
    }

    @Override
    public EditImpact swap(String lessonId, String otherLessonId) {
        return swapOf(lessonId, otherLessonId, true);
    }

    @Override
    public void pin(String lessonId, boolean pinned) {
        lesson(lessonId).setPinned(pinned);
    }

    private EditImpact refused() {
        return new EditImpact(false, score.hardScore(), score.softScore(), score.hardScore(), score.softScore(), List.of());
    }

    private void place(Lesson l, Timeslot start, Room room) {
        if (l.getTimeslot() != start) {
            director.beforeVariableChanged(l, TIMESLOT);
            l.setTimeslot(start);
            director.afterVariableChanged(l, TIMESLOT);
        }
        if (l.getRoom() != room) {
            director.beforeVariableChanged(l, ROOM);
            l.setRoom(room);
            director.afterVariableChanged(l, ROOM);
        }
        director.triggerVariableListeners();
    }

    /** Every broken condition with a match that involves one of {@code lessons}, hard first, by constraint. */
    private List<ConstraintViolation> conflictsOf(Set<Lesson> lessons) {
        Map<String, long[]> scores = new LinkedHashMap<>();
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (ConstraintMatchTotal<HardSoftLongScore> total : director.getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardSoftLongScore> m : total.getConstraintMatchSet()) {
                if (m.getScore().isZero()) {
                    continue;
                }
                Set<String> involved = new LinkedHashSet<>();
                boolean ours = false;
                for (Object o : m.getIndictedObjectList()) {
                    Lesson l = o instanceof Lesson x ? x : o instanceof LessonTeacher lt ? lt.lesson()
                            : o instanceof LessonStudents ls ? ls.lesson() : null;
                    if (l != null) {
                        involved.add(l.getId());
                        ours |= lessons.contains(l);
                    }
                }
                if (!ours) {
                    continue;
                }
                String name = total.getConstraintName();
                long[] s = scores.computeIfAbsent(name, k -> new long[2]);
                s[0] += m.getScore().hardScore();
                s[1] += m.getScore().softScore();
                counts.computeIfAbsent(name, k -> new int[1])[0]++;
                ids.computeIfAbsent(name, k -> new LinkedHashSet<>()).addAll(involved);
            }
        }
        List<ConstraintViolation> out = new ArrayList<>();
        scores.forEach((name, s) -> out.add(new ConstraintViolation(TimetableConstraint.byName(name), s[0], s[1], counts.get(name)[0],
                List.copyOf(ids.get(name)))));
        out.sort(Comparator.comparingLong(ConstraintViolation::hardScore).thenComparingLong(ConstraintViolation::softScore));
        return out;
    }

    @Override
    public void close() {
        director.close();
    }
}
