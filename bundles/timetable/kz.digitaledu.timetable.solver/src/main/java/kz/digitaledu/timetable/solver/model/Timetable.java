package kz.digitaledu.timetable.solver.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.cloner.DeepPlanningClone;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * A school's weekly timetable problem and (once solved) its solution. The constructor validates the data,
 * links the bell schedule and computes each lesson's allowed start slots and rooms.
 */
@PlanningSolution
public class Timetable {

    private String name;
    private List<String> dayNames;
    @ProblemFactCollectionProperty
    private List<Timeslot> timeslots;
    @ProblemFactCollectionProperty
    private List<Building> buildings;
    @ProblemFactCollectionProperty
    private List<Room> rooms;
    @ProblemFactCollectionProperty
    private List<Teacher> teachers;
    @ProblemFactCollectionProperty
    private List<StudentGroup> studentGroups;
    @ProblemFactCollectionProperty
    private List<Subject> subjects;
    @ProblemFactCollectionProperty
    @DeepPlanningClone
    private List<LessonRelation> relations;
    @ProblemFactCollectionProperty
    @DeepPlanningClone
    private List<LessonTeacher> lessonTeachers;
    @ProblemFactCollectionProperty
    @DeepPlanningClone
    private List<LessonStudents> lessonStudents;
    @ProblemFactCollectionProperty
    private List<DayIntervalLimit> dayIntervalLimits = List.of();
    @ProblemFactCollectionProperty
    private List<SlotSelectionLimit> slotSelections = List.of();
    @PlanningEntityCollectionProperty
    private List<Lesson> lessons;
    @ConstraintConfigurationProvider
    private TimetableConstraintConfiguration constraintConfiguration;
    @PlanningScore
    private HardSoftLongScore score;

    /** For the solver's cloning. */
    public Timetable() {
    }

    public Timetable(String name, List<Timeslot> timeslots, List<Building> buildings, List<Room> rooms,
                     List<Teacher> teachers, List<StudentGroup> studentGroups, List<Subject> subjects,
                     List<Lesson> lessons, List<LessonRelation> relations,
                     TimetableConstraintConfiguration constraintConfiguration) {
        this.name = name;
        this.timeslots = List.copyOf(timeslots);
        this.buildings = List.copyOf(buildings);
        this.rooms = List.copyOf(rooms);
        this.teachers = List.copyOf(teachers);
        Set<StudentGroup> all = new LinkedHashSet<>();
        for (StudentGroup g : studentGroups) {
            all.add(g);
            all.addAll(g.atoms());
        }
        this.studentGroups = List.copyOf(all);
        this.subjects = List.copyOf(subjects);
        this.lessons = new ArrayList<>(lessons);
        this.relations = List.copyOf(relations);
        this.constraintConfiguration = constraintConfiguration == null ? new TimetableConstraintConfiguration() : constraintConfiguration;
        Map<Integer, String> days = new LinkedHashMap<>();
        for (Timeslot t : timeslots) {
            days.putIfAbsent(t.getDayIndex(), t.getDayName());
        }
        this.dayNames = List.copyOf(days.values());
        this.lessonTeachers = lessonTeachersOf(this.lessons);
        this.lessonStudents = lessonStudentsOf(this.lessons);
        Set<String> ids = new HashSet<>();
        for (Lesson l : this.lessons) {
            if (!ids.add(l.getId())) {
                throw new IllegalArgumentException("duplicate lesson id " + l.getId());
            }
        }
        computeRanges();
    }

    public static List<LessonTeacher> lessonTeachersOf(List<Lesson> lessons) {
        List<LessonTeacher> out = new ArrayList<>();
        for (Lesson l : lessons) {
            for (Teacher t : l.getTeachers()) {
                out.add(new LessonTeacher(t, l));
            }
        }
        return out;
    }

    public static List<LessonStudents> lessonStudentsOf(List<Lesson> lessons) {
        List<LessonStudents> out = new ArrayList<>();
        for (Lesson l : lessons) {
            for (StudentGroup a : l.getAtoms()) {
                out.add(new LessonStudents(a, l));
            }
        }
        return out;
    }

    /**
     * Prunes each lesson's start slots to those where it fits in the day without crossing a long break, within
     * its hard start preferences, when all its teachers and students are available and in their shift (falling
     * back to wider sets when nothing is left, so the feasibility check can explain); and its rooms to those of
     * the required type, big enough and within hard room preferences.
     */
    /** Computes the lessons' allowed starts and rooms again, after lessons were placed from outside (a kept solution). */
    public void recomputeRanges() {
        computeRanges();
    }

