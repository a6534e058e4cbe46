package kz.digitaledu.timetable.solver.internal.fet;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import kz.digitaledu.timetable.solver.fet.FetError;
import kz.digitaledu.timetable.solver.fet.FetImportException;
import kz.digitaledu.timetable.solver.fet.FetImportResult;
import kz.digitaledu.timetable.solver.model.BellSchedule;
import kz.digitaledu.timetable.solver.model.Building;
import kz.digitaledu.timetable.solver.model.DayIntervalLimit;
import kz.digitaledu.timetable.solver.model.SlotSelectionLimit;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.LessonRelation;
import kz.digitaledu.timetable.solver.model.Limit;
import kz.digitaledu.timetable.solver.model.MinDailyLimit;
import kz.digitaledu.timetable.solver.model.Room;
import kz.digitaledu.timetable.solver.model.RoomPreference;
import kz.digitaledu.timetable.solver.model.StartPreference;
import kz.digitaledu.timetable.solver.model.StudentGroup;
import kz.digitaledu.timetable.solver.model.Subject;
import kz.digitaledu.timetable.solver.model.Teacher;
import kz.digitaledu.timetable.solver.model.Timeslot;
import kz.digitaledu.timetable.solver.model.Timetable;
import kz.digitaledu.timetable.solver.model.TimetableConstraint;
import kz.digitaledu.timetable.solver.model.TimetableConstraintConfiguration;

/**
 * Turns a parsed .fet document into a {@link Timetable}. Collects every error first; builds nothing visible
 * outside this object unless the whole file is valid. One instance per file.
 */
final class FetImporter {

    /** Synthetic bell schedule: FET has no clock times. */
    static final LocalTime FIRST_START = LocalTime.of(8, 0);
    static final int LESSON_MINUTES = 45;
    static final int BREAK_MINUTES = 5;

    private final List<FetError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Integer> mapped = new TreeMap<>();
    private final Map<String, Integer> unmapped = new TreeMap<>();
    private final Map<String, Integer> unmappedHard = new TreeMap<>();

    private final List<String> days = new ArrayList<>();
    private final List<String> hours = new ArrayList<>();
    private List<Timeslot> slots = List.of();
    private final Map<String, Teacher> teachers = new LinkedHashMap<>();
    private final Map<String, Subject> subjects = new LinkedHashMap<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private final Map<String, StudentGroup> students = new LinkedHashMap<>();
    private final Map<String, Building> buildings = new LinkedHashMap<>();
    private final Map<String, Room> rooms = new LinkedHashMap<>();
    private final Map<String, Lesson> lessons = new LinkedHashMap<>();
    private final Map<String, Activity> activities = new LinkedHashMap<>();
    private final Set<String> inactive = new LinkedHashSet<>();
    private final List<LessonRelation> relations = new ArrayList<>();
    private final List<DayIntervalLimit> dayIntervals = new ArrayList<>();
    private final List<SlotSelectionLimit> slotSelections = new ArrayList<>();
    private final Set<Lesson> locked = new LinkedHashSet<>();
    private final Map<Lesson, Room> lockedRooms = new HashMap<>();
    private final List<Runnable> homeRooms = new ArrayList<>();
    private final Set<Lesson> hasOtherRoomPreference = new java.util.HashSet<>();

    /** What the constraints filter on, per activity. */
    record Activity(String id, List<String> teachers, String subject, List<String> students, List<String> tags,
                    int duration, int component) {
    }

