package kz.digitaledu.timetable.solver.testdata;

import java.time.LocalTime;
import java.util.List;

import kz.digitaledu.timetable.solver.model.BellSchedule;
import kz.digitaledu.timetable.solver.model.Building;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.Room;
import kz.digitaledu.timetable.solver.model.StudentGroup;
import kz.digitaledu.timetable.solver.model.Subject;
import kz.digitaledu.timetable.solver.model.Teacher;
import kz.digitaledu.timetable.solver.model.Timeslot;

/**
 * A small school for tests: 5 days x 6 periods of 45 minutes from 08:30, 10-minute breaks except a 30-minute
 * break after the 3rd period (a "long" break: no double lesson across it); two buildings 15 minutes apart.
 */
public final class Fixture {

    public final List<Timeslot> slots = BellSchedule.uniform(List.of("Mon", "Tue", "Wed", "Thu", "Fri"),
            LocalTime.of(8, 30), 45, new int[] {10, 10, 30, 10, 10}, 15);
    public final Building main = new Building("B1", "Main");
    public final Building annex = new Building("B2", "Annex").withTravelMinutes(main, 15);
    public final Room r101 = new Room("R101", "101", main, "class", 30);
    public final Room r102 = new Room("R102", "102", main, "class", 30);
    public final Room lab = new Room("LAB", "Lab", annex, "lab", 20);
    public final Subject math = new Subject("MATH", "Math");
    public final Subject physics = new Subject("PHYS", "Physics");
    public final Teacher alice = new Teacher("T1", "Alice");
    public final Teacher bob = new Teacher("T2", "Bob");
    public final StudentGroup g7a1 = new StudentGroup("7A-1", "7A group 1", 12);
    public final StudentGroup g7a2 = new StudentGroup("7A-2", "7A group 2", 13);
    public final StudentGroup c7a = new StudentGroup("7A", "7A", 25).splitInto(g7a1, g7a2);
    public final StudentGroup c7b = new StudentGroup("7B", "7B", 24);

    private int next;

    /** Timeslot of day d (0-based) and period p (0-based). */
    public Timeslot at(int day, int period) {
        return slots.get(day * 6 + period);
    }

    public Lesson lesson(Subject s, Teacher t, StudentGroup g, int duration) {
        return new Lesson("L" + (++next), s, t == null ? List.of() : List.of(t), List.of(g), duration);
    }

    public Lesson lesson(Teacher t, StudentGroup g) {
        return lesson(math, t, g, 1);
    }

    public Lesson placed(Teacher t, StudentGroup g, int day, int period, Room room) {
        return lesson(t, g).at(at(day, period), room);
    }
}
