package kz.digitaledu.timetable.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.digitaledu.platform.api.EduException.FieldError;
import kz.digitaledu.platform.api.report.SpreadsheetReader;

/**
 * A school's timetable data from the workbook of the downloadable template, written as a FET file (the form every
 * timetable is kept in). Five sheets, read by position, the first row of each a header:
 * <ol>
 * <li>Week: day name, number of periods that day</li>
 * <li>Rooms: name, building, type (free text such as "gym", "lab"), capacity</li>
 * <li>Teachers: name, at most lessons a day, at most gaps a week, not available ("Mon 1-3; Fri")</li>
 * <li>Classes: class, number of students, groups it splits into for some subjects ("7A en, 7A de")</li>
 * <li>Curriculum: classes or groups (comma-separated; several for a joint lesson), subject, teachers, hours a week,
 * lesson length (1, or 2 for double lessons), room type, spread over the week ("yes" by default)</li>
 * <li>Bells (optional): period, start, end ("08:30", "09:15"); the periods are then named by their times, which
 * calendars need</li>
 * </ol>
 * The whole workbook is checked first; every problem is reported with its sheet, row and column.
 */
final class WorkbookTimetable {
    static final int MAX_ROWS = 5000;
    static final String[] SHEETS = {"week", "rooms", "teachers", "classes", "curriculum", "bells"};
    /** The sheets every workbook has; the sixth, the bells, may be left out (the periods then have no clock times). */
    static final int REQUIRED_SHEETS = 5;

    private final List<FieldError> errors = new ArrayList<>();

    private WorkbookTimetable() {
    }

    /** The FET file, or the problems found (then nothing is to be stored). */
    record Result(String fet, List<FieldError> errors, int lessons) {
    }

    private void error(String sheet, int row, String column, String key, Object... args) {
        if (errors.size() < 500) {
            errors.add(new FieldError(sheet + "!" + row + "!" + column, key, List.of(args)));
        }
    }

    private record Room(String name, String building, String type, int capacity) {
    }

    private record Teacher(String name, Integer maxDaily, Integer maxGaps, Map<Integer, Set<Integer>> unavailable) {
    }

    private record Klass(String name, int students, List<String> groups) {
    }

    private record Line(int row, List<String> sets, String subject, List<String> teachers, int hours, int length, String roomType,
                        boolean spread) {
    }

    static Result read(List<SpreadsheetReader.Sheet> sheets) {
        return new WorkbookTimetable().convert(sheets);
    }

    private static List<SpreadsheetReader.Row> data(List<SpreadsheetReader.Sheet> sheets, int i) {
        if (i >= sheets.size()) {
            return List.of();
        }
        List<SpreadsheetReader.Row> rows = sheets.get(i).rows();
        return rows.isEmpty() ? rows : rows.subList(1, rows.size());
    }

