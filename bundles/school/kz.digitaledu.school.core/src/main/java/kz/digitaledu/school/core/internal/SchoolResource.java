package kz.digitaledu.school.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.rest.RestResource;
import kz.digitaledu.school.api.AssessmentKind;
import kz.digitaledu.school.api.Assignment;
import kz.digitaledu.school.api.AttendanceStatus;
import kz.digitaledu.school.api.DiaryService;
import kz.digitaledu.school.api.HomeworkFileService;
import kz.digitaledu.school.api.LessonPlanService;
import kz.digitaledu.school.api.Enrolment;
import kz.digitaledu.school.api.GradingPolicy;
import kz.digitaledu.school.api.JournalService;
import kz.digitaledu.school.api.Lesson;
import kz.digitaledu.school.api.SchoolClass;
import kz.digitaledu.school.api.SchoolStructureService;
import kz.digitaledu.school.api.SchoolYear;
import kz.digitaledu.school.api.SchoolImportService;
import kz.digitaledu.school.api.SchoolReportService;
import kz.digitaledu.school.api.Subject;
import kz.digitaledu.platform.api.report.Report;
import kz.digitaledu.platform.api.report.ReportRenderer;
import kz.digitaledu.school.api.SubstitutionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/school}: the school's structure, the e-journal (marks, attendance, lessons, term
 * grades, history) and the diary, with the same rules as the UI (the services apply them).
 */
