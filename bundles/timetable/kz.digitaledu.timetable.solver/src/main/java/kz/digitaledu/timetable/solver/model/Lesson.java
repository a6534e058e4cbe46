package kz.digitaledu.timetable.solver.model;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One lesson of the curriculum: a subject for one or more student sets with zero or more teachers, lasting
 * {@code duration} consecutive periods. The solver chooses its start {@link Timeslot} and its {@link Room}.
 */
@PlanningEntity(difficultyComparatorClass = LessonDifficultyComparator.class)
public class Lesson {

    @PlanningId
    private String id;
    private Subject subject;
    private List<Teacher> teachers;
    private List<StudentGroup> groups;
    private Set<StudentGroup> atoms;
    private int duration;
    private String requiredRoomType;
    private boolean needsRoom;
    private boolean summative;
    private List<StartPreference> startPreferences;
    private List<RoomPreference> roomPreferences;
    private int studentCount;
    /** Must (or should) be the last lesson of its students' day; null when not asked. */
    private Limit endsStudentsDay;

    private List<Timeslot> timeslotRange = List.of();
    private List<Room> roomRange = List.of();

    @PlanningPin
    private boolean pinned;
    @PlanningVariable(valueRangeProviderRefs = "timeslotRange")
    private Timeslot timeslot;
    @PlanningVariable(valueRangeProviderRefs = "roomRange", nullable = true)
    private Room room;

    /** For the solver's cloning. */
    public Lesson() {
    }

    public Lesson(String id, Subject subject, List<Teacher> teachers, List<StudentGroup> groups, int duration) {
        if (duration < 1) {
            throw new IllegalArgumentException("lesson " + id + ": duration must be >= 1");
        }
        this.id = id;
        this.subject = subject;
        this.teachers = List.copyOf(teachers);
        this.groups = List.copyOf(groups);
        Set<StudentGroup> a = new LinkedHashSet<>();
        int count = 0;
        for (StudentGroup g : groups) {
            a.addAll(g.atoms());
            count += g.getSize();
        }
        this.atoms = Collections.unmodifiableSet(a);
        this.studentCount = count;
        this.duration = duration;
        this.needsRoom = true;
        this.startPreferences = new ArrayList<>();
        this.roomPreferences = new ArrayList<>();
    }

    // ---- builder-style setup ----
    public Lesson requiringRoomType(String type) { this.requiredRoomType = type; return this; }
    public Lesson withoutRoom() { this.needsRoom = false; return this; }
    public Lesson needingRoom(boolean needs) { this.needsRoom = needs; return this; }
    public Lesson summative(boolean s) { this.summative = s; return this; }
    /** Asks for the lesson to end its students' day (hard, or soft with a weight); a hard request beats a soft one. */
    public Lesson endingStudentsDay(boolean hard, int weight) {
        Limit l = hard ? Limit.hard(0) : Limit.soft(0, weight);
        this.endsStudentsDay = endsStudentsDay == null || (hard && !endsStudentsDay.hard())
                || (!hard && !endsStudentsDay.hard() && weight > endsStudentsDay.weight()) ? l : endsStudentsDay;
        return this;
    }
    public Limit getEndsStudentsDay() { return endsStudentsDay; }
    public Lesson withStartPreference(StartPreference p) { startPreferences.add(p); return this; }
    public Lesson withRoomPreference(RoomPreference p) {
        roomPreferences.add(p);
        needsRoom |= p.hard();
        return this;
    }
    public Lesson at(Timeslot t, Room r) { this.timeslot = t; this.room = r; return this; }
    public Lesson pinnedAt(Timeslot t, Room r) { at(t, r); this.pinned = true; return this; }

    // ---- value ranges (computed by Timetable) ----
    @ValueRangeProvider(id = "timeslotRange")
    public List<Timeslot> getTimeslotRange() { return timeslotRange; }
    @ValueRangeProvider(id = "roomRange")
    public List<Room> getRoomRange() { return roomRange; }
    void setRanges(List<Timeslot> timeslots, List<Room> rooms) {
        this.timeslotRange = timeslots;
        this.roomRange = rooms;
    }

