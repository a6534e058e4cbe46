package kz.digitaledu.school.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Gender;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.report.Report;
import kz.digitaledu.platform.api.report.SpreadsheetReader;
import kz.digitaledu.platform.report.internal.ReportComponents;
import kz.digitaledu.school.api.SchoolImportService;
import kz.digitaledu.school.api.SchoolStructureService.NewTerm;
import kz.digitaledu.school.api.SchoolStructureService.NewYear;
import kz.digitaledu.school.api.SchoolYear;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The XLSX import: the whole file is checked first, errors name sheet, row and column, and only a clean file is applied. */
class SchoolImportTest {
    private final FakePlatform p = new FakePlatform();
    private final EduPrincipal director = p.account(1, "director", Role.SCHOOL_ADMIN, FakePlatform.SCHOOL_A, "Әбенова");
    private final EduPrincipal teacher = p.account(2, "teacher", Role.TEACHER, FakePlatform.SCHOOL_A, "Нұрланов");
    private final EduPrincipal directorB = p.account(4, "director67", Role.SCHOOL_ADMIN, FakePlatform.SCHOOL_B, "Петрова");
    private final SchoolYear year;

    SchoolImportTest() throws Exception {
        p.account(9, "teacher67", Role.TEACHER, FakePlatform.SCHOOL_B, "Иванов");
        year = p.as(director, () -> p.structure.createYear(new NewYear(FakePlatform.SCHOOL_A, "2026-2027", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 5, 25), List.of(new NewTerm(1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 24)),
                        new NewTerm(2, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 28))), List.of())));
    }

    @AfterEach
    void close() {
        p.close();
    }

    private static byte[] workbook(List<List<Object>> classes, List<List<Object>> subjects, List<List<Object>> students,
            List<List<Object>> assignments, List<List<Object>> teachers, List<List<Object>> parents) {
        return new ReportComponents.Renderer().xlsx(new Report("import", "", List.of(
                new Report.Table("Classes", columns(6, classes), classes),
                new Report.Table("Subjects", columns(4, subjects), subjects),
                new Report.Table("Students", columns(9, students), students),
                new Report.Table("Assignments", columns(4, assignments), assignments),
                new Report.Table("Teachers", columns(7, teachers), teachers),
                new Report.Table("Parents", columns(10, parents), parents))));
    }

    private static byte[] workbook(List<List<Object>> classes, List<List<Object>> subjects, List<List<Object>> students,
            List<List<Object>> assignments) {
        return new ReportComponents.Renderer().xlsx(new Report("import", "", List.of(
                new Report.Table("Classes", columns(6, classes), classes),
                new Report.Table("Subjects", columns(4, subjects), subjects),
                new Report.Table("Students", columns(9, students), students),
                new Report.Table("Assignments", columns(4, assignments), assignments))));
    }

    /** At least {@code n} columns, more when a row is longer. */
    private static List<Report.Column> columns(int n, List<List<Object>> rows) {
        int width = Math.max(n, rows.stream().mapToInt(List::size).max().orElse(0));
        return java.util.Collections.nCopies(width, Report.Column.of("header", 10));
    }

    private SchoolImportService.ImportResult run(EduPrincipal who, byte[] xlsx) throws Exception {
        return p.as(who, () -> p.imports.importWorkbook(FakePlatform.SCHOOL_A, year.id(), new ByteArrayInputStream(xlsx)));
    }

    private final List<List<Object>> classes = List.of(List.of(9, "а", "kk", 1, "", "teacher"), List.of(9, "Б", "ru", 2, "", ""));
    private final List<List<Object>> subjects = List.of(List.of("chemistry", "Химия", "Химия", "Chemistry"));
    private final List<List<Object>> assignments = List.of(List.of("9А", "chemistry", "teacher", 2), List.of("9 «Б»", "chemistry", "teacher", 2));

    @Test
    void theTemplateHasTheSixSheetsWithHeaders() throws Exception {
        byte[] template = p.as(director, () -> p.imports.template());
        List<SpreadsheetReader.Sheet> sheets = new ReportComponents.Reader().read(new ByteArrayInputStream(template), 100);
        assertEquals(6, sheets.size());
        assertEquals("school.import.col.child_class", sheets.get(5).rows().get(0).cell(7));
        assertEquals("school.import.col.iin", sheets.get(2).rows().get(0).cell(4));
        assertEquals(2, sheets.get(2).rows().size(), "header and one example row");
    }

    @Test
    void everyProblemOfTheFileIsReportedAndNothingIsWritten() throws Exception {
        byte[] bad = workbook(List.of(List.of(9, "А", "kk", 1, "", "teacher"), List.of(9, "А", "de", 3, "", "teacher67")), subjects,
                List.of(List.of("9А", "Ахметов", "Ерлан", "", "", "2011-03-04", "М", "", ""),
                        List.of("9А", "Ахметова", "Дана", "", "123456789012", "2011-13-40", "X", "2025-01-01", ""),
                        List.of("10Z", "", "Арман", "", "", "", "", "", "")),
                List.of(List.of("9А", "physics", "nobody", 40)));
        long persons = p.people.size();
        EduException e = assertThrows(EduException.class, () -> run(director, bad));
        assertEquals(422, e.status());
        Set<String> fields = e.fieldErrors().stream().map(EduException.FieldError::field).collect(Collectors.toSet());
        assertEquals(Set.of("Classes!3!letter", "Classes!3!language", "Classes!3!shift", "Classes!3!classTeacher",
                "Students!3!iin", "Students!3!birthDate", "Students!3!gender", "Students!3!from", "Students!4!class", "Students!4!lastName",
                "Assignments!2!subject", "Assignments!2!teacher", "Assignments!2!hours"), fields);
        assertEquals(0, p.count("ClassEntity"));
        assertEquals(0, p.count("SubjectEntity"));
        assertEquals(persons, p.people.size(), "no person created");
    }

    @Test
    void aCleanFileIsAppliedWhole() throws Exception {
        byte[] good = workbook(classes, subjects, List.of(List.of("9А", "Ахметов", "Ерлан", "", "", "2011-03-04", "М", "", "№ 5"),
                List.of("9Б", "Ахметова", "Дана", "Сәкенқызы", "", "12.01.2011", "Ж", "2026-09-15", "")), assignments);
        SchoolImportService.ImportResult r = run(director, good);
        assertEquals(new SchoolImportService.ImportResult(2, 1, 2, 2, 0, 0, List.of()), r);
        assertEquals(2, p.count("ClassEntity"));
        long c9a = p.as(director, () -> p.structure.classes(FakePlatform.SCHOOL_A, year.id())).get(0).id();
        assertEquals(2L, p.as(director, () -> p.structure.classes(FakePlatform.SCHOOL_A, year.id())).get(0).classTeacherAccountId());
        assertEquals(List.of("Ахметов Ерлан"), p.as(director, () -> p.structure.students(c9a, LocalDate.of(2026, 9, 2))).stream()
                .map(s -> s.fullName()).toList());
        assertTrue(p.people.values().stream().anyMatch(x -> x.lastName().equals("Ахметова") && x.gender() == Gender.FEMALE
                && x.birthDate().equals(LocalDate.of(2011, 1, 12))));
        assertEquals(2, p.as(teacher, () -> p.journal.journals()).size(), "the teacher's new journals");
        assertTrue(p.audit.stream().anyMatch(a -> a.startsWith("school.import")));
        EduException again = assertThrows(EduException.class, () -> run(director, good));
        assertTrue(again.fieldErrors().stream().anyMatch(f -> f.field().equals("Classes!2!letter")), "9А exists now");
    }

    @Test
    void studentsJoinSubGroupsAndAssignmentsTeachThem() throws Exception {
        List<List<Object>> students = List.of(List.of("9А", "Ахметов", "Ерлан", "", "", "2011-03-04", "М", "", "", "Химия 1, Ағылшын 2"),
                List.of("9А", "Болатова", "Дана", "", "", "2011-05-04", "Ж", "", "", "химия 2"),
                List.of("9Б", "Жанов", "Арман", "", "", "", "", "", "", ""));
        byte[] unknownGroup = workbook(classes, subjects, students, List.of(List.of("9А", "chemistry", "teacher", 2, "Химия 1"),
                List.of("9Б", "chemistry", "teacher", 2, "Химия 1"), List.of("9А", "chemistry", "teacher", 2, "Химия <3>")));
        EduException e = assertThrows(EduException.class, () -> run(director, unknownGroup));
        assertEquals(List.of("Assignments!3!group", "Assignments!4!group"), e.fieldErrors().stream().map(f -> f.field()).toList(),
                "9Б has no group Химия 1; no class has Химия <3>");
        assertEquals("school.import.group_unknown", e.fieldErrors().get(0).messageKey());
        assertEquals(0, p.count("ClassEntity"), "nothing written");
        assertEquals(0, p.count("ClassGroupEntity"), "nothing written");
        EduException badName = assertThrows(EduException.class, () -> run(director, workbook(classes, subjects,
                List.of(List.of("9А", "Ахметов", "Ерлан", "", "", "", "", "", "", "<script>")), List.of())));
        assertEquals("Students!2!groups", badName.fieldErrors().get(0).field());
        assertEquals("school.validation.group_name", badName.fieldErrors().get(0).messageKey());

        run(director, workbook(classes, subjects, students, List.of(List.of("9А", "chemistry", "teacher", 1, "Химия 1"),
                List.of("9А", "chemistry", "teacher", 1, "ХИМИЯ 2"), List.of("9Б", "chemistry", "teacher", 2, ""))));
        long c9a = p.as(director, () -> p.structure.classes(FakePlatform.SCHOOL_A, year.id())).get(0).id();
        List<kz.digitaledu.school.api.ClassGroup> groups = p.as(director, () -> p.structure.groups(c9a));
        assertEquals(List.of("Ағылшын 2", "Химия 1", "химия 2"), groups.stream().map(kz.digitaledu.school.api.ClassGroup::name).toList());
        long ahmetov = p.people.values().stream().filter(x -> x.lastName().equals("Ахметов")).findFirst().orElseThrow().id();
        assertEquals(List.of(ahmetov), groups.get(1).studentPersonIds());
        List<kz.digitaledu.school.api.Assignment> taught = p.as(director, () -> p.structure.assignments(FakePlatform.SCHOOL_A, null));
        assertEquals(java.util.Set.of(groups.get(1).id(), groups.get(2).id()), taught.stream().filter(a -> a.classId() == c9a)
                .map(kz.digitaledu.school.api.Assignment::groupId).collect(java.util.stream.Collectors.toSet()));
        assertNull(taught.stream().filter(a -> a.classId() != c9a).findFirst().orElseThrow().groupId(), "9Б's chemistry is for the class");
    }

    @Test
    void newTeachersAndParentsGetAccountsWithFirstPasswordsAndTheirChildren() throws Exception {
        p.student(301, FakePlatform.SCHOOL_A, "Омарова");
        List<List<Object>> students = List.of(List.of("9А", "Ахметов", "Ерлан", "", "", "2011-03-04", "М", "", ""),
                List.of("9Б", "Ахметова", "Дана", "", "", "2011-05-04", "Ж", "", ""));
        List<List<Object>> teachers = List.of(List.of("a.bekova", "Бекова", "Айжан", "", "", "a.bekova@mektep.kz", ""));
        List<List<Object>> assignments = List.of(List.of("9А", "chemistry", "a.bekova", 2));
        // a child who is nowhere, a second person under one log-in, a new teacher's log-in twice, a log-in already taken
        byte[] bad = workbook(classes, subjects, students, assignments,
                List.of(List.of("a.bekova", "Бекова", "Айжан"), List.of("A.Bekova", "Бекова", "Айжан"), List.of("teacher", "Нұрланов", "Асхат")),
                List.of(List.of("b.akhmetov", "Ахметов", "Болат", "", "", "", "+7 701 111 22 33", "9А", "Ахметов", "Ерлан"),
                        List.of("b.akhmetov", "Сейітов", "Болат", "", "", "", "", "9Б", "Ахметова", "Дана"),
                        List.of("g.omarova", "Омарова", "Гүлнар", "", "", "", "", "9А", "Жоқ", "Бала")));
        EduException e = assertThrows(EduException.class, () -> run(director, bad));
        assertEquals(Set.of("Teachers!3!login", "Parents!3!login", "Parents!4!child"),
                e.fieldErrors().stream().map(f -> f.field()).collect(Collectors.toSet()));
        assertEquals(0, p.count("ClassEntity"), "nothing written");
        EduException taken = assertThrows(EduException.class, () -> run(director, workbook(classes, subjects, students, assignments,
                List.of(List.of("a.bekova", "Бекова", "Айжан"), List.of("teacher", "Нұрланов", "Асхат")), List.of())));
        assertEquals(List.of("Teachers!3!login"), taken.fieldErrors().stream().map(f -> f.field()).toList(), "the platform's word, on its row");
        assertEquals(0, p.count("ClassEntity"), "nothing written");
        assertEquals(0, p.createdAccounts.size(), "no account either");
        int people = p.people.size();

        SchoolImportService.ImportResult r = run(director, workbook(classes, subjects, students, assignments, teachers,
                List.of(List.of("b.akhmetov", "Ахметов", "Болат", "", "", "", "+7 701 111 22 33", "9 «а»", "ахметов", "Ерлан"),
                        List.of("b.akhmetov", "", "", "", "", "", "", "9Б", "Ахметова", "Дана"))));
        assertEquals(1, r.teachers());
        assertEquals(1, r.parents());
        assertEquals(List.of("a.bekova", "b.akhmetov"), r.credentials().stream().map(SchoolImportService.Credential::login).toList());
        assertEquals(List.of("TEACHER", "PARENT"), r.credentials().stream().map(SchoolImportService.Credential::role).toList());
        for (SchoolImportService.Credential c : r.credentials()) {
            assertEquals(14, c.password().length());
            assertTrue(c.password().matches("[a-km-zA-HJ-NP-Z2-9]{14}"), c.password());
        }
        assertEquals(r.credentials().get(0).password(), p.createdAccounts.get(0).user().password(), "the password given is the one created");
        assertEquals("a.bekova@mektep.kz", p.createdAccounts.get(0).email());
        List<Long> newStudents = p.people.values().stream().filter(x -> x.lastName().startsWith("Ахмет") && x.id() >= 5000 && x.id() < 8000).map(x -> x.id())
                .sorted().toList();
        assertEquals(newStudents, p.createdAccounts.get(1).childPersonIds().stream().sorted().toList(), "both children, new in the file");
        assertEquals(people + 4, p.people.size(), "two students and two account holders");
        long bekova = 7000;
        long c9a = p.as(director, () -> p.structure.classes(FakePlatform.SCHOOL_A, year.id())).get(0).id();
        assertEquals(bekova, p.as(director, () -> p.structure.assignments(FakePlatform.SCHOOL_A, null)).stream()
                .filter(a -> a.classId() == c9a).findFirst().orElseThrow().teacherAccountId(), "the new teacher teaches 9А chemistry");
        assertTrue(p.audit.stream().anyMatch(a -> a.startsWith("school.import")));
        assertTrue(p.audit.stream().noneMatch(a -> r.credentials().stream().anyMatch(c -> a.contains(c.password()))), "no password in the audit");
        byte[] sheet = p.as(director, () -> p.imports.credentialsWorkbook(r.credentials()));
        List<SpreadsheetReader.Sheet> read = new ReportComponents.Reader().read(new ByteArrayInputStream(sheet), 100);
        assertTrue(read.get(0).rows().stream().anyMatch(row -> row.cell(0).equals("a.bekova") && row.cell(3).equals(r.credentials().get(0).password())));

        // a parent of a student already in the school
        SchoolImportService.ImportResult more = run(director, workbook(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(List.of("s.akhmetova", "Ахметова", "Сәуле", "", "", "", "", "9А", "Ахметов", "Ерлан"))));
        assertEquals(List.of(newStudents.get(0)), p.createdAccounts.get(2).childPersonIds());
        assertEquals(1, more.parents());
    }

    @Test
    void notAWorkbookOrAnotherSchoolIsRefused() throws Exception {
        EduException e = assertThrows(EduException.class, () -> run(director, "grade;letter\n9;A".getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.not_xlsx", e.messageKey());
        assertEquals(403, assertThrows(EduException.class, () -> run(directorB, workbook(classes, subjects, List.of(), assignments))).status());
        assertEquals(403, assertThrows(EduException.class, () -> run(teacher, workbook(classes, subjects, List.of(), assignments))).status());
        assertEquals(0, p.count("ClassEntity"));
    }

    @Test
    void cellsAreReadAsPeopleWriteThem() {
        assertEquals("9А", SchoolImportServiceImpl.className("9 «а»"));
        assertNull(SchoolImportServiceImpl.className("девятый"));
        assertEquals(3, SchoolImportServiceImpl.integer("3.0"));
        assertNull(SchoolImportServiceImpl.integer("3.5"));
        assertEquals(LocalDate.of(2026, 9, 1), SchoolImportServiceImpl.date("46266"));
        assertEquals(LocalDate.of(2026, 9, 1), SchoolImportServiceImpl.date("1.9.2026"));
        assertNull(SchoolImportServiceImpl.date("2026-13-01"));
        assertEquals(Gender.FEMALE, SchoolImportServiceImpl.gender("ә"));
    }
}