@Component(service = RestResource.class)
@Path("school")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolResource implements RestResource {
    private final SchoolStructureService structure;
    private final JournalService journal;
    private final DiaryService diary;
    private final SubstitutionService substitutions;
    private final SchoolReportService reports;
    private final ReportRenderer renderer;
    private final SchoolImportService imports;
    private final HomeworkFileService homeworkFiles;
    private final LessonPlanService plans;

    @Activate
    public SchoolResource(@Reference SchoolStructureService structure, @Reference JournalService journal, @Reference DiaryService diary,
            @Reference SubstitutionService substitutions, @Reference SchoolReportService reports, @Reference ReportRenderer renderer,
            @Reference SchoolImportService imports, @Reference HomeworkFileService homeworkFiles, @Reference LessonPlanService plans) {
        this.imports = imports;
        this.plans = plans;
        this.homeworkFiles = homeworkFiles;
        this.reports = reports;
        this.renderer = renderer;
        this.structure = structure;
        this.journal = journal;
        this.diary = diary;
        this.substitutions = substitutions;
    }

    private static long required(Long v, String name) {
        if (v == null) {
            throw EduException.invalid(name, "validation.required");
        }
        return v;
    }

    /** A {@code yyyy-MM-dd} query parameter; today when absent. */
    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw EduException.invalid("date", "school.validation.date");
        }
    }

    private static <T> T body(T b) {
        if (b == null) {
            throw EduException.invalid("body", "validation.required");
        }
        return b;
    }

    // ---- structure -----------------------------------------------------------------------------

    @GET
    @Path("years")
    public List<SchoolYear> years(@QueryParam("schoolId") Long schoolId) {
        return structure.years(required(schoolId, "schoolId"));
    }

    @POST
    @Path("years")
    public Response createYear(SchoolStructureService.NewYear y) {
        return Response.status(201).entity(structure.createYear(body(y))).build();
    }

    /** Each class's weekly timetable from the timetable the school published in the Timetables component. */
    @POST
    @Path("years/{id}/timetable/adopt")
    public SchoolStructureService.TimetableAdoption adoptTimetable(@PathParam("id") long yearId, @QueryParam("date") String date) {
        return structure.adoptPublishedTimetable(yearId, date(date));
    }

    @GET
    @Path("classes")
    public List<SchoolClass> classes(@QueryParam("schoolId") Long schoolId, @QueryParam("yearId") Long yearId) {
        return structure.classes(required(schoolId, "schoolId"), required(yearId, "yearId"));
    }

    @POST
    @Path("classes")
    public Response createClass(SchoolStructureService.NewClass c) {
        return Response.status(201).entity(structure.createClass(body(c))).build();
    }

    @GET
    @Path("classes/{id}/students")
    public List<SchoolStructureService.Student> students(@PathParam("id") long classId, @QueryParam("date") String date) {
        return structure.students(classId, date(date));
    }

    @GET
    @Path("classes/{id}/groups")
    public List<kz.digitaledu.school.api.ClassGroup> groups(@PathParam("id") long classId) {
        return structure.groups(classId);
    }

    @POST
    @Path("classes/{id}/groups")
    public Response createGroup(@PathParam("id") long classId, SchoolStructureService.NewGroup g) {
        return Response.status(201).entity(structure.createGroup(classId, body(g))).build();
    }

    @PUT
    @Path("groups/{id}/members")
    public kz.digitaledu.school.api.ClassGroup setGroupMembers(@PathParam("id") long groupId, List<Long> studentPersonIds) {
        return structure.setGroupMembers(groupId, body(studentPersonIds));
    }

    @DELETE
    @Path("groups/{id}")
    public Response deleteGroup(@PathParam("id") long groupId) {
        structure.deleteGroup(groupId);
        return Response.noContent().build();
    }

    @POST
    @Path("classes/{id}/students")
    public Response enrolNewStudent(@PathParam("id") long classId, SchoolStructureService.NewStudent st) {
        return Response.status(201).entity(structure.enrolNewStudent(classId, body(st))).build();
    }

    @GET
    @Path("classes/{id}/timetable")
    public List<SchoolStructureService.TimetableSlot> timetable(@PathParam("id") long classId) {
        return structure.weeklyTimetable(classId);
    }

    @PUT
    @Path("classes/{id}/timetable")
    public List<SchoolStructureService.TimetableSlot> setTimetable(@PathParam("id") long classId,
            List<SchoolStructureService.TimetableSlot> slots) {
        return structure.setWeeklyTimetable(classId, body(slots));
    }

    public record Generated(int lessons) {
    }

    @POST
    @Path("classes/{id}/lessons")
    public Generated generate(@PathParam("id") long classId, @QueryParam("termId") Long termId) {
        return new Generated(structure.generateLessons(classId, required(termId, "termId")));
    }

    @GET
    @Path("subjects")
    public List<Subject> subjects(@QueryParam("schoolId") Long schoolId) {
        return structure.subjects(required(schoolId, "schoolId"));
    }

    @POST
    @Path("subjects")
    public Response createSubject(SchoolStructureService.NewSubject s) {
        return Response.status(201).entity(structure.createSubject(body(s))).build();
    }

    @GET
    @Path("assignments")
    public List<Assignment> assignments(@QueryParam("schoolId") Long schoolId, @QueryParam("teacherAccountId") Long teacher) {
        return structure.assignments(required(schoolId, "schoolId"), teacher);
    }

    @POST
    @Path("assignments")
    public Response createAssignment(SchoolStructureService.NewAssignment a) {
        return Response.status(201).entity(structure.createAssignment(body(a))).build();
    }

    @PUT
    @Path("assignments/{id}")
    public Assignment updateAssignment(@PathParam("id") long assignmentId, SchoolStructureService.AssignmentChange change) {
        return structure.updateAssignment(assignmentId, body(change));
    }

    @DELETE
    @Path("assignments/{id}")
    public Response deleteAssignment(@PathParam("id") long assignmentId) {
        structure.deleteAssignment(assignmentId);
        return Response.noContent().build();
    }

    public record NewEnrolment(Long classId, List<Long> studentPersonIds, LocalDate from, String order) {
    }

    @POST
    @Path("enrolments")
    public Response enrol(NewEnrolment e) {
        body(e);
        return Response.status(201).entity(structure.enrol(required(e.classId(), "classId"), e.studentPersonIds(), e.from(), e.order())).build();
    }

    @GET
    @Path("enrolments")
    public List<Enrolment> enrolments(@QueryParam("schoolId") Long schoolId) {
        return structure.enrolments(required(schoolId, "schoolId"));
    }

    public record Transfer(Long studentPersonId, Long toClassId, LocalDate from, String order) {
    }

    @POST
    @Path("enrolments/transfer")
    public Enrolment transfer(Transfer t) {
        body(t);
        return structure.transfer(required(t.studentPersonId(), "studentPersonId"), required(t.toClassId(), "toClassId"), t.from(), t.order());
    }

    public record Leave(Long studentPersonId, LocalDate on, String order, String reason) {
    }

    @POST
    @Path("enrolments/leave")
    public Enrolment leave(Leave l) {
        body(l);
        return structure.leave(required(l.studentPersonId(), "studentPersonId"), l.on(), l.order(), l.reason());
    }

    // ---- journal -------------------------------------------------------------------------------

    @GET
    @Path("journals")
    public List<JournalService.JournalRef> journals() {
        return journal.journals();
    }

    @GET
    @Path("journals/{assignmentId}")
    public JournalService.JournalPage journal(@PathParam("assignmentId") long assignmentId, @QueryParam("termId") Long termId) {
        return journal.journal(assignmentId, required(termId, "termId"));
    }

    @GET
    @Path("journals/{assignmentId}/history")
    public List<JournalService.MarkChange> history(@PathParam("assignmentId") long assignmentId,
            @QueryParam("studentPersonId") Long studentPersonId) {
        return journal.history(assignmentId, studentPersonId);
    }

    public record NewTermGrade(Long termId, Long studentPersonId, Integer grade) {
    }

    @PUT
    @Path("journals/{assignmentId}/term-grades")
    public JournalService.TermGrade termGrade(@PathParam("assignmentId") long assignmentId, NewTermGrade g) {
        body(g);
        if (g.grade() == null) {
            throw EduException.invalid("grade", "validation.required");
        }
        return journal.setTermGrade(assignmentId, required(g.termId(), "termId"), required(g.studentPersonId(), "studentPersonId"), g.grade());
    }

    /** Each student's term grades, the recommended and the final year grade. */
    @GET
    @Path("journals/{assignmentId}/year-grades")
    public List<JournalService.YearGrade> yearGrades(@PathParam("assignmentId") long assignmentId) {
        return journal.yearGrades(assignmentId);
    }

    public record NewYearGrade(Long studentPersonId, Integer grade) {
    }

    @PUT
    @Path("journals/{assignmentId}/year-grades")
    public JournalService.YearGrade yearGrade(@PathParam("assignmentId") long assignmentId, NewYearGrade g) {
        body(g);
        if (g.grade() == null) {
            throw EduException.invalid("grade", "validation.required");
        }
        return journal.setYearGrade(assignmentId, required(g.studentPersonId(), "studentPersonId"), g.grade());
    }

    public record MarkInput(Long lessonId, Long studentPersonId, BigDecimal value, String comment) {
    }

    @PUT
    @Path("marks")
    public JournalService.Mark setMark(MarkInput m) {
        body(m);
        return journal.setMark(required(m.lessonId(), "lessonId"), required(m.studentPersonId(), "studentPersonId"), m.value(), m.comment());
    }

    @DELETE
    @Path("marks")
    public Response deleteMark(@QueryParam("lessonId") Long lessonId, @QueryParam("studentPersonId") Long studentPersonId) {
        journal.deleteMark(required(lessonId, "lessonId"), required(studentPersonId, "studentPersonId"));
        return Response.noContent().build();
    }

    public record AttendanceInput(Long lessonId, Long studentPersonId, AttendanceStatus status) {
    }

    @PUT
    @Path("attendance")
    public Response setAttendance(AttendanceInput a) {
        body(a);
        journal.setAttendance(required(a.lessonId(), "lessonId"), required(a.studentPersonId(), "studentPersonId"), a.status());
        return Response.noContent().build();
    }

    public record LessonInput(String topic, String homework, AssessmentKind assessment, Integer maxPoints) {
    }

    @PUT
    @Path("lessons/{id}")
    public Lesson updateLesson(@PathParam("id") long lessonId, LessonInput l) {
        body(l);
        return journal.updateLesson(lessonId, l.topic(), l.homework(), l.assessment(), l.maxPoints());
    }

    /** The calendar-thematic plan (КТП) of a teaching assignment. */
    @GET
    @Path("assignments/{id}/plan")
    public List<LessonPlanService.PlanTopic> plan(@PathParam("id") long assignmentId) {
        return plans.plan(assignmentId);
    }

    /** Replaces the plan: a JSON array of {@code {"title":…,"hours":…}}; every row is checked before anything changes. */
    @PUT
    @Path("assignments/{id}/plan")
    public List<LessonPlanService.PlanTopic> setPlan(@PathParam("id") long assignmentId, List<LessonPlanService.NewTopic> topics) {
        return plans.setPlan(assignmentId, body(topics));
    }

    /** Replaces the plan with an XLSX workbook's first sheet (topic and hours per row), the file as the body. */
    @POST
    @Path("assignments/{id}/plan/import")
    @Consumes({ReportRenderer.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public List<LessonPlanService.PlanTopic> importPlan(@PathParam("id") long assignmentId, java.io.InputStream body) {
        return plans.importPlan(assignmentId, body);
    }

    /** Fills the lessons' topics from the plan; {@code overwrite=true} replaces topics typed by hand too. */
    @POST
    @Path("assignments/{id}/plan/fill")
    public LessonPlanService.FillResult fillTopics(@PathParam("id") long assignmentId, @QueryParam("overwrite") boolean overwrite) {
        return plans.fillTopics(assignmentId, overwrite);
    }

    /** The files of a lesson's homework. */
    @GET
    @Path("lessons/{id}/files")
    public List<HomeworkFileService.Attachment> homeworkFiles(@PathParam("id") long lessonId) {
        return homeworkFiles.list(lessonId);
    }

    /** Attaches the body (the file itself) to a lesson's homework under {@code name}: 201 with the attachment. */
    @POST
    @Path("lessons/{id}/files")
    @Consumes(MediaType.WILDCARD)
    public Response attachHomeworkFile(@PathParam("id") long lessonId, @QueryParam("name") String name, java.io.InputStream body) {
        HomeworkFileService.Attachment a = homeworkFiles.attach(lessonId, name, body);
        return Response.status(Response.Status.CREATED).entity(a).build();
    }

    /** Downloads one file of a lesson's homework, under its own name. */
    @GET
    @Path("lessons/{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response homeworkFile(@PathParam("id") long lessonId, @PathParam("fileId") long fileId) {
        HomeworkFileService.Download d = homeworkFiles.open(lessonId, fileId);
        String name = d.attachment().name();
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return Response.ok((javax.ws.rs.core.StreamingOutput) out -> {
            try (java.io.InputStream in = d.content()) {
                in.transferTo(out);
            }
        }, d.attachment().contentType()).header("Content-Length", d.attachment().size())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("lessons/{id}/files/{fileId}")
    public Response detachHomeworkFile(@PathParam("id") long lessonId, @PathParam("fileId") long fileId) {
        homeworkFiles.detach(lessonId, fileId);
        return Response.noContent().build();
    }

    @GET
    @Path("grading-policy")
    public GradingPolicy policy(@QueryParam("schoolId") Long schoolId) {
        return journal.gradingPolicy(required(schoolId, "schoolId"));
    }

    @PUT
    @Path("grading-policy")
    public GradingPolicy setPolicy(@QueryParam("schoolId") Long schoolId, GradingPolicy p) {
        return journal.setGradingPolicy(required(schoolId, "schoolId"), body(p));
    }

    // ---- substitutions -------------------------------------------------------------------------

    public record NewAbsence(Long schoolId, Long teacherAccountId, LocalDate from, LocalDate to, String reason) {
    }

    @POST
    @Path("absences")
    public Response markAbsent(NewAbsence a) {
        body(a);
        return Response.status(201).entity(substitutions.markAbsent(required(a.schoolId(), "schoolId"),
                required(a.teacherAccountId(), "teacherAccountId"), a.from(), a.to(), a.reason())).build();
    }

    @GET
    @Path("absences")
    public List<SubstitutionService.TeacherAbsence> absences(@QueryParam("schoolId") Long schoolId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return substitutions.absences(required(schoolId, "schoolId"), date(from), date(to));
    }

    @GET
    @Path("absences/{id}/lessons")
    public List<SubstitutionService.AffectedLesson> affected(@PathParam("id") long absenceId) {
        return substitutions.affectedLessons(absenceId);
    }

    @GET
    @Path("lessons/{id}/substitutes")
    public List<SubstitutionService.Candidate> candidates(@PathParam("id") long lessonId) {
        return substitutions.candidates(lessonId);
    }

    public record Substitute(Long substituteAccountId) {
    }

    @PUT
    @Path("lessons/{id}/substitute")
    public SubstitutionService.AffectedLesson assign(@PathParam("id") long lessonId, Substitute s) {
        body(s);
        return substitutions.assign(lessonId, required(s.substituteAccountId(), "substituteAccountId"));
    }

    @DELETE
    @Path("lessons/{id}/substitute")
    public SubstitutionService.AffectedLesson unassign(@PathParam("id") long lessonId) {
        return substitutions.unassign(lessonId);
    }

    @GET
    @Path("substitutions")
    public List<SubstitutionService.AffectedLesson> book(@QueryParam("schoolId") Long schoolId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return substitutions.book(required(schoolId, "schoolId"), date(from), date(to));
    }

    // ---- reports -------------------------------------------------------------------------------

    /**
     * A report as JSON, XLSX or PDF ({@code format}): {@code card} and {@code attendance} of a class
     * ({@code classId}), {@code performance} and {@code journal-quality} of a school ({@code schoolId}), for a term
     * ({@code termId}); {@code teaching-load} of a school for a year ({@code yearId}); {@code movement} of a school
     * between {@code from} and {@code to}; {@code alphabetical-book} of a school.
     */
    @GET
    @Path("reports/{kind}")
    @Produces({MediaType.APPLICATION_JSON, ReportRenderer.XLSX, ReportRenderer.PDF})
    public Response report(@PathParam("kind") String kind, @QueryParam("classId") Long classId, @QueryParam("schoolId") Long schoolId,
            @QueryParam("termId") Long termId, @QueryParam("yearId") Long yearId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("format") String format) {
        Report r = switch (kind) {
            case "card" -> reports.reportCard(required(classId, "classId"), required(termId, "termId"));
            case "year-card" -> reports.yearReportCard(required(classId, "classId"));
            case "attendance" -> reports.attendance(required(classId, "classId"), required(termId, "termId"));
            case "performance" -> reports.performance(required(schoolId, "schoolId"), required(termId, "termId"));
            case "journal-quality" -> reports.journalQuality(required(schoolId, "schoolId"), required(termId, "termId"));
            case "teaching-load" -> reports.teachingLoad(required(schoolId, "schoolId"), required(yearId, "yearId"));
            case "movement" -> reports.movement(required(schoolId, "schoolId"), date(from), date(to));
            case "alphabetical-book" -> reports.alphabeticalBook(required(schoolId, "schoolId"));
            default -> throw EduException.notFound("report", kind);
        };
        String f = format == null || format.isBlank() ? "json" : format;
        return switch (f) {
            case "json" -> Response.ok(r, MediaType.APPLICATION_JSON).build();
            case "xlsx" -> Response.ok(renderer.xlsx(r), ReportRenderer.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + kind + ".xlsx\"").build();
            case "pdf" -> Response.ok(renderer.pdf(r), ReportRenderer.PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + kind + ".pdf\"").build();
            default -> throw EduException.invalid("format", "school.validation.format");
        };
    }

    // ---- import --------------------------------------------------------------------------------

    @GET
    @Path("import/template")
    @Produces(ReportRenderer.XLSX)
    public Response importTemplate() {
        return Response.ok(imports.template(), ReportRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"school-import.xlsx\"").build();
    }

    /** The body is the XLSX file itself. Nothing is written unless the whole file is correct. */
    @POST
    @Path("import")
    @Consumes({ReportRenderer.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public SchoolImportService.ImportResult importWorkbook(@QueryParam("schoolId") Long schoolId, @QueryParam("yearId") Long yearId,
            java.io.InputStream body) {
        return imports.importWorkbook(required(schoolId, "schoolId"), required(yearId, "yearId"), body);
    }

    // ---- diary ---------------------------------------------------------------------------------

    @GET
    @Path("diary")
    public List<DiaryService.DiaryStudent> diaryStudents() {
        return diary.students();
    }

    @GET
    @Path("diary/{personId}/week")
    public List<DiaryService.DiaryEntry> week(@PathParam("personId") long personId, @QueryParam("date") String date) {
        return diary.week(personId, date(date));
    }

    @GET
    @Path("diary/{personId}/summary")
    public List<DiaryService.SubjectSummary> summary(@PathParam("personId") long personId, @QueryParam("date") String date) {
        return diary.summary(personId, date(date));
    }
}