    /** A whole number ("3", or "3.0" as spreadsheets store numbers), else null. */
    static Integer integer(String cell) {
        String s = cell.strip();
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split("[,;]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private Result convert(List<SpreadsheetReader.Sheet> sheets) {
        if (sheets.size() < REQUIRED_SHEETS) {
            error("file", 0, "sheets", "timetable.workbook.sheets", String.valueOf(REQUIRED_SHEETS));
            return new Result(null, errors, 0);
        }
        // week
        List<String> days = new ArrayList<>();
        List<Integer> periods = new ArrayList<>();
        for (SpreadsheetReader.Row r : data(sheets, 0)) {
            String day = r.cell(0);
            Integer n = integer(r.cell(1));
            if (day.isEmpty() || day.length() > 40) {
                error(SHEETS[0], r.number(), "day", "timetable.workbook.name");
            } else if (days.stream().anyMatch(d -> d.equalsIgnoreCase(day))) {
                error(SHEETS[0], r.number(), "day", "timetable.workbook.duplicate", day);
            }
            if (n == null || n < 1 || n > 16) {
                error(SHEETS[0], r.number(), "periods", "timetable.workbook.range", "1", "16");
            }
            days.add(day);
            periods.add(n == null ? 0 : n);
        }
        if (days.isEmpty() || days.size() > 7) {
            error(SHEETS[0], 2, "day", "timetable.workbook.days");
        }
        int hours = periods.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> hourNames = bells(sheets, hours);

        // rooms
        Map<String, Room> rooms = new LinkedHashMap<>();
        for (SpreadsheetReader.Row r : data(sheets, 1)) {
            String name = r.cell(0);
            Integer capacity = r.cell(3).isEmpty() ? Integer.valueOf(0) : integer(r.cell(3));
            if (name.isEmpty() || name.length() > 100) {
                error(SHEETS[1], r.number(), "room", "timetable.workbook.name");
            } else if (rooms.containsKey(name)) {
                error(SHEETS[1], r.number(), "room", "timetable.workbook.duplicate", name);
            }
            if (capacity == null || capacity < 0 || capacity > 10000) {
                error(SHEETS[1], r.number(), "capacity", "timetable.workbook.range", "0", "10000");
            }
            rooms.putIfAbsent(name, new Room(name, r.cell(1), r.cell(2).toLowerCase(Locale.ROOT), capacity == null ? 0 : capacity));
        }
        if (rooms.isEmpty()) {
            error(SHEETS[1], 2, "room", "timetable.workbook.none");
        }

        // teachers
        Map<String, Teacher> teachers = new LinkedHashMap<>();
        for (SpreadsheetReader.Row r : data(sheets, 2)) {
            String name = r.cell(0);
            Integer maxDaily = r.cell(1).isEmpty() ? null : integer(r.cell(1));
            Integer maxGaps = r.cell(2).isEmpty() ? null : integer(r.cell(2));
            if (name.isEmpty() || name.length() > 200) {
                error(SHEETS[2], r.number(), "teacher", "timetable.workbook.name");
            } else if (teachers.containsKey(name)) {
                error(SHEETS[2], r.number(), "teacher", "timetable.workbook.duplicate", name);
            }
            if (!r.cell(1).isEmpty() && (maxDaily == null || maxDaily < 1 || maxDaily > 16)) {
                error(SHEETS[2], r.number(), "maxDaily", "timetable.workbook.range", "1", "16");
            }
            if (!r.cell(2).isEmpty() && (maxGaps == null || maxGaps < 0 || maxGaps > 50)) {
                error(SHEETS[2], r.number(), "maxGaps", "timetable.workbook.range", "0", "50");
            }
            Map<Integer, Set<Integer>> unavailable = times(r.cell(3), days, hours, r.number());
            teachers.putIfAbsent(name, new Teacher(name, maxDaily, maxGaps, unavailable));
        }

        // classes
        Map<String, Klass> classes = new LinkedHashMap<>();
        Map<String, String> groupOf = new LinkedHashMap<>();
        for (SpreadsheetReader.Row r : data(sheets, 3)) {
            String name = r.cell(0);
            Integer students = r.cell(1).isEmpty() ? Integer.valueOf(25) : integer(r.cell(1));
            if (name.isEmpty() || name.length() > 100) {
                error(SHEETS[3], r.number(), "class", "timetable.workbook.name");
            } else if (classes.containsKey(name) || groupOf.containsKey(name)) {
                error(SHEETS[3], r.number(), "class", "timetable.workbook.duplicate", name);
            }
            if (students == null || students < 1 || students > 1000) {
                error(SHEETS[3], r.number(), "students", "timetable.workbook.range", "1", "1000");
            }
            List<String> groups = list(r.cell(2));
            for (String g : groups) {
                if (g.equals(name) || classes.containsKey(g) || groupOf.containsKey(g)) {
                    error(SHEETS[3], r.number(), "groups", "timetable.workbook.duplicate", g);
                } else {
                    groupOf.put(g, name);
                }
            }
            classes.putIfAbsent(name, new Klass(name, students == null ? 1 : students, groups));
        }
        if (classes.isEmpty()) {
            error(SHEETS[3], 2, "class", "timetable.workbook.none");
        }

        // curriculum
        List<Line> lines = new ArrayList<>();
        Set<String> types = new TreeSet<>();
        rooms.values().forEach(x -> types.add(x.type()));
        for (SpreadsheetReader.Row r : data(sheets, 4)) {
            List<String> sets = list(r.cell(0));
            String subject = r.cell(1);
            List<String> who = list(r.cell(2));
            Integer h = integer(r.cell(3));
            Integer length = r.cell(4).isEmpty() ? Integer.valueOf(1) : integer(r.cell(4));
            String type = r.cell(5).toLowerCase(Locale.ROOT);
            String spread = r.cell(6).toLowerCase(Locale.ROOT);
            if (sets.isEmpty()) {
                error(SHEETS[4], r.number(), "classes", "timetable.workbook.required");
            }
            for (String s : sets) {
                if (!classes.containsKey(s) && !groupOf.containsKey(s)) {
                    error(SHEETS[4], r.number(), "classes", "timetable.workbook.unknown_class", s);
                }
            }
            if (subject.isEmpty() || subject.length() > 200) {
                error(SHEETS[4], r.number(), "subject", "timetable.workbook.name");
            }
            for (String t : who) {
                if (!teachers.containsKey(t)) {
                    error(SHEETS[4], r.number(), "teachers", "timetable.workbook.unknown_teacher", t);
                }
            }
            if (h == null || h < 1 || h > 40) {
                error(SHEETS[4], r.number(), "hours", "timetable.workbook.range", "1", "40");
            }
            if (length == null || length < 1 || length > 4) {
                error(SHEETS[4], r.number(), "length", "timetable.workbook.range", "1", "4");
            } else if (h != null && h % length != 0) {
                error(SHEETS[4], r.number(), "length", "timetable.workbook.multiple", String.valueOf(h), String.valueOf(length));
            }
            if (!type.isEmpty() && !types.contains(type)) {
                error(SHEETS[4], r.number(), "roomType", "timetable.workbook.unknown_room_type", type);
            }
            if (!spread.isEmpty() && !Set.of("yes", "no", "да", "нет", "иә", "жоқ", "1", "0").contains(spread)) {
                error(SHEETS[4], r.number(), "spread", "timetable.workbook.yes_no");
            }
            lines.add(new Line(r.number(), sets, subject, who, h == null ? 0 : h, length == null ? 1 : length, type,
                    !Set.of("no", "нет", "жоқ", "0").contains(spread)));
        }
        if (lines.isEmpty()) {
            error(SHEETS[4], 2, "classes", "timetable.workbook.none");
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors, 0);
        }
        return fet(days, periods, hourNames, rooms, teachers, classes, lines);
    }