    // ---- derived, used by constraints ----
    public int getDayIndex() { return timeslot.getDayIndex(); }
    /** First period (within the day) occupied. */
    public int getStartPeriod() { return timeslot.getPeriod(); }
    /** Period after the last one occupied (exclusive). */
    public int getEndPeriod() { return timeslot.getPeriod() + duration; }

    /** Timeslots occupied, cut at the end of the day. */
    public List<Timeslot> occupiedTimeslots() {
        List<Timeslot> out = new ArrayList<>(duration);
        Timeslot t = timeslot;
        for (int i = 0; i < duration && t != null; i++) {
            out.add(t);
            t = t.getNext();
        }
        return out;
    }

    /** Number of occupied timeslots that are in {@code slots}. */
    public int countOccupiedIn(Set<Integer> slots) {
        if (slots.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (Timeslot t : occupiedTimeslots()) {
            if (slots.contains(t.getIndex())) {
                n++;
            }
        }
        return n;
    }

    public boolean runsPastEndOfDay() {
        return timeslot.getPeriod() + duration > timeslot.getPeriodsInDay();
    }

    public boolean crossesLongBreak() {
        Timeslot t = timeslot;
        for (int i = 0; i < duration - 1 && t != null; i++) {
            if (t.isLongBreakAfter()) {
                return true;
            }
            t = t.getNext();
        }
        return false;
    }

    /** True when {@code next} starts right after this lesson on the same day, only break periods in between. */
    public boolean isDirectlyFollowedBy(Lesson next) {
        if (getDayIndex() != next.getDayIndex() || next.getStartPeriod() < getEndPeriod()) {
            return false;
        }
        return freePeriodsBefore(next) == 0;
    }

    /**
     * Periods between this lesson's end and the start of a later lesson {@code next} on the same day that are not
     * break periods (0 when back to back).
     */
    public int freePeriodsBefore(Lesson next) {
        return freePeriodsBefore(next, Set.of());
    }

    /** As {@link #freePeriodsBefore(Lesson)}, not counting the periods in {@code unavailable} either (FET's gaps). */
    public int freePeriodsBefore(Lesson next, Set<Integer> unavailable) {
        List<Timeslot> occ = occupiedTimeslots();
        Timeslot t = occ.get(occ.size() - 1).getNext();
        int free = 0;
        while (t != null && t.getPeriod() < next.getStartPeriod()) {
            if (!t.isBreakSlot() && !unavailable.contains(t.getIndex())) {
                free++;
            }
            t = t.getNext();
        }
        return free;
    }

    public LocalTime startTime() { return timeslot.getStart(); }

    public LocalTime endTime() {
        List<Timeslot> occ = occupiedTimeslots();
        return occ.get(occ.size() - 1).getEnd();
    }

    public Building building() { return room == null ? null : room.getBuilding(); }

    public boolean sharesTeacher(Lesson other) {
        for (Teacher t : teachers) {
            if (other.teachers.contains(t)) {
                return true;
            }
        }
        return false;
    }

    public int sharedTeacherCount(Lesson other) {
        int n = 0;
        for (Teacher t : teachers) {
            if (other.teachers.contains(t)) {
                n++;
            }
        }
        return n;
    }

    public boolean sharesStudents(Lesson other) {
        Set<StudentGroup> small = atoms.size() <= other.atoms.size() ? atoms : other.atoms;
        Set<StudentGroup> big = small == atoms ? other.atoms : atoms;
        for (StudentGroup g : small) {
            if (big.contains(g)) {
                return true;
            }
        }
        return false;
    }

    /** Periods both lessons occupy on the same day (0 when apart). */
    public int overlapPeriods(Lesson other) {
        if (timeslot == null || other.timeslot == null || getDayIndex() != other.getDayIndex()) {
            return 0;
        }
        return Math.max(0, Math.min(getEndPeriod(), other.getEndPeriod()) - Math.max(getStartPeriod(), other.getStartPeriod()));
    }

    public int hardStartPreferencesViolated() {
        int n = 0;
        for (StartPreference p : startPreferences) {
            if (p.hard() && !p.timeslotIndexes().contains(timeslot.getIndex())) {
                n++;
            }
        }
        return n;
    }

    public int softStartPreferencesPenalty() {
        int n = 0;
        for (StartPreference p : startPreferences) {
            if (!p.hard() && !p.timeslotIndexes().contains(timeslot.getIndex())) {
                n += p.weight();
            }
        }
        return n;
    }

    public int hardRoomPreferencesViolated() {
        int n = 0;
        for (RoomPreference p : roomPreferences) {
            if (p.hard() && (room == null || !p.rooms().contains(room))) {
                n++;
            }
        }
        return n;
    }

    public int softRoomPreferencesPenalty() {
        int n = 0;
        for (RoomPreference p : roomPreferences) {
            if (!p.hard() && (room == null || !p.rooms().contains(room))) {
                n += p.weight();
            }
        }
        return n;
    }

    public boolean outsideShift() {
        for (StudentGroup a : atoms) {
            if (a.getShift() != null && a.getShift() != timeslot.getShift()) {
                return true;
            }
        }
        return false;
    }

    /** Occupied timeslots in which at least one atom of the lesson is unavailable. */
    public int studentsUnavailableCount() {
        int n = 0;
        for (Timeslot t : occupiedTimeslots()) {
            for (StudentGroup a : atoms) {
                if (a.getUnavailable().contains(t.getIndex())) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    public int teachersUnavailableCount() {
        int n = 0;
        for (Teacher teacher : teachers) {
            n += countOccupiedIn(teacher.getUnavailable());
        }
        return n;
    }

    public int teachersOnPreferredDayOff() {
        int n = 0;
        for (Teacher teacher : teachers) {
            if (teacher.getPreferredDaysOff().contains(getDayIndex())) {
                n++;
            }
        }
        return n;
    }

    public int earlyPeriodCount() {
        int n = 0;
        for (Timeslot t : occupiedTimeslots()) {
            if (t.isEarly()) {
                n++;
            }
        }
        return n;
    }

    public int latePeriodCount() {
        int n = 0;
        for (Timeslot t : occupiedTimeslots()) {
            if (t.isLate()) {
                n++;
            }
        }
        return n;
    }

    // ---- plain getters/setters ----
    public String getId() { return id; }
    public Subject getSubject() { return subject; }
    public List<Teacher> getTeachers() { return teachers; }
    public List<StudentGroup> getGroups() { return groups; }
    public Set<StudentGroup> getAtoms() { return atoms; }
    public int getDuration() { return duration; }
    public String getRequiredRoomType() { return requiredRoomType; }
    public boolean isNeedsRoom() { return needsRoom; }
    public boolean isSummative() { return summative; }
    public List<StartPreference> getStartPreferences() { return startPreferences; }
    public List<RoomPreference> getRoomPreferences() { return roomPreferences; }
    public int getStudentCount() { return studentCount; }
    public boolean isPinned() { return pinned; }
    public void setPinned(boolean pinned) { this.pinned = pinned; }
    public Timeslot getTimeslot() { return timeslot; }
    public void setTimeslot(Timeslot timeslot) { this.timeslot = timeslot; }
    public Room getRoom() { return room; }
    public void setRoom(Room room) { this.room = room; }

    @Override
    public String toString() {
        return id + "[" + subject + " " + groups + " " + teachers + " @" + timeslot + " " + room + "]";
    }

    static long minutesBetween(LocalTime a, LocalTime b) {
        return Duration.between(a, b).toMinutes();
    }
}
