package kz.digitaledu.timetable.solver.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import kz.digitaledu.timetable.solver.FeasibilityProblem;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.LessonRelation;
import kz.digitaledu.timetable.solver.model.Limit;
import kz.digitaledu.timetable.solver.model.Room;
import kz.digitaledu.timetable.solver.model.RoomPreference;
import kz.digitaledu.timetable.solver.model.StudentGroup;
import kz.digitaledu.timetable.solver.model.Teacher;
import kz.digitaledu.timetable.solver.model.Timeslot;
import kz.digitaledu.timetable.solver.model.Timetable;

/** Finds contradictions that make any timetable break a hard constraint, and explains them. */
public final class FeasibilityChecker {

    public static final String BUNDLE = "OSGI-INF/l10n/timetable-messages";

    public List<FeasibilityProblem> check(Timetable t) {
        List<FeasibilityProblem> out = new ArrayList<>();
        int slots = t.getTimeslots().size();
        int days = t.getDayNames().size();
        Map<Teacher, Integer> teacherLoad = new HashMap<>();
        Map<StudentGroup, Integer> atomLoad = new HashMap<>();
        int roomPeriods = 0;
        Set<String> roomTypes = new HashSet<>();
        int maxCapacity = 0;
        boolean unknownCapacity = false;
        for (Room r : t.getRooms()) {
            if (r.getType() != null) {
                roomTypes.add(r.getType());
            }
            maxCapacity = Math.max(maxCapacity, r.getCapacity());
            unknownCapacity |= r.getCapacity() == 0;
        }
        for (Lesson l : t.getLessons()) {
            for (Teacher teacher : l.getTeachers()) {
                teacherLoad.merge(teacher, l.getDuration(), Integer::sum);
            }
            for (StudentGroup a : l.getAtoms()) {
                atomLoad.merge(a, l.getDuration(), Integer::sum);
            }
            if (l.isNeedsRoom()) {
                roomPeriods += l.getDuration();
                if (l.getRequiredRoomType() != null && !roomTypes.contains(l.getRequiredRoomType())) {
                    out.add(problem("timetable.feasibility.noRoomOfType", l.getId(), l.getId(), l.getRequiredRoomType()));
                }
                if (!unknownCapacity && !t.getRooms().isEmpty() && l.getStudentCount() > maxCapacity) {
                    out.add(problem("timetable.feasibility.noRoomBigEnough", l.getId(), l.getId(), l.getStudentCount(), maxCapacity));
                }
                if (t.getRooms().isEmpty()) {
                    out.add(problem("timetable.feasibility.noRooms", l.getId(), l.getId()));
                }
                Set<Room> allowed = null;
                for (RoomPreference p : l.getRoomPreferences()) {
                    if (p.hard()) {
                        if (allowed == null) {
                            allowed = new HashSet<>(p.rooms());
                        } else {
                            allowed.retainAll(p.rooms());
                        }
                    }
                }
                if (allowed != null && allowed.isEmpty()) {
                    out.add(problem("timetable.feasibility.noAllowedRoom", l.getId(), l.getId()));
                }
            }
            if (!hasPossibleStart(l, t.getTimeslots())) {
                out.add(problem("timetable.feasibility.noPossibleStart", l.getId(), l.getId(), l.getDuration()));
            }
        }
        for (Map.Entry<Teacher, Integer> e : teacherLoad.entrySet()) {
            Teacher teacher = e.getKey();
            int available = slots - (int) teacher.getUnavailable().stream().filter(i -> i >= 0 && i < slots).count();
            if (e.getValue() > available) {
                out.add(problem("timetable.feasibility.teacherOverloaded", teacher.getId(), teacher.getName(), e.getValue(), available));
            }
            Limit week = teacher.getMaxLessonsPerWeek();
            if (week != null && week.hard() && e.getValue() > week.value()) {
                out.add(problem("timetable.feasibility.teacherOverWeeklyLimit", teacher.getId(), teacher.getName(), e.getValue(), week.value()));
            }
            Limit day = teacher.getMaxLessonsPerDay();
            int dayCap = day != null && day.hard() ? day.value() * effectiveDays(teacher.getMaxDaysPerWeek(), days) : Integer.MAX_VALUE;
            if (e.getValue() > dayCap) {
                out.add(problem("timetable.feasibility.teacherOverDailyLimits", teacher.getId(), teacher.getName(), e.getValue(), dayCap));
            }
        }
        for (Map.Entry<StudentGroup, Integer> e : atomLoad.entrySet()) {
            StudentGroup g = e.getKey();
            int available = slots - (int) g.getUnavailable().stream().filter(i -> i >= 0 && i < slots).count();
            if (e.getValue() > available) {
                out.add(problem("timetable.feasibility.studentsOverloaded", g.getId(), g.getName(), e.getValue(), available));
            }
            Limit week = g.getMaxLessonsPerWeek();
            if (week != null && week.hard() && e.getValue() > week.value()) {
                out.add(problem("timetable.feasibility.studentsOverWeeklyLimit", g.getId(), g.getName(), e.getValue(), week.value()));
            }
        }
        int roomCapacityPeriods = t.getRooms().size() * slots;
        if (!t.getRooms().isEmpty() && roomPeriods > roomCapacityPeriods) {
            out.add(problem("timetable.feasibility.notEnoughRooms", "", roomPeriods, roomCapacityPeriods));
        }
        for (LessonRelation r : t.getRelations()) {
            if (r.isHard() && r.getKind() == LessonRelation.Kind.MIN_DAYS_BETWEEN && r.getMinDays() >= days) {
                out.add(problem("timetable.feasibility.minDaysTooLarge", r.getFirst().getId(), r.getFirst().getId(),
                        r.getSecond().getId(), r.getMinDays(), days));
            }
        }
        return out;
    }

    private static int effectiveDays(Limit maxDays, int days) {
        return maxDays != null && maxDays.hard() ? Math.min(days, maxDays.value()) : days;
    }

    private static boolean hasPossibleStart(Lesson l, List<Timeslot> slots) {
        Timeslot keep = l.getTimeslot();
        try {
            for (Timeslot s : slots) {
                l.setTimeslot(s);
                if (!l.runsPastEndOfDay() && !l.crossesLongBreak() && l.hardStartPreferencesViolated() == 0
                        && l.teachersUnavailableCount() == 0 && l.studentsUnavailableCount() == 0 && !l.outsideShift()) {
                    return true;
                }
            }
            return false;
        } finally {
            l.setTimeslot(keep);
        }
    }

    private static FeasibilityProblem problem(String key, String subjectId, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, FeasibilityChecker.class.getClassLoader()).getString(key);
        return new FeasibilityProblem(key, subjectId, List.of(args), new MessageFormat(pattern, Locale.ROOT).format(args));
    }
}