    FetImportResult importDocument(XmlNode root, String name) throws FetImportException {
        if (!"fet".equals(root.name)) {
            throw new FetImportException(List.of(new FetError(root.line, "root element must be <fet>, found <" + root.name + ">")));
        }
        String mode = root.childText("Mode");
        if (mode != null && !mode.isEmpty() && !mode.equals("Official") && !mode.equals("Block_Planning") && !mode.equals("Terms")) {
            unmappedHard.merge("Mode " + mode, 1, Integer::sum);
        }
        readDays(root);
        readHours(root);
        if (!days.isEmpty() && !hours.isEmpty()) {
            List<List<BellSchedule.Period>> byDay = new ArrayList<>();
            for (int d = 0; d < days.size(); d++) {
                List<BellSchedule.Period> ps = new ArrayList<>();
                int slot = Math.min(LESSON_MINUTES + BREAK_MINUTES, (24 * 60 - 1) / hours.size());
                int lesson = slot == LESSON_MINUTES + BREAK_MINUTES ? LESSON_MINUTES : Math.max(1, slot - 1);
                LocalTime first = slot * hours.size() <= 16 * 60 ? FIRST_START : LocalTime.MIDNIGHT;
                for (int h = 0; h < hours.size(); h++) {
                    LocalTime start = first.plusMinutes((long) h * slot);
                    ps.add(new BellSchedule.Period(hours.get(h), start, start.plusMinutes(lesson), 1));
                }
                byDay.add(ps);
            }
            slots = BellSchedule.of(days, byDay, 60);
        }
        readNamed(root, "Subjects_List", "Subject", n -> subjects.put(n, new Subject(n, n)), subjects.keySet());
        readNamed(root, "Teachers_List", "Teacher", n -> teachers.put(n, new Teacher(n, n)), teachers.keySet());
        readNamed(root, "Activity_Tags_List", "Activity_Tag", tags::add, tags);
        readStudents(root);
        readBuildingsAndRooms(root);
        readActivities(root);
        XmlNode time = root.child("Time_Constraints_List");
        if (time != null) {
            for (XmlNode c : time.children) {
                constraint(c);
            }
        }
        XmlNode space = root.child("Space_Constraints_List");
        if (space != null) {
            for (XmlNode c : space.children) {
                constraint(c);
            }
        }
        if (!errors.isEmpty()) {
            throw new FetImportException(errors);
        }
        // ---- everything valid: apply home rooms and locks, and build
        homeRooms.forEach(Runnable::run);
        int placed = 0;
        for (Lesson l : lessons.values()) {
            if (l.getTimeslot() != null) {
                placed++;
            }
        }
        for (Lesson l : locked) {
            Room r = lockedRooms.get(l);
            if (r != null || !l.isNeedsRoom()) {
                l.setRoom(r);
                l.setPinned(true);
            }
        }
        int pinned = (int) lessons.values().stream().filter(Lesson::isPinned).count();
        for (StudentGroup g : students.values()) {
            g.propagateToAtoms();
        }
        TimetableConstraintConfiguration cfg = new TimetableConstraintConfiguration();
        // FET has no notion of these school preferences: switch them off so the soft score is FET's
        for (TimetableConstraint c : List.of(TimetableConstraint.SUBJECT_SPREAD, TimetableConstraint.TEACHER_GAPS,
                TimetableConstraint.STUDENTS_GAPS, TimetableConstraint.EARLY_PERIOD, TimetableConstraint.LATE_PERIOD,
                TimetableConstraint.TEACHER_DAY_OFF)) {
            cfg.withWeight(c, HardSoftLongScore.ZERO);
        }
        Timetable t = new Timetable(name, slots, List.copyOf(buildings.values()), List.copyOf(rooms.values()),
                List.copyOf(teachers.values()), List.copyOf(students.values()), List.copyOf(subjects.values()),
                List.copyOf(lessons.values()), relations, cfg).withRules(dayIntervals, slotSelections);
        return new FetImportResult(t, mapped, unmapped, unmappedHard, placed, pinned, warnings);
    }

    // ------------------------------------------------------------------ basic lists

    private void readDays(XmlNode root) {
        readNames(root, "Days_List", "Day", "Number_of_Days", "day", days);
    }

    private void readHours(XmlNode root) {
        readNames(root, "Hours_List", "Hour", "Number_of_Hours", "hour", hours);
    }

    /** Reads a list of uniquely named items (days, hours) into {@code names}, recording every error with its line. */
    private void readNames(XmlNode root, String listTag, String itemTag, String countTag, String noun, java.util.Collection<String> names) {
        XmlNode list = root.child(listTag);
        if (list == null) {
            errors.add(new FetError(root.line, "missing <" + listTag + ">"));
            return;
        }
        for (XmlNode item : list.all(itemTag)) {
            String n = item.childText("Name");
            if (n == null || n.isEmpty()) {
                errors.add(new FetError(item.line, noun + " without a name"));
            } else if (names.contains(n)) {
                errors.add(new FetError(item.line, "duplicate " + noun + " '" + n + "'"));
            } else {
                names.add(n);
            }
        }
        checkCount(list, countTag, names.size());
        if (names.isEmpty()) {
            errors.add(new FetError(list.line, "no " + noun + "s"));
        }
    }

    private void checkCount(XmlNode list, String tag, int actual) {
        XmlNode c = list.child(tag);
        if (c != null) {
            Integer n = integer(c, tag);
            if (n != null && n != actual) {
                errors.add(new FetError(c.line, tag + " is " + n + " but " + actual + " are listed"));
            }
        }
    }

    private void readNamed(XmlNode root, String listTag, String itemTag, java.util.function.Consumer<String> add,
                           java.util.Collection<String> existing) {
        XmlNode list = root.child(listTag);
        if (list == null) {
            return;
        }
        for (XmlNode item : list.all(itemTag)) {
            String n = item.childText("Name");
            if (n == null) {
                errors.add(new FetError(item.line, itemTag + " without a name"));
            } else if (existing.contains(n)) {
                warnings.add("line " + item.line + ": duplicate " + itemTag + " '" + n + "' ignored");
            } else {
                add.accept(n);
            }
        }
    }

