package kz.digitaledu.school.core.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduException.FieldError;
import kz.digitaledu.platform.api.Gender;
import kz.digitaledu.platform.api.Iin;
import kz.digitaledu.platform.api.Person;
import kz.digitaledu.platform.api.PersonDirectory;
import kz.digitaledu.platform.api.PersonDirectory.NewPerson;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.UserAccount;
import kz.digitaledu.platform.api.UserService;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.api.report.Report;
import kz.digitaledu.platform.api.report.ReportRenderer;
import kz.digitaledu.platform.api.report.SpreadsheetReader;
import kz.digitaledu.school.api.SchoolImportService;
import kz.digitaledu.school.api.SchoolPermissions;
import kz.digitaledu.school.core.internal.persistence.AssignmentEntity;
import kz.digitaledu.school.core.internal.persistence.ClassGroupEntity;
import kz.digitaledu.school.core.internal.persistence.GroupMemberEntity;
import kz.digitaledu.school.core.internal.persistence.ClassEntity;
import kz.digitaledu.school.core.internal.persistence.EnrolmentEntity;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.school.core.internal.persistence.SubjectEntity;
import kz.digitaledu.school.core.internal.persistence.YearEntity;

/** {@link SchoolImportService}: check the whole workbook, then apply all of it; wired by {@link SchoolComponents}. */
class SchoolImportServiceImpl implements SchoolImportService {
    static final int MAX_ROWS = 5000;
    private static final Pattern LETTER = Pattern.compile("\\p{L}{1,4}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern CLASS = Pattern.compile("(\\d{1,2})\\s*[«\"]?(\\p{L}{1,4})[»\"]?");
    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    private final Jpa jpa;
    private final SchoolAccess access;
    private final PersonDirectory persons;
    private final UserService users;
    private final AuditService audit;
    private final Translator translator;
    private final ReportRenderer renderer;
    private final SpreadsheetReader reader;

    SchoolImportServiceImpl(Jpa jpa, SchoolAccess access, PersonDirectory persons, UserService users, AuditService audit, Translator translator,
            ReportRenderer renderer, SpreadsheetReader reader) {
        this.jpa = jpa;
        this.access = access;
        this.persons = persons;
        this.users = users;
        this.audit = audit;
        this.translator = translator;
        this.renderer = renderer;
        this.reader = reader;
    }

    private String t(String key) {
        return translator.translate(access.me().locale(), "school.import." + key);
    }

    @Override
    public byte[] template() {
        return renderer.xlsx(new Report(t("title"), "", List.of(
                new Report.Table(t("sheet.classes"), cols("grade", "letter", "language", "shift", "profile", "class_teacher"),
                        List.of(List.of(7, "А", "kk", 1, "", "teacher"))),
                new Report.Table(t("sheet.subjects"), cols("code", "name_kk", "name_ru", "name_en"),
                        List.of(List.of("algebra", "Алгебра", "Алгебра", "Algebra"))),
                new Report.Table(t("sheet.students"), cols("class", "last_name", "first_name", "middle_name", "iin", "birth_date", "gender",
                        "from", "order", "groups"), List.of(List.of("7А", "Серікова", "Аружан", "Қайратқызы", "", "2013-05-30", "Ж", "2026-09-01",
                                "№ 112-у", ""))),
                new Report.Table(t("sheet.assignments"), cols("class", "subject", "teacher", "hours", "group"),
                        List.of(List.of("7А", "algebra", "teacher", 3, ""))),
                new Report.Table(t("sheet.teachers"), cols("login", "last_name", "first_name", "middle_name", "iin", "email", "phone"),
                        List.of(List.of("a.bekova", "Бекова", "Айжан", "Серікқызы", "", "a.bekova@mektep.kz", "+7 701 000 00 00"))),
                new Report.Table(t("sheet.parents"), cols("login", "last_name", "first_name", "middle_name", "iin", "email", "phone",
                        "child_class", "child_last_name", "child_first_name"),
                        List.of(List.of("k.serikov", "Сериков", "Қайрат", "", "", "", "+7 701 000 00 01", "7А", "Серікова", "Аружан"))))));
    }

    @Override
    public byte[] credentialsWorkbook(List<Credential> credentials) {
        List<List<Object>> rows = new ArrayList<>();
        for (Credential c : credentials == null ? List.<Credential>of() : credentials) {
            rows.add(List.of(c.login(), c.fullName(), translator.translate(access.me().locale(), "role." + c.role()), c.password()));
        }
        return renderer.xlsx(new Report(t("credentials.title"), t("credentials.note"), List.of(new Report.Table(t("credentials.sheet"),
                cols("login", "name", "role", "password"), rows))));
    }

    private List<Report.Column> cols(String... keys) {
        List<Report.Column> c = new ArrayList<>();
        for (String k : keys) {
            c.add(Report.Column.of(t("col." + k), 16));
        }
        return c;
    }

    /** Problems of the whole file, named "sheet!row!column". */
    private static final class Problems {
        final List<FieldError> errors = new ArrayList<>();

        void add(String sheet, int row, String column, String key, Object... args) {
            if (errors.size() < 500) {
                errors.add(new FieldError(sheet + "!" + row + "!" + column, key, List.of(args)));
            }
        }
    }

    private record NewClassRow(int row, int grade, String letter, String language, int shift, String profile, Long teacher) {
    }

    private record NewSubjectRow(int row, String code, String kk, String ru, String en) {
    }

    /** {@code groups}: the sub-groups of the class the student is in, as written (created when new). */
    private record StudentRow(int row, String className, NewPerson person, LocalDate from, String order, List<String> groups) {
    }

    /** {@code group}: the sub-group taught, or null for the whole class. */
    private record AssignmentRow(int row, String className, String subject, long teacher, int hours, String group) {
    }

    /** A new account of the teachers' or the parents' sheet; {@code children}: keys of {@link #childKey}. */
    private record AccountRow(String sheet, int row, UserService.NewUser user, String email, String phone, List<String> children) {
    }

    /** How a parent's row names a child: class, last and first name in lower case. */
    private static String childKey(String className, String last, String first) {
        return className + "/" + last.strip().toLowerCase(Locale.ROOT) + "/" + first.strip().toLowerCase(Locale.ROOT);
    }

    /** A group's key in a file: class name and the group's name in lower case. */
    private static String groupKey(String className, String group) {
        return className + "/" + group.toLowerCase(Locale.ROOT);
    }

    @Override
    public ImportResult importWorkbook(long schoolId, long yearId, InputStream xlsx) {
        access.check(SchoolPermissions.STRUCTURE_MANAGE, schoolId);
        YearEntity year = jpa.read(em -> em.find(YearEntity.class, yearId));
        if (year == null || year.organisationId != schoolId) {
            throw EduException.invalid("yearId", "school.validation.year_unknown");
        }
        if (xlsx == null) {
            throw EduException.invalid("file", "validation.required");
        }
        List<SpreadsheetReader.Sheet> sheets = reader.read(xlsx, MAX_ROWS);
        if (sheets.size() < 4) {
            throw EduException.invalid("file", "school.import.sheets");
        }
        Problems p = new Problems();
        String[] names = {"Classes", "Subjects", "Students", "Assignments", "Teachers", "Parents"};

        // what exists already
        Map<String, ClassEntity> existingClasses = new HashMap<>();
        Map<String, SubjectEntity> existingSubjects = new HashMap<>();
        Map<String, Long> existingGroups = new HashMap<>();
        jpa.read(em -> {
            em.createQuery("SELECT c, g FROM ClassEntity c, ClassGroupEntity g WHERE g.classId = c.id AND c.yearId = :y", Object[].class)
                    .setParameter("y", yearId).getResultList().forEach(r -> {
                        ClassEntity c = (ClassEntity) r[0];
                        ClassGroupEntity g = (ClassGroupEntity) r[1];
                        existingGroups.put(groupKey(c.grade + c.letter, g.name), g.id);
                    });
            em.createQuery("SELECT c FROM ClassEntity c WHERE c.yearId = :y", ClassEntity.class).setParameter("y", yearId).getResultList()
                    .forEach(c -> existingClasses.put(c.grade + c.letter, c));
            em.createQuery("SELECT s FROM SubjectEntity s WHERE s.organisationId = :o", SubjectEntity.class).setParameter("o", schoolId)
                    .getResultList().forEach(s -> existingSubjects.put(s.code.toLowerCase(Locale.ROOT), s));
            return null;
        });
        Map<String, Optional<Long>> logins = new HashMap<>();
        java.util.function.Function<String, Optional<Long>> teacher = login -> logins.computeIfAbsent(login.toLowerCase(Locale.ROOT), l ->
                users.findByUsername(l).filter(a -> a.person().organisationId() == schoolId).map(UserAccount::id));

        // new teachers first: the classes and assignments may name them (until their accounts exist, as -1, -2, …)
        List<AccountRow> teachers = new ArrayList<>();
        if (sheets.size() > 4) {
            for (SpreadsheetReader.Row r : data(sheets.get(4))) {
                AccountRow a = accountRow(p, names[4], r, schoolId, Role.TEACHER);
                if (a != null) {
                    if (logins.containsKey(a.user().username()) && logins.get(a.user().username()).map(id -> id < 0).orElse(false)) {
                        p.add(names[4], r.number(), "login", "validation.username_taken", a.user().username());
                    }
                    teachers.add(a);
                    logins.put(a.user().username(), Optional.of(-(long) teachers.size()));
                }
            }
        }

        // classes
        List<NewClassRow> classes = new ArrayList<>();
        Set<String> classNames = new HashSet<>(existingClasses.keySet());
        for (SpreadsheetReader.Row r : data(sheets.get(0))) {
            String sheet = names[0];
            Integer grade = integer(r.cell(0));
            String letter = r.cell(1).toUpperCase(Locale.ROOT);
            String language = r.cell(2).toLowerCase(Locale.ROOT);
            Integer shift = r.cell(3).isEmpty() ? Integer.valueOf(1) : integer(r.cell(3));
            if (grade == null || grade < 0 || grade > 12) {
                p.add(sheet, r.number(), "grade", "school.validation.grade");
            }
            if (!LETTER.matcher(letter).matches()) {
                p.add(sheet, r.number(), "letter", "school.validation.letter");
            }
            if (!LANGUAGES.contains(language)) {
                p.add(sheet, r.number(), "language", "validation.language");
            }
            if (shift == null || (shift != 1 && shift != 2)) {
                p.add(sheet, r.number(), "shift", "school.validation.shift");
            }
            Long teacherId = null;
            if (!r.cell(5).isEmpty()) {
                teacherId = teacher.apply(r.cell(5)).orElse(null);
                if (teacherId == null) {
                    p.add(sheet, r.number(), "classTeacher", "school.import.teacher_unknown", r.cell(5));
                }
            }
            if (grade != null && LETTER.matcher(letter).matches()) {
                if (!classNames.add(grade + letter)) {
                    p.add(sheet, r.number(), "letter", "school.validation.class_taken", grade + letter);
                }
                classes.add(new NewClassRow(r.number(), grade, letter, language, shift == null ? 1 : shift, blank(r.cell(4)), teacherId));
            }
        }

        // subjects
        List<NewSubjectRow> subjects = new ArrayList<>();
        Set<String> subjectCodes = new HashSet<>(existingSubjects.keySet());
        for (SpreadsheetReader.Row r : data(sheets.get(1))) {
            String code = r.cell(0);
            if (!CODE.matcher(code).matches()) {
                p.add(names[1], r.number(), "code", "validation.code");
            } else if (!subjectCodes.add(code.toLowerCase(Locale.ROOT))) {
                p.add(names[1], r.number(), "code", "school.validation.subject_taken", code);
            }
            if (r.cell(1).isEmpty() && r.cell(2).isEmpty()) {
                p.add(names[1], r.number(), "nameKk", "validation.name_kk_or_ru");
            }
            subjects.add(new NewSubjectRow(r.number(), code, blank(r.cell(1)), blank(r.cell(2)), blank(r.cell(3))));
        }

        // students
        List<StudentRow> students = new ArrayList<>();
        Set<String> iins = new HashSet<>();
        for (SpreadsheetReader.Row r : data(sheets.get(2))) {
            String sheet = names[2];
            String cls = className(r.cell(0));
            if (cls == null || !classNames.contains(cls)) {
                p.add(sheet, r.number(), "class", "school.import.class_unknown", r.cell(0));
            }
            if (r.cell(1).isEmpty() || r.cell(1).length() > 100) {
                p.add(sheet, r.number(), "lastName", "validation.required");
            }
            if (r.cell(2).isEmpty() || r.cell(2).length() > 100) {
                p.add(sheet, r.number(), "firstName", "validation.required");
            }
            String iin = blank(r.cell(4));
            if (iin != null && (!Iin.isValid(iin) || !iins.add(iin))) {
                p.add(sheet, r.number(), "iin", Iin.isValid(iin) ? "validation.iin_taken" : "validation.iin");
            }
            LocalDate born = r.cell(5).isEmpty() ? null : date(r.cell(5));
            if (!r.cell(5).isEmpty() && (born == null || born.isAfter(LocalDate.now()) || born.isBefore(LocalDate.of(1990, 1, 1)))) {
                p.add(sheet, r.number(), "birthDate", "validation.birth_date");
            }
            Gender gender = gender(r.cell(6));
            if (!r.cell(6).isEmpty() && gender == null) {
                p.add(sheet, r.number(), "gender", "school.import.gender");
            }
            LocalDate from = r.cell(7).isEmpty() ? year.startDate : date(r.cell(7));
            if (from == null || from.isBefore(year.startDate) || from.isAfter(year.endDate)) {
                p.add(sheet, r.number(), "from", "school.validation.date_outside_year");
            }
            if (r.cell(8).length() > 60) {
                p.add(sheet, r.number(), "order", "validation.too_long", 60);
            }
            List<String> groups = new ArrayList<>();
            for (String g : r.cell(9).split("[,;]")) {
                String name = g.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!StructureServiceImpl.GROUP_NAME.matcher(name).matches()) {
                    p.add(sheet, r.number(), "groups", "school.validation.group_name");
                } else if (groups.stream().noneMatch(name::equalsIgnoreCase)) {
                    groups.add(name);
                }
            }
            students.add(new StudentRow(r.number(), cls, new NewPerson(schoolId, iin, r.cell(1), r.cell(2), blank(r.cell(3)), null, null, born,
                    gender), from, blank(r.cell(8)), groups));
        }

        // parents: rows with the same log-in are one parent with several children
        List<AccountRow> parents = new ArrayList<>();
        if (sheets.size() > 5) {
            Map<String, Integer> parentOf = new HashMap<>();
            for (SpreadsheetReader.Row r : data(sheets.get(5))) {
                String sheet = names[5];
                String cls = className(r.cell(7));
                if (cls == null || !classNames.contains(cls)) {
                    p.add(sheet, r.number(), "childClass", "school.import.class_unknown", r.cell(7));
                }
                if (r.cell(8).isBlank() || r.cell(9).isBlank()) {
                    p.add(sheet, r.number(), "child", "school.import.child_required");
                }
                String child = cls == null || r.cell(8).isBlank() || r.cell(9).isBlank() ? null : childKey(cls, r.cell(8), r.cell(9));
                String login = r.cell(0).strip().toLowerCase(Locale.ROOT);
                Integer seen = login.isEmpty() ? null : parentOf.get(login);
                if (seen != null) {
                    AccountRow first = parents.get(seen);
                    boolean sameName = (r.cell(1).isBlank() || r.cell(1).strip().equalsIgnoreCase(first.user().lastName().strip()))
                            && (r.cell(2).isBlank() || r.cell(2).strip().equalsIgnoreCase(first.user().firstName().strip()));
                    if (!sameName) {
                        p.add(sheet, r.number(), "login", "school.import.parent_differs", login, first.row());
                    }
                    if (child != null) {
                        first.children().add(child);
                    }
                    continue;
                }
                AccountRow a = accountRow(p, sheet, r, schoolId, Role.PARENT);
                if (a != null) {
                    if (child != null) {
                        a.children().add(child);
                    }
                    parentOf.put(a.user().username(), parents.size());
                    parents.add(a);
                }
            }
        }

        // sub-groups: those of the school's classes and those the students sheet names
        Set<String> groupKeys = new HashSet<>(existingGroups.keySet());
        students.forEach(st -> st.groups().forEach(g -> groupKeys.add(groupKey(st.className(), g))));

        // assignments
        List<AssignmentRow> assignments = new ArrayList<>();
        for (SpreadsheetReader.Row r : data(sheets.get(3))) {
            String sheet = names[3];
            String cls = className(r.cell(0));
            if (cls == null || !classNames.contains(cls)) {
                p.add(sheet, r.number(), "class", "school.import.class_unknown", r.cell(0));
            }
            if (!subjectCodes.contains(r.cell(1).toLowerCase(Locale.ROOT))) {
                p.add(sheet, r.number(), "subject", "school.import.subject_unknown", r.cell(1));
            }
            Optional<Long> t = r.cell(2).isEmpty() ? Optional.empty() : teacher.apply(r.cell(2));
            if (t.isEmpty()) {
                p.add(sheet, r.number(), "teacher", "school.import.teacher_unknown", r.cell(2));
            }
            Integer hours = integer(r.cell(3));
            if (hours == null || hours < 1 || hours > 12) {
                p.add(sheet, r.number(), "hours", "school.validation.hours");
            }
            String group = blank(r.cell(4));
            if (group != null && cls != null && !groupKeys.contains(groupKey(cls, group.strip()))) {
                p.add(sheet, r.number(), "group", "school.import.group_unknown", group, cls);
            }
            assignments.add(new AssignmentRow(r.number(), cls, r.cell(1).toLowerCase(Locale.ROOT), t.orElse(0L), hours == null ? 0 : hours,
                    group == null ? null : group.strip()));
        }
        // the children the parents name: a student of the file, else one of the school this year (one only)
        Map<String, List<Integer>> newChildren = new HashMap<>();
        for (int i = 0; i < students.size(); i++) {
            StudentRow st = students.get(i);
            if (st.className() != null && !st.person().lastName().isBlank() && !st.person().firstName().isBlank()) {
                newChildren.computeIfAbsent(childKey(st.className(), st.person().lastName(), st.person().firstName()), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, List<Long>> schoolChildren = parents.isEmpty() ? Map.of() : studentsOfYear(yearId);
        for (AccountRow a : parents) {
            for (String child : a.children()) {
                int found = newChildren.getOrDefault(child, List.of()).size() + schoolChildren.getOrDefault(child, List.of()).size();
                if (found != 1) {
                    String[] parts = child.split("/", 3);
                    p.add(a.sheet(), a.row(), "child", found == 0 ? "school.import.child_unknown" : "school.import.child_ambiguous",
                            parts[1] + " " + parts[2], parts[0]);
                }
            }
        }

        if (classes.isEmpty() && subjects.isEmpty() && students.isEmpty() && assignments.isEmpty() && teachers.isEmpty() && parents.isEmpty()) {
            throw EduException.invalid("file", "school.import.empty");
        }
        if (!p.errors.isEmpty()) {
            throw EduException.invalid(p.errors);
        }

        // apply: the new accounts are checked whole by the platform before anything is written; then the students (the
        // platform checks IINs against everyone registered), the accounts with the parents' children, and the school's
        // rows in one transaction
        List<AccountRow> accountRows = new ArrayList<>(teachers);
        accountRows.addAll(parents);
        List<String> passwords = accountRows.stream().map(a -> a.user().password()).toList();
        if (!accountRows.isEmpty()) {
            renamingAccountErrors(accountRows, () -> {
                users.checkAll(accountRows.stream().map(a -> new UserService.NewAccount(a.user(), a.email(), a.phone(), null, true)).toList());
                return null;
            });
        }
        List<Person> people = students.isEmpty() ? List.of() : createPeople(students);
        List<UserAccount> made = accountRows.isEmpty() ? List.of() : renamingAccountErrors(accountRows, () -> users.createAll(
                accountRows.stream().map(a -> new UserService.NewAccount(a.user(), a.email(), a.phone(), a.children().stream()
                        .map(c -> newChildren.containsKey(c) ? people.get(newChildren.get(c).get(0)).id() : schoolChildren.get(c).get(0))
                        .distinct().toList(), true)).toList()));
        java.util.function.LongUnaryOperator real = id -> id < 0 ? made.get((int) (-id - 1)).id() : id;
        int[] counts = new int[4];
        jpa.tx(em -> {
            Map<String, Long> classIds = new HashMap<>();
            existingClasses.forEach((k, v) -> classIds.put(k, v.id));
            for (NewClassRow c : classes) {
                ClassEntity e = new ClassEntity();
                e.organisationId = schoolId;
                e.yearId = yearId;
                e.grade = c.grade();
                e.letter = c.letter();
                e.language = c.language();
                e.shift = c.shift();
                e.profile = c.profile();
                e.classTeacherAccountId = c.teacher() == null ? null : real.applyAsLong(c.teacher());
                em.persist(e);
                em.flush();
                classIds.put(c.grade() + c.letter(), e.id);
                counts[0]++;
            }
            Map<String, Long> subjectIds = new HashMap<>();
            existingSubjects.forEach((k, v) -> subjectIds.put(k, v.id));
            for (NewSubjectRow s : subjects) {
                SubjectEntity e = new SubjectEntity();
                e.organisationId = schoolId;
                e.code = s.code();
                e.nameKk = s.kk();
                e.nameRu = s.ru();
                e.nameEn = s.en();
                em.persist(e);
                em.flush();
                subjectIds.put(s.code().toLowerCase(Locale.ROOT), e.id);
                counts[1]++;
            }
            Map<String, Long> groupIds = new HashMap<>(existingGroups);
            java.util.function.BiFunction<String, String, Long> groupOf = (cls, name) -> groupIds.computeIfAbsent(groupKey(cls, name), k -> {
                ClassGroupEntity g = new ClassGroupEntity();
                g.organisationId = schoolId;
                g.classId = classIds.get(cls);
                g.name = name;
                em.persist(g);
                em.flush();
                return g.id;
            });
            for (int i = 0; i < students.size(); i++) {
                for (String g : students.get(i).groups()) {
                    GroupMemberEntity m = new GroupMemberEntity();
                    m.groupId = groupOf.apply(students.get(i).className(), g);
                    m.studentPersonId = people.get(i).id();
                    em.persist(m);
                }
                EnrolmentEntity e = new EnrolmentEntity();
                e.organisationId = schoolId;
                e.classId = classIds.get(students.get(i).className());
                e.studentPersonId = people.get(i).id();
                e.fromDate = students.get(i).from();
                e.orderIn = students.get(i).order();
                em.persist(e);
                counts[2]++;
            }
            for (AssignmentRow a : assignments) {
                AssignmentEntity e = new AssignmentEntity();
                e.organisationId = schoolId;
                e.classId = classIds.get(a.className());
                e.subjectId = subjectIds.get(a.subject());
                e.teacherAccountId = real.applyAsLong(a.teacher());
                e.hoursPerWeek = a.hours();
                e.groupId = a.group() == null ? null : groupOf.apply(a.className(), a.group());
                em.persist(e);
                counts[3]++;
            }
            return null;
        });
        List<Credential> credentials = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            UserAccount a = made.get(i);
            credentials.add(new Credential(a.username(), a.person().fullName(), i < teachers.size() ? Role.TEACHER.name() : Role.PARENT.name(),
                    passwords.get(i)));
        }
        ImportResult result = new ImportResult(counts[0], counts[1], counts[2], counts[3], teachers.size(), parents.size(), credentials);
        audit.record("school.import", "school", schoolId, schoolId, null, result.withoutCredentials());
        return result;
    }

    /** A teacher's or parent's row: log-in, names, IIN, e-mail, phone; null when it has no log-in or name at all. */
    private static AccountRow accountRow(Problems p, String sheet, SpreadsheetReader.Row r, long schoolId, Role role) {
        String login = r.cell(0).strip().toLowerCase(Locale.ROOT);
        if (login.isEmpty()) {
            p.add(sheet, r.number(), "login", "validation.required");
            return null;
        }
        if (r.cell(1).isBlank()) {
            p.add(sheet, r.number(), "lastName", "validation.required");
        }
        if (r.cell(2).isBlank()) {
            p.add(sheet, r.number(), "firstName", "validation.required");
        }
        String iin = blank(r.cell(4));
        if (iin != null && !Iin.isValid(iin)) {
            p.add(sheet, r.number(), "iin", "validation.iin");
        }
        return new AccountRow(sheet, r.number(), new UserService.NewUser(login, initialPassword(), null, iin, r.cell(1).strip(),
                r.cell(2).strip(), blank(r.cell(3)), null, null, null, null, schoolId, role), blank(r.cell(5)), blank(r.cell(6)), new ArrayList<>());
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    /** No 0/O, 1/l/I: read aloud or copied from paper without mistakes. */
    private static final String PASSWORD_LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** A first password of 14 characters (about 81 bits) for a new account. */
    static String initialPassword() {
        StringBuilder b = new StringBuilder(14);
        for (int i = 0; i < 14; i++) {
            b.append(PASSWORD_LETTERS.charAt(RANDOM.nextInt(PASSWORD_LETTERS.length())));
        }
        return b.toString();
    }

    /** Everyone enrolled in a class of the year at some time, by {@link #childKey}. */
    private Map<String, List<Long>> studentsOfYear(long yearId) {
        List<Object[]> rows = jpa.read(em -> em.createQuery("SELECT DISTINCT c.grade, c.letter, e.studentPersonId FROM EnrolmentEntity e,"
                + " ClassEntity c WHERE e.classId = c.id AND c.yearId = :y", Object[].class).setParameter("y", yearId).getResultList());
        Map<Long, Person> people = persons.persons(rows.stream().map(r -> (Long) r[2]).toList());
        Map<String, List<Long>> out = new HashMap<>();
        for (Object[] r : rows) {
            Person person = people.get((Long) r[2]);
            if (person != null) {
                List<Long> ids = out.computeIfAbsent(childKey(r[0] + String.valueOf(r[1]), person.lastName(), person.firstName()), k -> new ArrayList<>());
                if (!ids.contains(person.id())) {
                    ids.add(person.id());
                }
            }
        }
        return out;
    }

    private static final Pattern ACCOUNT_FIELD = Pattern.compile("users\\[(\\d+)]\\.(\\w+)");

    /** Runs a platform call on the new accounts; its {@code users[i].field} errors are renamed to the sheet rows. */
    private static <T> T renamingAccountErrors(List<AccountRow> rows, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (EduException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            List<FieldError> renamed = new ArrayList<>();
            for (FieldError f : e.fieldErrors()) {
                java.util.regex.Matcher m = ACCOUNT_FIELD.matcher(f.field());
                if (m.matches()) {
                    AccountRow a = rows.get(Integer.parseInt(m.group(1)));
                    String field = switch (m.group(2)) {
                        case "username" -> "login";
                        case "childPersonIds" -> "child";
                        default -> m.group(2);
                    };
                    renamed.add(new FieldError(a.sheet() + "!" + a.row() + "!" + field, f.messageKey(), f.args()));
                } else {
                    renamed.add(f);
                }
            }
            throw EduException.invalid(renamed);
        }
    }

    /** The students' people, all or none; the platform's row errors are renamed to the students' sheet rows. */
    private List<Person> createPeople(List<StudentRow> students) {
        try {
            return persons.createPersons(students.stream().map(StudentRow::person).toList());
        } catch (EduException e) {
            if (e.fieldErrors().isEmpty()) {
                throw e;
            }
            List<FieldError> renamed = new ArrayList<>();
            for (FieldError f : e.fieldErrors()) {
                java.util.regex.Matcher m = Pattern.compile("people\\[(\\d+)]\\.(\\w+)").matcher(f.field());
                renamed.add(m.matches() ? new FieldError("Students!" + students.get(Integer.parseInt(m.group(1))).row() + "!" + m.group(2),
                        f.messageKey(), f.args()) : f);
            }
            throw EduException.invalid(renamed);
        }
    }

    /** The data rows of a sheet: everything after the header row (the first row whose first cell is not a number). */
    private static List<SpreadsheetReader.Row> data(SpreadsheetReader.Sheet sheet) {
        List<SpreadsheetReader.Row> rows = sheet.rows();
        return rows.isEmpty() ? rows : rows.subList(1, rows.size());
    }

    static String className(String cell) {
        java.util.regex.Matcher m = CLASS.matcher(cell.strip());
        return m.matches() ? Integer.parseInt(m.group(1)) + m.group(2).toUpperCase(Locale.ROOT) : null;
    }

    /** A whole number ("3", or "3.0" as spreadsheets store numbers), else null. */
    static Integer integer(String cell) {
        try {
            double d = Double.parseDouble(cell.strip().replace(',', '.'));
            return d == Math.rint(d) && Math.abs(d) < 1_000_000 ? (int) d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date as 2026-09-01, 01.09.2026, or a spreadsheet date number (days since 30 Dec 1899). */
    static LocalDate date(String cell) {
        String s = cell.strip();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s);
            }
            if (s.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                return LocalDate.parse(s, DateTimeFormatter.ofPattern("d.M.yyyy"));
            }
            if (s.matches("\\d{4,5}(\\.0+)?")) {
                return LocalDate.of(1899, 12, 30).plusDays((long) Double.parseDouble(s));
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    static Gender gender(String cell) {
        return switch (cell.strip().toUpperCase(Locale.ROOT)) {
            case "M", "М", "Е", "ЕР", "MALE" -> Gender.MALE;
            case "F", "Ж", "Ә", "ӘЙЕЛ", "FEMALE" -> Gender.FEMALE;
            default -> null;
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