    /** The periods' names: "08:30-09:15" from the bells sheet when it is filled in, else "1", "2", … */
    private List<String> bells(List<SpreadsheetReader.Sheet> sheets, int hours) {
        List<String> plain = new ArrayList<>();
        for (int h = 1; h <= hours; h++) {
            plain.add(String.valueOf(h));
        }
        List<SpreadsheetReader.Row> rows = data(sheets, 5);
        if (rows.isEmpty()) {
            return plain;
        }
        java.time.LocalTime[] starts = new java.time.LocalTime[hours];
        java.time.LocalTime[] ends = new java.time.LocalTime[hours];
        boolean ok = rows.size() == hours;
        for (SpreadsheetReader.Row r : rows) {
            Integer p = integer(r.cell(0));
            java.time.LocalTime start = clock(r.cell(1));
            java.time.LocalTime end = clock(r.cell(2));
            if (p == null || p < 1 || p > hours || starts[p - 1] != null || start == null || end == null || !end.isAfter(start)) {
                error(SHEETS[5], r.number(), "period", "timetable.workbook.bells", String.valueOf(hours));
                ok = false;
                continue;
            }
            starts[p - 1] = start;
            ends[p - 1] = end;
        }
        for (int h = 1; ok && h < hours; h++) {
            if (starts[h] == null || starts[h - 1] == null || starts[h].isBefore(ends[h - 1])) {
                error(SHEETS[5], 2, "period", "timetable.workbook.bells", String.valueOf(hours));
                ok = false;
            }
        }
        if (!ok) {
            if (rows.size() != hours) {
                error(SHEETS[5], 2, "period", "timetable.workbook.bells", String.valueOf(hours));
            }
            return plain;
        }
        List<String> named = new ArrayList<>();
        for (int h = 0; h < hours; h++) {
            named.add(BellTimes.text(starts[h]) + "-" + BellTimes.text(ends[h]));
        }
        return named;
    }