    private void computeRanges() {
        for (Lesson l : lessons) {
            List<Timeslot> fits = new ArrayList<>();
            List<Timeslot> good = new ArrayList<>();
            for (Timeslot t : timeslots) {
                Timeslot keep = l.getTimeslot();
                l.setTimeslot(t);
                try {
                    if (l.runsPastEndOfDay() || l.crossesLongBreak()) {
                        continue;
                    }
                    fits.add(t);
                    if (l.hardStartPreferencesViolated() == 0 && l.teachersUnavailableCount() == 0
                            && l.studentsUnavailableCount() == 0 && !l.outsideShift()) {
                        good.add(t);
                    }
                } finally {
                    l.setTimeslot(keep);
                }
            }
            List<Timeslot> tr = !good.isEmpty() ? good : !fits.isEmpty() ? fits : new ArrayList<>(timeslots);
            if (l.getTimeslot() != null && !tr.contains(l.getTimeslot())) {
                tr = new ArrayList<>(tr);
                tr.add(l.getTimeslot());
            }
            List<Room> rr = new ArrayList<>();
            if (!l.isNeedsRoom() && !l.getRoomPreferences().isEmpty()) {
                // only soft room wishes: a room from them, or none
                Set<Room> wished = new LinkedHashSet<>();
                for (RoomPreference p : l.getRoomPreferences()) {
                    wished.addAll(p.rooms());
                }
                rr.addAll(wished);
            } else if (l.isNeedsRoom()) {
                for (Room r : rooms) {
                    if (l.getRequiredRoomType() != null && !l.getRequiredRoomType().equals(r.getType())) {
                        continue;
                    }
                    if (r.getCapacity() > 0 && r.getCapacity() < l.getStudentCount()) {
                        continue;
                    }
                    boolean ok = true;
                    for (RoomPreference p : l.getRoomPreferences()) {
                        if (p.hard() && !p.rooms().contains(r)) {
                            ok = false;
                            break;
                        }
                    }
                    if (ok) {
                        rr.add(r);
                    }
                }
                if (rr.isEmpty()) {
                    rr.addAll(rooms);
                }
            }
            if (l.getRoom() != null && !rr.contains(l.getRoom())) {
                rr.add(l.getRoom());
            }
            l.setRanges(List.copyOf(tr), List.copyOf(rr));
        }
    }

    public String getName() { return name; }
    public List<String> getDayNames() { return dayNames; }
    public List<Timeslot> getTimeslots() { return timeslots; }
    public List<Building> getBuildings() { return buildings; }
    public List<Room> getRooms() { return rooms; }
    public List<Teacher> getTeachers() { return teachers; }
    public List<StudentGroup> getStudentGroups() { return studentGroups; }
    public List<Subject> getSubjects() { return subjects; }
    public List<LessonRelation> getRelations() { return relations; }
    public List<LessonTeacher> getLessonTeachers() { return lessonTeachers; }
    public List<LessonStudents> getLessonStudents() { return lessonStudents; }
    public List<Lesson> getLessons() { return lessons; }
    public List<DayIntervalLimit> getDayIntervalLimits() { return dayIntervalLimits; }
    public List<SlotSelectionLimit> getSlotSelections() { return slotSelections; }

    /** The rules over parts of the day and over chosen timeslots (FET's interval and selection constraints). */
    public Timetable withRules(List<DayIntervalLimit> intervals, List<SlotSelectionLimit> selections) {
        this.dayIntervalLimits = List.copyOf(intervals);
        this.slotSelections = List.copyOf(selections);
        return this;
    }
    public TimetableConstraintConfiguration getConstraintConfiguration() { return constraintConfiguration; }
    public HardSoftLongScore getScore() { return score; }
    public void setScore(HardSoftLongScore score) { this.score = score; }

    public int countUnplaced() {
        int n = 0;
        for (Lesson l : lessons) {
            if (l.getTimeslot() == null || (l.isNeedsRoom() && l.getRoom() == null)) {
                n++;
            }
        }
        return n;
    }

    /** Pins every placed lesson (e.g. after import of a timetable), or unpins all. */
    public void pinAllPlaced(boolean pin) {
        for (Lesson l : lessons) {
            l.setPinned(pin && l.getTimeslot() != null);
        }
    }
}
