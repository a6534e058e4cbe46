package kz.digitaledu.timetable.solver.testdata;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import kz.digitaledu.timetable.solver.model.BellSchedule;
import kz.digitaledu.timetable.solver.model.Building;
import kz.digitaledu.timetable.solver.model.Lesson;
import kz.digitaledu.timetable.solver.model.LessonRelation;
import kz.digitaledu.timetable.solver.model.Limit;
import kz.digitaledu.timetable.solver.model.Room;
import kz.digitaledu.timetable.solver.model.StudentGroup;
import kz.digitaledu.timetable.solver.model.Subject;
import kz.digitaledu.timetable.solver.model.Teacher;
import kz.digitaledu.timetable.solver.model.Timeslot;
import kz.digitaledu.timetable.solver.model.Timetable;

/**
 * A small feasible school: 5 days x 6 periods, 3 classes (7A split into two language groups), 6 teachers,
 * 4 rooms in two buildings (one lab), 66 lesson-periods including double lessons, a lab subject, a not-same-day
 * set and teacher limits.
 */
public final class SmallSchool {

    private SmallSchool() {
    }

    public static Timetable create() {
        List<Timeslot> slots = BellSchedule.uniform(List.of("Mon", "Tue", "Wed", "Thu", "Fri"),
                LocalTime.of(8, 30), 45, new int[] {10, 10, 30, 10, 10}, 15);
        Building main = new Building("B1", "Main");
        Building annex = new Building("B2", "Annex").withTravelMinutes(main, 20);
        List<Room> rooms = List.of(new Room("R1", "101", main, "class", 30), new Room("R2", "102", main, "class", 30),
                new Room("R3", "103", main, "class", 30), new Room("LAB", "Lab", annex, "lab", 30));
        Subject math = new Subject("MATH", "Math");
        Subject lang = new Subject("LANG", "Language");
        Subject kaz = new Subject("KAZ", "Kazakh");
        Subject chem = new Subject("CHEM", "Chemistry");
        Subject hist = new Subject("HIST", "History");
        List<Subject> subjects = List.of(math, lang, kaz, chem, hist);
        Teacher tMath = new Teacher("T1", "Aigerim").withMaxLessonsPerDay(Limit.hard(4));
        Teacher tLang1 = new Teacher("T2", "Bolat").unavailableAt(0, 1, 2);
        Teacher tLang2 = new Teacher("T3", "Dana");
        Teacher tKaz = new Teacher("T4", "Erlan").preferringDaysOff(4);
        Teacher tChem = new Teacher("T5", "Gulnara").withMaxGapsPerDay(Limit.soft(1, 1));
        Teacher tHist = new Teacher("T6", "Nurlan");
        StudentGroup a1 = new StudentGroup("7A-1", "7A en", 13);
        StudentGroup a2 = new StudentGroup("7A-2", "7A de", 12);
        StudentGroup c7a = new StudentGroup("7A", "7A", 25).splitInto(a1, a2);
        StudentGroup c7b = new StudentGroup("7B", "7B", 26);
        StudentGroup c7c = new StudentGroup("7C", "7C", 24);
        List<Lesson> lessons = new ArrayList<>();
        List<LessonRelation> relations = new ArrayList<>();
        int[] n = {0};
        for (StudentGroup c : List.of(c7a, c7b, c7c)) {
            List<Lesson> mathLessons = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Lesson l = new Lesson("L" + (++n[0]), math, List.of(tMath), List.of(c), 1);
                mathLessons.add(l);
                lessons.add(l);
            }
            for (int i = 0; i < mathLessons.size(); i++) {
                for (int j = i + 1; j < mathLessons.size(); j++) {
                    relations.add(LessonRelation.notSameDay(mathLessons.get(i), mathLessons.get(j)));
                }
            }
            for (int i = 0; i < 4; i++) {
                lessons.add(new Lesson("L" + (++n[0]), kaz, List.of(tKaz), List.of(c), 1));
            }
            lessons.add(new Lesson("L" + (++n[0]), chem, List.of(tChem), List.of(c), 2).requiringRoomType("lab"));
            lessons.add(new Lesson("L" + (++n[0]), chem, List.of(tChem), List.of(c), 1).requiringRoomType("lab").summative(true));
            for (int i = 0; i < 3; i++) {
                lessons.add(new Lesson("L" + (++n[0]), hist, List.of(tHist), List.of(c), 1));
            }
        }
        // 7A splits for language; 7B and 7C have language with the two language teachers as well
        for (int i = 0; i < 3; i++) {
            lessons.add(new Lesson("L" + (++n[0]), lang, List.of(tLang1), List.of(a1), 1));
            lessons.add(new Lesson("L" + (++n[0]), lang, List.of(tLang2), List.of(a2), 1));
            lessons.add(new Lesson("L" + (++n[0]), lang, List.of(tLang1), List.of(c7b), 1));
            lessons.add(new Lesson("L" + (++n[0]), lang, List.of(tLang2), List.of(c7c), 1));
        }
        lessons.add(new Lesson("L" + (++n[0]), lang, List.of(tLang1), List.of(c7b), 2));
        return new Timetable("small school", slots, List.of(main, annex), rooms,
                List.of(tMath, tLang1, tLang2, tKaz, tChem, tHist), List.of(c7a, c7b, c7c), subjects, lessons, relations, null);
    }
}