    /** "8:30", "08.30", or a spreadsheet time (a fraction of a day such as 0.354166…); null when none of these. */
    static java.time.LocalTime clock(String cell) {
        String s = cell.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2})[:.](\\d{2})(:00)?").matcher(s);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            return h < 24 && min < 60 ? java.time.LocalTime.of(h, min) : null;
        }
        try {
            double day = Double.parseDouble(s);
            if (day > 0 && day < 1) {
                long minutes = Math.round(day * 24 * 60);
                return minutes < 24 * 60 ? java.time.LocalTime.of((int) (minutes / 60), (int) (minutes % 60)) : null;
            }
        } catch (NumberFormatException e) {
            // not a number
        }
        return null;
    }

    /** "Mon 1-3; Fri; Wed 5,6" → day index → period indexes (0-based); a day alone is the whole day. */
    private Map<Integer, Set<Integer>> times(String cell, List<String> days, int hours, int row) {
        Map<Integer, Set<Integer>> out = new LinkedHashMap<>();
        for (String part : cell.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] words = p.split("\\s+", 2);
            int day = -1;
            for (int d = 0; d < days.size(); d++) {
                if (days.get(d).equalsIgnoreCase(words[0])) {
                    day = d;
                }
            }
            if (day < 0) {
                error(SHEETS[2], row, "notAvailable", "timetable.workbook.times", p);
                continue;
            }
            Set<Integer> slots = out.computeIfAbsent(day, d -> new TreeSet<>());
            if (words.length == 1) {
                for (int h = 0; h < hours; h++) {
                    slots.add(h);
                }
                continue;
            }
            for (String range : words[1].split(",")) {
                String[] ends = range.strip().split("-");
                Integer from = integer(ends[0]);
                Integer to = ends.length > 1 ? integer(ends[1]) : from;
                if (ends.length > 2 || from == null || to == null || from < 1 || to > hours || from > to) {
                    error(SHEETS[2], row, "notAvailable", "timetable.workbook.times", p);
                    break;
                }
                for (int h = from; h <= to; h++) {
                    slots.add(h - 1);
                }
            }
        }
        return out;
    }

    private Result fet(List<String> days, List<Integer> periods, List<String> hourNames, Map<String, Room> rooms, Map<String, Teacher> teachers,
            Map<String, Klass> classes, List<Line> lines) {
        int hours = hourNames.size();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fet version=\"6.8.5\">\n");
        x.append("<Institution_Name></Institution_Name>\n<Comments>From the Digital Education timetable workbook</Comments>\n");
        x.append("<Days_List>\n<Number_of_Days>").append(days.size()).append("</Number_of_Days>\n");
        days.forEach(d -> tag(x.append("<Day>"), "Name", d).append("</Day>\n"));
        x.append("</Days_List>\n<Hours_List>\n<Number_of_Hours>").append(hours).append("</Number_of_Hours>\n");
        hourNames.forEach(h -> tag(x.append("<Hour>"), "Name", h).append("</Hour>\n"));
        x.append("</Hours_List>\n<Subjects_List>\n");
        new LinkedHashSet<>(lines.stream().map(Line::subject).toList()).forEach(s -> tag(x.append("<Subject>"), "Name", s).append("</Subject>\n"));
        x.append("</Subjects_List>\n<Teachers_List>\n");
        teachers.keySet().forEach(t -> tag(x.append("<Teacher>"), "Name", t).append("</Teacher>\n"));
        x.append("</Teachers_List>\n<Students_List>\n");
        for (Klass c : classes.values()) {
            tag(x.append("<Year>"), "Name", c.name()).append("<Number_of_Students>").append(c.students()).append("</Number_of_Students>\n");
            for (String g : c.groups()) {
                tag(x.append("<Group>"), "Name", g).append("<Number_of_Students>").append(Math.max(1, c.students() / c.groups().size()))
                        .append("</Number_of_Students></Group>\n");
            }
            x.append("</Year>\n");
        }
        x.append("</Students_List>\n<Activities_List>\n");
        int id = 0;
        List<List<Integer>> spreads = new ArrayList<>();
        Map<Integer, List<String>> roomsFor = new LinkedHashMap<>();
        for (Line l : lines) {
            int first = id + 1;
            int count = l.hours() / l.length();
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                id++;
                ids.add(id);
                x.append("<Activity>");
                l.teachers().forEach(t -> tag(x, "Teacher", t));
                tag(x, "Subject", l.subject());
                l.sets().forEach(s -> tag(x, "Students", s));
                x.append("<Duration>").append(l.length()).append("</Duration><Total_Duration>").append(l.hours()).append("</Total_Duration><Id>")
                        .append(id).append("</Id><Activity_Group_Id>").append(count > 1 ? first : 0).append("</Activity_Group_Id><Active>true</Active></Activity>\n");
                if (!l.roomType().isEmpty()) {
                    roomsFor.put(id, rooms.values().stream().filter(r -> r.type().equals(l.roomType())).map(Room::name).toList());
                }
            }
            if (count > 1 && l.spread()) {
                spreads.add(ids);
            }
        }
        x.append("</Activities_List>\n<Buildings_List>\n");
        new LinkedHashSet<>(rooms.values().stream().map(Room::building).filter(b -> !b.isEmpty()).toList())
                .forEach(b -> tag(x.append("<Building>"), "Name", b).append("</Building>\n"));
        x.append("</Buildings_List>\n<Rooms_List>\n");
        for (Room r : rooms.values()) {
            tag(tag(x.append("<Room>"), "Name", r.name()), "Building", r.building()).append("<Capacity>")
                    .append(r.capacity() == 0 ? 1000 : r.capacity()).append("</Capacity><Virtual>false</Virtual></Room>\n");
        }
        x.append("</Rooms_List>\n<Time_Constraints_List>\n");
        x.append("<ConstraintBasicCompulsoryTime><Weight_Percentage>100</Weight_Percentage><Active>true</Active></ConstraintBasicCompulsoryTime>\n");
        // a day with fewer periods than the longest: its last periods are a break
        List<int[]> shortDays = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            for (int h = periods.get(d); h < hours; h++) {
                shortDays.add(new int[] {d, h});
            }
        }
        if (!shortDays.isEmpty()) {
            x.append("<ConstraintBreakTimes><Weight_Percentage>100</Weight_Percentage><Number_of_Break_Times>").append(shortDays.size())
                    .append("</Number_of_Break_Times>");
            shortDays.forEach(s -> tag(tag(x.append("<Break_Time>"), "Day", days.get(s[0])), "Hour", hourNames.get(s[1])).append("</Break_Time>"));
            x.append("<Active>true</Active></ConstraintBreakTimes>\n");
        }
        for (Teacher t : teachers.values()) {
            int n = t.unavailable().values().stream().mapToInt(Set::size).sum();
            if (n > 0) {
                tag(x.append("<ConstraintTeacherNotAvailableTimes><Weight_Percentage>100</Weight_Percentage>"), "Teacher", t.name())
                        .append("<Number_of_Not_Available_Times>").append(n).append("</Number_of_Not_Available_Times>");
                t.unavailable().forEach((d, hs) -> hs.forEach(h -> tag(tag(x.append("<Not_Available_Time>"), "Day", days.get(d)), "Hour",
                        hourNames.get(h)).append("</Not_Available_Time>")));
                x.append("<Active>true</Active></ConstraintTeacherNotAvailableTimes>\n");
            }
            if (t.maxDaily() != null) {
                tag(x.append("<ConstraintTeacherMaxHoursDaily><Weight_Percentage>100</Weight_Percentage>"), "Teacher_Name", t.name())
                        .append("<Maximum_Hours_Daily>").append(t.maxDaily()).append("</Maximum_Hours_Daily><Active>true</Active></ConstraintTeacherMaxHoursDaily>\n");
            }
            if (t.maxGaps() != null) {
                tag(x.append("<ConstraintTeacherMaxGapsPerWeek><Weight_Percentage>100</Weight_Percentage>"), "Teacher_Name", t.name())
                        .append("<Max_Gaps>").append(t.maxGaps()).append("</Max_Gaps><Active>true</Active></ConstraintTeacherMaxGapsPerWeek>\n");
            }
        }
        for (List<Integer> ids : spreads) {
            x.append("<ConstraintMinDaysBetweenActivities><Weight_Percentage>95</Weight_Percentage><Consecutive_If_Same_Day>true</Consecutive_If_Same_Day>")
                    .append("<Number_of_Activities>").append(ids.size()).append("</Number_of_Activities>");
            ids.forEach(i -> x.append("<Activity_Id>").append(i).append("</Activity_Id>"));
            x.append("<MinDays>1</MinDays><Active>true</Active></ConstraintMinDaysBetweenActivities>\n");
        }
        x.append("</Time_Constraints_List>\n<Space_Constraints_List>\n");
        x.append("<ConstraintBasicCompulsorySpace><Weight_Percentage>100</Weight_Percentage><Active>true</Active></ConstraintBasicCompulsorySpace>\n");
        roomsFor.forEach((activity, names) -> {
            x.append("<ConstraintActivityPreferredRooms><Weight_Percentage>100</Weight_Percentage><Activity_Id>").append(activity)
                    .append("</Activity_Id><Number_of_Preferred_Rooms>").append(names.size()).append("</Number_of_Preferred_Rooms>");
            names.forEach(n -> tag(x, "Preferred_Room", n));
            x.append("<Active>true</Active></ConstraintActivityPreferredRooms>\n");
        });
        x.append("</Space_Constraints_List>\n</fet>\n");
        return new Result(x.toString(), List.of(), id);
    }

    private static StringBuilder tag(StringBuilder x, String name, String text) {
        x.append('<').append(name).append('>');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '&' -> x.append("&amp;");
                case '"' -> x.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        x.append(c);
                    }
                }
            }
        }
        return x.append("</").append(name).append('>');
    }
}