    private void readStudents(XmlNode root) {
        XmlNode list = root.child("Students_List");
        if (list == null) {
            return;
        }
        Map<String, Set<String>> parts = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (XmlNode y : list.all("Year")) {
            String yn = studentSet(y, sizes, parts);
            for (XmlNode g : y.all("Group")) {
                String gn = studentSet(g, sizes, parts);
                if (yn != null && gn != null) {
                    parts.get(yn).add(gn);
                }
                for (XmlNode s : g.all("Subgroup")) {
                    String sn = studentSet(s, sizes, parts);
                    if (gn != null && sn != null) {
                        parts.get(gn).add(sn);
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> e : sizes.entrySet()) {
            students.put(e.getKey(), new StudentGroup(e.getKey(), e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, Set<String>> e : parts.entrySet()) {
            StudentGroup g = students.get(e.getKey());
            for (String p : e.getValue()) {
                if (!p.equals(e.getKey())) {
                    g.splitInto(students.get(p));
                }
            }
        }
    }

    private String studentSet(XmlNode n, Map<String, Integer> sizes, Map<String, Set<String>> parts) {
        String name = n.childText("Name");
        if (name == null || name.isEmpty()) {
            errors.add(new FetError(n.line, n.name + " without a name"));
            return null;
        }
        String count = n.childText("Number_of_Students");
        int size = 0;
        if (count != null && !count.isEmpty()) {
            Integer v = integer(n.child("Number_of_Students"), "Number_of_Students");
            size = v == null ? 0 : v;
        }
        sizes.putIfAbsent(name, size);
        parts.putIfAbsent(name, new LinkedHashSet<>());
        return name;
    }

    private void readBuildingsAndRooms(XmlNode root) {
        readNamed(root, "Buildings_List", "Building", n -> buildings.put(n, new Building(n, n)), buildings.keySet());
        XmlNode list = root.child("Rooms_List");
        if (list == null) {
            return;
        }
        for (XmlNode r : list.all("Room")) {
            String n = r.childText("Name");
            if (n == null || n.isEmpty()) {
                errors.add(new FetError(r.line, "room without a name"));
                continue;
            }
            if (rooms.containsKey(n)) {
                warnings.add("line " + r.line + ": duplicate room '" + n + "' ignored");
                continue;
            }
            String b = r.childText("Building");
            Building building = null;
            if (b != null && !b.isEmpty()) {
                building = buildings.get(b);
                if (building == null) {
                    errors.add(new FetError(r.line, "room '" + n + "' is in unknown building '" + b + "'"));
                }
            }
            Integer cap = r.child("Capacity") == null ? Integer.valueOf(0) : integer(r.child("Capacity"), "Capacity");
            if ("true".equals(r.childText("Virtual"))) {
                warnings.add("virtual room '" + n + "' is treated as one real room");
            }
            rooms.put(n, new Room(n, n, building, null, cap == null ? 0 : cap));
        }
    }

    private void readActivities(XmlNode root) {
        XmlNode list = root.child("Activities_List");
        if (list == null) {
            errors.add(new FetError(root.line, "missing <Activities_List>"));
            return;
        }
        Map<String, Integer> componentCounter = new HashMap<>();
        for (XmlNode a : list.all("Activity")) {
            String id = a.childText("Id");
            if (id == null || id.isEmpty()) {
                errors.add(new FetError(a.line, "activity without <Id>"));
                continue;
            }
            if (activities.containsKey(id) || inactive.contains(id)) {
                errors.add(new FetError(a.line, "duplicate activity id " + id));
                continue;
            }
            if ("false".equals(a.childText("Active"))) {
                inactive.add(id);
                continue;
            }
            XmlNode durNode = a.child("Duration");
            Integer duration = durNode == null ? null : integer(durNode, "Duration");
            if (durNode == null) {
                errors.add(new FetError(a.line, "activity " + id + " has no <Duration>"));
            }
            if (duration != null && (duration < 1 || duration > hours.size())) {
                errors.add(new FetError(durNode.line, "activity " + id + " has duration " + duration
                        + ", the day has " + hours.size() + " hours"));
                duration = null;
            }
            List<Teacher> ts = new ArrayList<>();
            List<String> tnames = new ArrayList<>();
            for (XmlNode t : a.all("Teacher")) {
                Teacher teacher = teachers.get(t.text());
                if (teacher == null) {
                    errors.add(new FetError(t.line, "activity " + id + ": unknown teacher '" + t.text() + "'"));
                } else if (!ts.contains(teacher)) {
                    ts.add(teacher);
                    tnames.add(t.text());
                }
            }
            List<StudentGroup> gs = new ArrayList<>();
            List<String> gnames = new ArrayList<>();
            for (XmlNode s : a.all("Students")) {
                StudentGroup g = students.get(s.text());
                if (g == null) {
                    errors.add(new FetError(s.line, "activity " + id + ": unknown students set '" + s.text() + "'"));
                } else if (!gs.contains(g)) {
                    gs.add(g);
                    gnames.add(s.text());
                }
            }
            String subjectName = a.childText("Subject");
            Subject subject = subjectName == null ? null : subjects.get(subjectName);
            if (subjectName != null && subject == null) {
                errors.add(new FetError(a.child("Subject").line, "activity " + id + ": unknown subject '" + subjectName + "'"));
            }
            List<String> tagNames = new ArrayList<>();
            for (XmlNode t : a.all("Activity_Tag")) {
                if (!tags.contains(t.text())) {
                    errors.add(new FetError(t.line, "activity " + id + ": unknown activity tag '" + t.text() + "'"));
                }
                tagNames.add(t.text());
            }
            String group = a.childText("Activity_Group_Id");
            int component = 1;
            if (group != null && !group.isEmpty() && !group.equals("0")) {
                component = componentCounter.merge(group, 1, Integer::sum);
            }
            if (duration == null) {
                continue;
            }
            Lesson lesson = new Lesson(id, subject, ts, gs, duration).withoutRoom();
            lessons.put(id, lesson);
            activities.put(id, new Activity(id, tnames, subjectName, gnames, tagNames, duration, component));
        }
    }

    // ------------------------------------------------------------------ constraints

    private boolean active(XmlNode c) {
        return !"false".equals(c.childText("Active"));
    }

    private double weight(XmlNode c) {
        XmlNode w = c.child("Weight_Percentage");
        if (w == null) {
            return 100;
        }
        try {
            double v = Double.parseDouble(w.text().trim());
            if (v < 0 || v > 100) {
                errors.add(new FetError(w.line, "weight must be 0..100: " + w.text()));
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(new FetError(w.line, "weight is not a number: '" + w.text() + "'"));
            return 100;
        }
    }

    private static int softWeight(double w) {
        return (int) Math.max(1, Math.round(w));
    }

    private void ignore(XmlNode c, double w) {
        unmapped.merge(c.name, 1, Integer::sum);
        if (w >= 100) {
            unmappedHard.merge(c.name, 1, Integer::sum);
        }
    }

    /** Maps one constraint of either list (FET files put some types, e.g. building changes, in the other list). */
    private void constraint(XmlNode c) {
        if (!active(c)) {
            return;
        }
        double w = weight(c);
        if (w <= 0) {
            return;
        }
        boolean hard = w >= 100;
        if (timeConstraint(c, w, hard) || spaceConstraint(c, w, hard)) {
            mapped.merge(c.name, 1, Integer::sum);
        } else {
            ignore(c, w);
        }
    }

    private boolean timeConstraint(XmlNode c, double w, boolean hard) {
        boolean ok = true;
        switch (c.name) {
            case "ConstraintBasicCompulsoryTime" -> { }
            case "ConstraintBreakTimes" -> {
                if (!hard) {
                    ok = false;
                    break;
                }
                Set<Integer> breaks = slotSet(c, "Break_Time", "Day", "Hour");
                breaks.forEach(i -> slots.get(i).markBreak());
                for (Lesson l : lessons.values()) {
                    l.withStartPreference(new StartPreference(startsAvoiding(l.getDuration(), breaks), true, 1));
                }
            }
            case "ConstraintTeacherNotAvailableTimes" -> {
                Teacher t = teacher(c, "Teacher");
                Set<Integer> s = slotSet(c, "Not_Available_Time", "Day", "Hour");
                if (!hard) {
                    ok = false;
                } else if (t != null) {
                    s.forEach(t::unavailableAt);
                }
            }
            case "ConstraintStudentsSetNotAvailableTimes" -> {
                StudentGroup g = studentSet(c, "Students");
                Set<Integer> s = slotSet(c, "Not_Available_Time", "Day", "Hour");
                if (!hard) {
                    ok = false;
                } else if (g != null) {
                    s.forEach(g::unavailableAt);
                }
            }
            case "ConstraintRoomNotAvailableTimes" -> {
                Room r = room(c, c.child("Room"));
                Set<Integer> s = slotSet(c, "Not_Available_Time", "Day", "Hour");
                if (!hard) {
                    ok = false;
                } else if (r != null) {
                    s.forEach(r::unavailableAt);
                }
            }
            case "ConstraintActivityPreferredStartingTime" -> {
                Lesson l = lesson(c, c.child("Activity_Id"));
                Set<Integer> s = daysHours(c, c.childText("Preferred_Day"), c.childText("Preferred_Hour"));
                if (l != null && s != null) {
                    l.withStartPreference(new StartPreference(s, hard, softWeight(w)));
                    if (hard && s.size() == 1) {
                        l.setTimeslot(slots.get(s.iterator().next()));
                        // a 100% single start (locked or permanently locked in FET's words) fixes the time
                        locked.add(l);
                    }
                }
            }
            case "ConstraintActivityPreferredStartingTimes" -> {
                Lesson l = lesson(c, c.child("Activity_Id"));
                Set<Integer> s = slotSet(c, "Preferred_Starting_Time", "Preferred_Starting_Day", "Preferred_Starting_Hour");
                if (l != null) {
                    l.withStartPreference(new StartPreference(s, hard, softWeight(w)));
                }
            }
            case "ConstraintActivityPreferredTimeSlots" -> {
                Lesson l = lesson(c, c.child("Activity_Id"));
                Set<Integer> s = slotSet(c, "Preferred_Time_Slot", "Preferred_Day", "Preferred_Hour");
                if (l != null) {
                    l.withStartPreference(new StartPreference(startsWithin(l.getDuration(), s), hard, softWeight(w)));
                }
            }
            case "ConstraintActivitiesPreferredStartingTimes", "ConstraintSubactivitiesPreferredStartingTimes" -> {
                Set<Integer> s = slotSet(c, "Preferred_Starting_Time", "Preferred_Starting_Day", "Preferred_Starting_Hour");
                for (Lesson l : filtered(c)) {
                    l.withStartPreference(new StartPreference(s, hard, softWeight(w)));
                }
            }
            case "ConstraintActivitiesPreferredTimeSlots", "ConstraintSubactivitiesPreferredTimeSlots" -> {
                Set<Integer> s = slotSet(c, "Preferred_Time_Slot", "Preferred_Day", "Preferred_Hour");
                for (Lesson l : filtered(c)) {
                    l.withStartPreference(new StartPreference(startsWithin(l.getDuration(), s), hard, softWeight(w)));
                }
            }
            case "ConstraintMinDaysBetweenActivities" -> {
                List<Lesson> ls = lessonList(c);
                Integer min = integer(c.child("MinDays"), "MinDays");
                if (min != null && min > 0) {
                    for (int i = 0; i < ls.size(); i++) {
                        for (int j = i + 1; j < ls.size(); j++) {
                            relations.add(LessonRelation.minDaysBetween(ls.get(i), ls.get(j), min, hard, softWeight(w)));
                        }
                    }
                }
            }
            case "ConstraintActivitiesSameStartingTime" -> chain(c, LessonRelation.Kind.SAME_START, hard, w);
            case "ConstraintActivitiesSameStartingDay" -> chain(c, LessonRelation.Kind.SAME_DAY, hard, w);
            case "ConstraintActivitiesNotOverlapping" -> {
                List<Lesson> ls = lessonList(c);
                for (int i = 0; i < ls.size(); i++) {
                    for (int j = i + 1; j < ls.size(); j++) {
                        relations.add(LessonRelation.notOverlapping(ls.get(i), ls.get(j), hard, softWeight(w)));
                    }
                }
            }
            case "ConstraintTwoActivitiesConsecutive", "ConstraintTwoActivitiesGrouped" -> {
                Lesson a = lesson(c, c.child("First_Activity_Id"));
                Lesson b = lesson(c, c.child("Second_Activity_Id"));
                if (a != null && b != null) {
                    relations.add(LessonRelation.of(c.name.endsWith("Consecutive") ? LessonRelation.Kind.CONSECUTIVE
                            : LessonRelation.Kind.GROUPED, a, b, hard, softWeight(w)));
                }
            }
            case "ConstraintTeacherMaxHoursDaily", "ConstraintTeachersMaxHoursDaily" ->
                    forTeachers(c, "Teacher_Name", limit(c, "Maximum_Hours_Daily", hard, w),
                            (t, l) -> t.withMaxLessonsPerDay(Limit.stricter(t.getMaxLessonsPerDay(), l)));
            case "ConstraintTeacherMaxDaysPerWeek", "ConstraintTeachersMaxDaysPerWeek" ->
                    forTeachers(c, "Teacher_Name", limit(c, "Max_Days_Per_Week", hard, w),
                            (t, l) -> t.withMaxDaysPerWeek(Limit.stricter(t.getMaxDaysPerWeek(), l)));
            case "ConstraintTeacherMaxGapsPerWeek", "ConstraintTeachersMaxGapsPerWeek" ->
                    forTeachers(c, "Teacher_Name", limit(c, "Max_Gaps", hard, w),
                            (t, l) -> t.withMaxGapsPerWeek(Limit.stricter(t.getMaxGapsPerWeek(), l)));
            case "ConstraintTeacherMaxGapsPerDay", "ConstraintTeachersMaxGapsPerDay" ->
                    forTeachers(c, "Teacher_Name", limit(c, "Max_Gaps", hard, w),
                            (t, l) -> t.withMaxGapsPerDay(Limit.stricter(t.getMaxGapsPerDay(), l)));
            case "ConstraintTeacherMaxBuildingChangesPerWeek", "ConstraintTeachersMaxBuildingChangesPerWeek" ->
                    forTeachers(c, "Teacher", limit(c, "Max_Building_Changes_Per_Week", hard, w),
                            (t, l) -> t.withMaxBuildingChangesPerWeek(Limit.stricter(t.getMaxBuildingChangesPerWeek(), l)));
            case "ConstraintTeacherMaxHoursContinuously", "ConstraintTeachersMaxHoursContinuously" ->
                    forTeachers(c, "Teacher_Name", limit(c, "Maximum_Hours_Continuously", hard, w),
                            (t, l) -> t.withMaxContinuous(Limit.stricter(t.getMaxContinuous(), l)));
            case "ConstraintStudentsMaxHoursContinuously", "ConstraintStudentsSetMaxHoursContinuously" -> {
                Limit l = limit(c, "Maximum_Hours_Continuously", hard, w);
                if (l != null) {
                    forAtoms(c, a -> a.withMaxContinuous(Limit.stricter(a.getMaxContinuous(), l)));
                }
            }
            case "ConstraintTeacherMinHoursDaily", "ConstraintTeachersMinHoursDaily" -> {
                Integer v = integer(c.child("Minimum_Hours_Daily"), "Minimum_Hours_Daily");
                boolean allowEmpty = "true".equals(c.childText("Allow_Empty_Days"));
                if (v != null) {
                    MinDailyLimit m = new MinDailyLimit(v, hard, softWeight(w), allowEmpty, days.size());
                    forTeachers(c, "Teacher_Name", Limit.hard(0), (t, l) -> t.withMinLessonsPerDay(stricterMin(t.getMinLessonsPerDay(), m)));
                }
            }
            case "ConstraintStudentsMinHoursDaily", "ConstraintStudentsSetMinHoursDaily" -> {
                Integer v = integer(c.child("Minimum_Hours_Daily"), "Minimum_Hours_Daily");
                boolean allowEmpty = "true".equals(c.childText("Allow_Empty_Days"));
                if (v != null) {
                    MinDailyLimit m = new MinDailyLimit(v, hard, softWeight(w), allowEmpty, days.size());
                    forAtoms(c, a -> a.withMinLessonsPerDay(stricterMin(a.getMinLessonsPerDay(), m)));
                }
            }
            case "ConstraintStudentsMaxHoursDaily", "ConstraintStudentsSetMaxHoursDaily" -> {
                Limit l = limit(c, "Maximum_Hours_Daily", hard, w);
                if (l != null) {
                    forAtoms(c, a -> a.withMaxLessonsPerDay(Limit.stricter(a.getMaxLessonsPerDay(), l)));
                }
            }
            case "ConstraintStudentsMaxGapsPerWeek", "ConstraintStudentsSetMaxGapsPerWeek" -> {
                Limit l = limit(c, "Max_Gaps", hard, w);
                if (l != null) {
                    forAtoms(c, a -> a.withMaxGapsPerWeek(Limit.stricter(a.getMaxGapsPerWeek(), l)));
                }
            }
            case "ConstraintStudentsEarlyMaxBeginningsAtSecondHour", "ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour" -> {
                Limit l = limit(c, "Max_Beginnings_At_Second_Hour", hard, w);
                if (l != null) {
                    forAtoms(c, a -> a.withEarlyMaxBeginningsAtSecondPeriod(
                            Limit.stricter(a.getEarlyMaxBeginningsAtSecondPeriod(), l)));
                }
            }
            case "ConstraintActivityEndsStudentsDay" -> {
                Lesson l = lesson(c, c.child("Activity_Id"));
                if (l != null) {
                    l.endingStudentsDay(hard, softWeight(w));
                }
            }
            case "ConstraintActivitiesEndStudentsDay" -> filtered(c).forEach(l -> l.endingStudentsDay(hard, softWeight(w)));
            case "ConstraintMinGapsBetweenActivities" -> {
                List<Lesson> ls = lessonList(c);
                Integer gaps = integer(c.child("MinGaps"), "MinGaps");
                if (gaps != null && gaps > 0) {
                    for (int i = 0; i < ls.size(); i++) {
                        for (int j = i + 1; j < ls.size(); j++) {
                            relations.add(LessonRelation.minGaps(ls.get(i), ls.get(j), gaps, hard, softWeight(w)));
                        }
                    }
                }
            }
            case "ConstraintTeacherMinDaysPerWeek", "ConstraintTeachersMinDaysPerWeek" ->
                    forTeachers(c, "Teacher_Name", limit(c, "Minimum_Days_Per_Week", hard, w),
                            (t, l) -> t.withMinDaysPerWeek(Limit.stricterMinimum(t.getMinDaysPerWeek(), l)));
            case "ConstraintTeacherIntervalMaxDaysPerWeek", "ConstraintTeachersIntervalMaxDaysPerWeek" -> {
                int[] interval = interval(c);
                if (interval != null) {
                    forTeachers(c, "Teacher_Name", limit(c, "Max_Days_Per_Week", hard, w),
                            (t, l) -> dayIntervals.add(new DayIntervalLimit(t, null, interval[0], interval[1], l)));
                }
            }
            case "ConstraintStudentsSetIntervalMaxDaysPerWeek", "ConstraintStudentsIntervalMaxDaysPerWeek" -> {
                int[] interval = interval(c);
                Limit l = limit(c, "Max_Days_Per_Week", hard, w);
                if (interval != null && l != null) {
                    forAtoms(c, a -> dayIntervals.add(new DayIntervalLimit(null, a, interval[0], interval[1], l)));
                }
            }
            case "ConstraintActivitiesOccupyMaxTimeSlotsFromSelection" -> {
                Set<Integer> chosen = slotSet(c, "Selected_Time_Slot", "Selected_Day", "Selected_Hour");
                Limit l = limit(c, "Max_Number_of_Occupied_Time_Slots", hard, w);
                if (l != null) {
                    Set<String> ids = new LinkedHashSet<>();
                    lessonList(c).forEach(x -> ids.add(x.getId()));
                    slotSelections.add(new SlotSelectionLimit("selection-" + (slotSelections.size() + 1), ids, chosen, l));
                }
            }
            default -> ok = false;
        }
        return ok;
    }

    /** An interval's first period and the period after its last; an empty end hour is the end of the day. */
    private int[] interval(XmlNode c) {
        String from = c.childText("Interval_Start_Hour");
        String to = blankToNull(c.childText("Interval_End_Hour"));
        int start = from == null ? -1 : hours.indexOf(from);
        int end = to == null ? hours.size() : hours.indexOf(to);
        if (start < 0 || end < 0) {
            errors.add(new FetError(lineOf(c, start < 0 ? "Interval_Start_Hour" : "Interval_End_Hour").line,
                    c.name + ": unknown hour '" + (start < 0 ? from : to) + "'"));
            return null;
        }
        if (end <= start) {
            errors.add(new FetError(lineOf(c, "Interval_End_Hour").line, c.name + ": the interval ends before it starts"));
            return null;
        }
        return new int[] {start, end};
    }

    private boolean spaceConstraint(XmlNode c, double w, boolean hard) {
        boolean ok = true;
        switch (c.name) {
            case "ConstraintBasicCompulsorySpace" -> { }
            case "ConstraintRoomNotAvailableTimes" -> {
                Room r = room(c, c.child("Room"));
                Set<Integer> s = slotSet(c, "Not_Available_Time", "Day", "Hour");
                if (!hard) {
                    ok = false;
                } else if (r != null) {
                    s.forEach(r::unavailableAt);
                }
            }
            case "ConstraintActivityPreferredRoom" -> {
                Lesson l = lesson(c, c.child("Activity_Id"));
                Room r = room(c, c.child("Room"));
                if (l != null && r != null) {
                    hasOtherRoomPreference.add(l);
                    l.withRoomPreference(new RoomPreference(Set.of(r), hard, softWeight(w)));
                    if (hard) {
                        l.setRoom(r);
                        lockedRooms.put(l, r);
                    }
                }
            }
            case "ConstraintActivityPreferredRooms" -> {
                Lesson l = lesson(c, c.child("Activity_Id"));
                Set<Room> rs = roomSet(c);
                if (l != null && !rs.isEmpty()) {
                    hasOtherRoomPreference.add(l);
                    l.withRoomPreference(new RoomPreference(rs, hard, softWeight(w)));
                }
            }
            case "ConstraintSubjectPreferredRoom", "ConstraintSubjectPreferredRooms",
                 "ConstraintActivityTagPreferredRoom", "ConstraintActivityTagPreferredRooms",
                 "ConstraintSubjectActivityTagPreferredRoom", "ConstraintSubjectActivityTagPreferredRooms",
                 "ConstraintStudentsSetHomeRoom", "ConstraintStudentsSetHomeRooms",
                 "ConstraintTeacherHomeRoom", "ConstraintTeacherHomeRooms" -> {
                Set<Room> rs = c.child("Room") != null ? roomSingle(c) : roomSet(c);
                String subject = c.childText("Subject");
                String tag = c.childText("Activity_Tag");
                String studentsSet = c.childText("Students");
                String teacherName = c.childText("Teacher");
                if (subject != null && !subjects.containsKey(subject)) {
                    errors.add(new FetError(c.line, c.name + ": unknown subject '" + subject + "'"));
                }
                if (studentsSet != null && !students.containsKey(studentsSet)) {
                    errors.add(new FetError(c.line, c.name + ": unknown students set '" + studentsSet + "'"));
                }
                if (teacherName != null && !teachers.containsKey(teacherName)) {
                    errors.add(new FetError(c.line, c.name + ": unknown teacher '" + teacherName + "'"));
                }
                if (rs.isEmpty()) {
                    break;
                }
                for (Activity a : activities.values()) {
                    if (subject != null && !subject.equals(a.subject())) {
                        continue;
                    }
                    if (tag != null && !a.tags().contains(tag)) {
                        continue;
                    }
                    // home rooms: the activities of exactly this students set / this one teacher
                    if (studentsSet != null && !a.students().equals(List.of(studentsSet))) {
                        continue;
                    }
                    if (teacherName != null && !a.teachers().equals(List.of(teacherName))) {
                        continue;
                    }
                    Lesson l = lessons.get(a.id());
                    RoomPreference pref = new RoomPreference(rs, hard, softWeight(w));
                    if (c.name.contains("HomeRoom")) {
                        // FET: home rooms apply only to activities without other preferred-room constraints
                        homeRooms.add(() -> {
                            if (!hasOtherRoomPreference.contains(l)) {
                                l.withRoomPreference(pref);
                            }
                        });
                    } else {
                        hasOtherRoomPreference.add(l);
                        l.withRoomPreference(pref);
                    }
                }
            }
            default -> ok = false;
        }
        return ok;
    }

    // ------------------------------------------------------------------ helpers

    private static MinDailyLimit stricterMin(MinDailyLimit a, MinDailyLimit b) {
        if (a == null) {
            return b;
        }
        if (a.hard() != b.hard()) {
            return a.hard() ? a : b;
        }
        return a.value() >= b.value() ? a : b;
    }

    private Limit limit(XmlNode c, String tag, boolean hard, double w) {
        Integer v = integer(c.child(tag), tag);
        if (v == null) {
            return null;
        }
        if (v < 0) {
            errors.add(new FetError(c.child(tag).line, tag + " must be >= 0"));
            return null;
        }
        return hard ? Limit.hard(v) : Limit.soft(v, softWeight(w));
    }

    private void forTeachers(XmlNode c, String nameTag, Limit l, java.util.function.BiConsumer<Teacher, Limit> apply) {
        if (l == null) {
            return;
        }
        XmlNode n = c.child(nameTag);
        if (n == null) {
            teachers.values().forEach(t -> apply.accept(t, l));
        } else {
            Teacher t = teacher(c, nameTag);
            if (t != null) {
                apply.accept(t, l);
            }
        }
    }

    private void forAtoms(XmlNode c, java.util.function.Consumer<StudentGroup> apply) {
        Set<StudentGroup> atoms = new LinkedHashSet<>();
        if (c.child("Students") == null) {
            for (StudentGroup g : students.values()) {
                atoms.addAll(g.atoms());
            }
        } else {
            StudentGroup g = studentSet(c, "Students");
            if (g != null) {
                atoms.addAll(g.atoms());
            }
        }
        atoms.forEach(apply);
    }

    private Integer integer(XmlNode n, String what) {
        if (n == null) {
            return null;
        }
        try {
            return Integer.parseInt(n.text().trim());
        } catch (NumberFormatException e) {
            errors.add(new FetError(n.line, what + " is not a whole number: '" + n.text() + "'"));
            return null;
        }
    }

    private Teacher teacher(XmlNode c, String tag) {
        XmlNode n = c.child(tag);
        if (n == null) {
            errors.add(new FetError(c.line, c.name + ": missing <" + tag + ">"));
            return null;
        }
        Teacher t = teachers.get(n.text());
        if (t == null) {
            errors.add(new FetError(n.line, c.name + ": unknown teacher '" + n.text() + "'"));
        }
        return t;
    }

    private StudentGroup studentSet(XmlNode c, String tag) {
        XmlNode n = c.child(tag);
        if (n == null) {
            errors.add(new FetError(c.line, c.name + ": missing <" + tag + ">"));
            return null;
        }
        StudentGroup g = students.get(n.text());
        if (g == null) {
            errors.add(new FetError(n.line, c.name + ": unknown students set '" + n.text() + "'"));
        }
        return g;
    }

    private Room room(XmlNode c, XmlNode n) {
        if (n == null) {
            errors.add(new FetError(c.line, c.name + ": missing room"));
            return null;
        }
        Room r = rooms.get(n.text());
        if (r == null) {
            errors.add(new FetError(n.line, c.name + ": unknown room '" + n.text() + "'"));
        }
        return r;
    }

    private Set<Room> roomSingle(XmlNode c) {
        Room r = room(c, c.child("Room"));
        return r == null ? Set.of() : Set.of(r);
    }

    private Set<Room> roomSet(XmlNode c) {
        Set<Room> out = new LinkedHashSet<>();
        for (XmlNode n : c.all("Preferred_Room")) {
            Room r = room(c, n);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private Lesson lesson(XmlNode c, XmlNode idNode) {
        if (idNode == null) {
            errors.add(new FetError(c.line, c.name + ": missing activity id"));
            return null;
        }
        Lesson l = lessons.get(idNode.text());
        if (l == null && !inactive.contains(idNode.text())) {
            // inactive activities are skipped silently; unknown ids are errors
            errors.add(new FetError(idNode.line, c.name + ": unknown activity id " + idNode.text()));
        }
        return l;
    }

    private List<Lesson> lessonList(XmlNode c) {
        List<Lesson> out = new ArrayList<>();
        for (XmlNode n : c.all("Activity_Id")) {
            Lesson l = lessons.get(n.text());
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    private void chain(XmlNode c, LessonRelation.Kind kind, boolean hard, double w) {
        List<Lesson> ls = lessonList(c);
        for (int i = 1; i < ls.size(); i++) {
            relations.add(LessonRelation.of(kind, ls.get(0), ls.get(i), hard, softWeight(w)));
        }
    }

    /** Activities selected by teacher, students, subject, tag, duration and (for sub-activities) component number. */
    private List<Lesson> filtered(XmlNode c) {
        String teacher = blankToNull(c.childText("Teacher_Name"));
        String studentsName = blankToNull(c.childText("Students_Name"));
        String subject = blankToNull(c.childText("Subject_Name"));
        String tag = blankToNull(c.childText("Activity_Tag_Name"));
        String duration = blankToNull(c.childText("Duration"));
        String component = blankToNull(c.childText("Component_Number"));
        List<Lesson> out = new ArrayList<>();
        for (Activity a : activities.values()) {
            if ((teacher == null || a.teachers().contains(teacher))
                    && (studentsName == null || a.students().contains(studentsName))
                    && (subject == null || subject.equals(a.subject()))
                    && (tag == null || a.tags().contains(tag))
                    && (duration == null || duration.equals(String.valueOf(a.duration())))
                    && (component == null || component.equals(String.valueOf(a.component())))) {
                out.add(lessons.get(a.id()));
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private Set<Integer> slotSet(XmlNode c, String itemTag, String dayTag, String hourTag) {
        Set<Integer> out = new LinkedHashSet<>();
        for (XmlNode n : c.all(itemTag)) {
            Integer s = slot(lineOf(n, dayTag), lineOf(n, hourTag), n.childText(dayTag), n.childText(hourTag));
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static XmlNode lineOf(XmlNode n, String tag) {
        XmlNode c = n.child(tag);
        return c == null ? n : c;
    }

    private Integer slot(XmlNode dayAt, XmlNode hourAt, String day, String hour) {
        int d = days.indexOf(day);
        int h = hours.indexOf(hour);
        if (d < 0) {
            errors.add(new FetError(dayAt.line, "unknown day '" + day + "'"));
        }
        if (h < 0) {
            errors.add(new FetError(hourAt.line, "unknown hour '" + hour + "'"));
        }
        return d < 0 || h < 0 ? null : d * hours.size() + h;
    }

    /** Slots matching a day and/or an hour (either may be missing). */
    private Set<Integer> daysHours(XmlNode c, String day, String hour) {
        day = blankToNull(day);
        hour = blankToNull(hour);
        if (day != null && hour != null) {
            Integer s = slot(lineOf(c, "Preferred_Day"), lineOf(c, "Preferred_Hour"), day, hour);
            return s == null ? null : Set.of(s);
        }
        Set<Integer> out = new LinkedHashSet<>();
        int d = day == null ? -1 : days.indexOf(day);
        int h = hour == null ? -1 : hours.indexOf(hour);
        if ((day != null && d < 0) || (hour != null && h < 0)) {
            errors.add(new FetError(lineOf(c, day != null && d < 0 ? "Preferred_Day" : "Preferred_Hour").line, "unknown day or hour"));
            return null;
        }
        for (int i = 0; i < days.size(); i++) {
            for (int j = 0; j < hours.size(); j++) {
                if ((d < 0 || d == i) && (h < 0 || h == j)) {
                    out.add(i * hours.size() + j);
                }
            }
        }
        return out;
    }

    /** Start slots from which all {@code duration} periods (same day) lie in {@code allowed}. */
    private Set<Integer> startsWithin(int duration, Set<Integer> allowed) {
        Set<Integer> out = new LinkedHashSet<>();
        int perDay = hours.size();
        for (int s : allowed) {
            int h = s % perDay;
            if (h + duration > perDay) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < duration; k++) {
                if (!allowed.contains(s + k)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                out.add(s);
            }
        }
        return out;
    }

    /** Start slots from which no occupied period is in {@code forbidden}. */
    private Set<Integer> startsAvoiding(int duration, Set<Integer> forbidden) {
        Set<Integer> allowed = new LinkedHashSet<>();
        for (int i = 0; i < slots.size(); i++) {
            if (!forbidden.contains(i)) {
                allowed.add(i);
            }
        }
        return startsWithin(duration, allowed);
    }
}
