package kz.digitaledu.timetable.rest.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.rest.RestResource;
import kz.digitaledu.platform.api.timetable.PublishedLesson;
import kz.digitaledu.platform.api.timetable.PublishedTimetable;
import kz.digitaledu.platform.api.timetable.PublishedTimetables;
import kz.digitaledu.timetable.core.EditCheck;
import kz.digitaledu.timetable.core.FetUploads;
import kz.digitaledu.timetable.core.SlotFit;
import kz.digitaledu.timetable.core.TimetablePlan;
import kz.digitaledu.timetable.core.SchoolTimetableService;
import kz.digitaledu.timetable.core.TimetableCheck;
import kz.digitaledu.timetable.core.TimetableInfo;
import kz.digitaledu.timetable.core.TimetablePermissions;
import kz.digitaledu.timetable.core.Week;
import kz.digitaledu.platform.api.report.ReportRenderer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/timetable/schools/{schoolId}/...}: a school's timetables. Upload a {@code .fet} file as a draft (solving
 * starts in the background), follow the progress, stop, resume, publish, export in FET's formats, and read the
 * timetable in force.
 */
@Component(service = RestResource.class)
@Path("timetable/schools/{schoolId}")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolTimetableResource implements RestResource {
    private final SchoolTimetableService timetables;
    private final PublishedTimetables published;
    private final CurrentUser currentUser;
    private final AccessControl access;

    @Activate
    public SchoolTimetableResource(@Reference SchoolTimetableService timetables, @Reference PublishedTimetables published,
            @Reference CurrentUser currentUser, @Reference AccessControl access) {
        this.timetables = timetables;
        this.published = published;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** Publishing: the first day the timetable is in force. */
    public record Publication(LocalDate validFrom) {
    }

    @GET
    @Path("timetables")
    public List<TimetableInfo> list(@PathParam("schoolId") long schoolId) {
        return timetables.list(schoolId);
    }

    @POST
    @Path("timetables")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    public Response importFet(@PathParam("schoolId") long schoolId, @QueryParam("name") String name,
            @QueryParam("seconds") Integer seconds, InputStream body) {
        TimetableInfo info = timetables.importFet(schoolId, name, FetUploads.body(body), seconds == null ? 60 : seconds);
        return Response.status(201).entity(info).build();
    }

    /** The workbook to fill in (week, rooms, teachers, classes, curriculum), in the caller's language. */
    @GET
    @Path("timetables/workbook")
    @Produces(ReportRenderer.XLSX)
    public Response workbookTemplate(@PathParam("schoolId") long schoolId) {
        access.check(currentUser.require(), TimetablePermissions.MANAGE, schoolId);
        return Response.ok(timetables.workbookTemplate(), ReportRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"timetable-data.xlsx\"").build();
    }

    /** A filled-in workbook as a new draft: checked whole first (errors by sheet, row and column), then solved like a FET upload. */
    @POST
    @Path("timetables/workbook")
    @Consumes({ReportRenderer.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public Response importWorkbook(@PathParam("schoolId") long schoolId, @QueryParam("name") String name,
            @QueryParam("seconds") Integer seconds, InputStream body) {
        TimetableInfo info = timetables.importWorkbook(schoolId, name, FetUploads.body(body), seconds == null ? 60 : seconds);
        return Response.status(201).entity(info).build();
    }

    @GET
    @Path("timetables/{id}")
    public TimetableInfo get(@PathParam("schoolId") long schoolId, @PathParam("id") long id) {
        return ofSchool(schoolId, timetables.get(id));
    }

    @GET
    @Path("timetables/{id}/lessons")
    public List<PublishedLesson> lessons(@PathParam("schoolId") long schoolId, @PathParam("id") long id,
            @QueryParam("studentSet") String studentSet, @QueryParam("teacher") String teacher, @QueryParam("room") String room) {
        ofSchool(schoolId, timetables.get(id));
        return filter(timetables.lessons(id), studentSet, teacher, room);
    }

    /** What the timetable does not meet, in plain words, and the lessons without a place. */
    @GET
    @Path("timetables/{id}/check")
    public TimetableCheck check(@PathParam("schoolId") long schoolId, @PathParam("id") long id) {
        ofSchool(schoolId, timetables.get(id));
        return timetables.check(id);
    }

    @POST
    @Path("timetables/{id}/solve")
    public TimetableInfo solve(@PathParam("schoolId") long schoolId, @PathParam("id") long id, @QueryParam("seconds") Integer seconds) {
        ofSchool(schoolId, timetables.get(id));
        return timetables.solve(id, seconds == null ? 60 : seconds);
    }

    @POST
    @Path("timetables/{id}/stop")
    public TimetableInfo stop(@PathParam("schoolId") long schoolId, @PathParam("id") long id) {
        ofSchool(schoolId, timetables.get(id));
        return timetables.stop(id);
    }

    @POST
    @Path("timetables/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public TimetableInfo publish(@PathParam("schoolId") long schoolId, @PathParam("id") long id, Publication body) {
        ofSchool(schoolId, timetables.get(id));
        return timetables.publish(id, body == null ? null : body.validFrom());
    }

    // ---------------------------------------------------------------- editing by hand

    /** A place for a lesson: the day, its first period (1-based) and optionally a room (absent: it keeps its room). */
    public record Place(java.time.DayOfWeek day, Integer period, String room) {
    }

    /** Two lessons whose times are exchanged. */
    public record Swap(String lessonId, String otherLessonId) {
    }

    /** Whether the lesson stays where it is when solving again. */
    public record Pin(Boolean pinned) {
    }

    private static Place required(Place body) {
        new kz.digitaledu.platform.api.Validation().required("day", body == null ? null : body.day())
                .required("period", body == null ? null : body.period()).throwIfAny();
        return body;
    }

    private static Swap required(Swap body) {
        new kz.digitaledu.platform.api.Validation().required("lessonId", body == null ? null : body.lessonId())
                .required("otherLessonId", body == null ? null : body.otherLessonId()).throwIfAny();
        return body;
    }

    /** Every lesson of a draft with its id, place and pin, and the score: what the editing screen shows. */
    @GET
    @Path("timetables/{id}/plan")
    public TimetablePlan plan(@PathParam("schoolId") long schoolId, @PathParam("id") long id) {
        ofSchool(schoolId, timetables.get(id));
        return timetables.plan(id);
    }

    /** The score change at every start the lesson may have (its room kept): where it fits without new conflicts. */
    @GET
    @Path("timetables/{id}/plan/lessons/{lessonId}/fits")
    public List<SlotFit> fits(@PathParam("schoolId") long schoolId, @PathParam("id") long id, @PathParam("lessonId") String lessonId) {
        ofSchool(schoolId, timetables.get(id));
        return timetables.fits(id, lessonId);
    }

    /** What moving the lesson would cause, without moving it. */
    @POST
    @Path("timetables/{id}/plan/lessons/{lessonId}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public EditCheck previewMove(@PathParam("schoolId") long schoolId, @PathParam("id") long id, @PathParam("lessonId") String lessonId,
            Place body) {
        ofSchool(schoolId, timetables.get(id));
        Place p = required(body);
        return timetables.previewMove(id, lessonId, p.day(), p.period(), p.room());
    }

    /** Moves the lesson and pins it there; the answer lists the conditions it then breaks. */
    @POST
    @Path("timetables/{id}/plan/lessons/{lessonId}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public EditCheck move(@PathParam("schoolId") long schoolId, @PathParam("id") long id, @PathParam("lessonId") String lessonId, Place body) {
        ofSchool(schoolId, timetables.get(id));
        Place p = required(body);
        return timetables.move(id, lessonId, p.day(), p.period(), p.room());
    }

    @POST
    @Path("timetables/{id}/plan/lessons/{lessonId}/pin")
    @Consumes(MediaType.APPLICATION_JSON)
    public TimetableInfo pin(@PathParam("schoolId") long schoolId, @PathParam("id") long id, @PathParam("lessonId") String lessonId, Pin body) {
        ofSchool(schoolId, timetables.get(id));
        new kz.digitaledu.platform.api.Validation().required("pinned", body == null ? null : body.pinned()).throwIfAny();
        return timetables.pin(id, lessonId, body.pinned());
    }

    /** What exchanging the times of two lessons would cause, without doing it. */
    @POST
    @Path("timetables/{id}/plan/swap/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public EditCheck previewSwap(@PathParam("schoolId") long schoolId, @PathParam("id") long id, Swap body) {
        ofSchool(schoolId, timetables.get(id));
        Swap s = required(body);
        return timetables.previewSwap(id, s.lessonId(), s.otherLessonId());
    }

    /** Exchanges the times of two lessons and pins both. */
    @POST
    @Path("timetables/{id}/plan/swap")
    @Consumes(MediaType.APPLICATION_JSON)
    public EditCheck swap(@PathParam("schoolId") long schoolId, @PathParam("id") long id, Swap body) {
        ofSchool(schoolId, timetables.get(id));
        Swap s = required(body);
        return timetables.swap(id, s.lessonId(), s.otherLessonId());
    }

    @GET
    @Path("timetables/{id}/fet")
    @Produces(MediaType.APPLICATION_XML)
    public Response exportFet(@PathParam("schoolId") long schoolId, @PathParam("id") long id) {
        ofSchool(schoolId, timetables.get(id));
        return Response.ok(timetables.exportFet(id), MediaType.APPLICATION_XML)
                .header("Content-Disposition", "attachment; filename=\"timetable-" + id + "_data_and_timetable.fet\"").build();
    }

    @GET
    @Path("timetables/{id}/activities")
    @Produces(MediaType.APPLICATION_XML)
    public Response exportActivities(@PathParam("schoolId") long schoolId, @PathParam("id") long id) {
        ofSchool(schoolId, timetables.get(id));
        return Response.ok(timetables.exportActivities(id), MediaType.APPLICATION_XML)
                .header("Content-Disposition", "attachment; filename=\"timetable-" + id + "_activities.xml\"").build();
    }

    /** The weeks of every class, teacher or room (or only {@code name}'s) as XLSX (one sheet per week) or PDF. */
    @GET
    @Path("timetables/{id}/weeks")
    @Produces({ReportRenderer.XLSX, ReportRenderer.PDF, MediaType.APPLICATION_JSON})
    public Response exportWeeks(@PathParam("schoolId") long schoolId, @PathParam("id") long id, @QueryParam("kind") String kind,
            @QueryParam("name") String name, @QueryParam("format") String format) {
        ofSchool(schoolId, timetables.get(id));
        Week.Kind k = kind(kind);
        String f = format == null ? "xlsx" : format.strip().toLowerCase(java.util.Locale.ROOT);
        byte[] file = timetables.exportWeeks(id, k, name == null || name.isBlank() ? null : name, f);
        return Response.ok(file, "pdf".equals(f) ? ReportRenderer.PDF : ReportRenderer.XLSX)
                .header("Content-Disposition", "attachment; filename=\"timetable-" + id + "-" + k.name().toLowerCase(java.util.Locale.ROOT)
                        + "." + f + "\"").build();
    }

    /** The week of one class, teacher or room as an iCalendar file to import or subscribe to on a phone. */
    @GET
    @Path("timetables/{id}/calendar")
    @Produces({"text/calendar", MediaType.APPLICATION_JSON})
    public Response exportCalendar(@PathParam("schoolId") long schoolId, @PathParam("id") long id, @QueryParam("kind") String kind,
            @QueryParam("name") String name, @QueryParam("until") String until) {
        ofSchool(schoolId, timetables.get(id));
        return calendar(id, kind, name, until);
    }

    private Response calendar(long timetableId, String kind, String name, String until) {
        Week.Kind k = kind(kind);
        byte[] file = timetables.exportCalendar(timetableId, k, name, until == null || until.isBlank() ? null : date(until));
        return Response.ok(file, "text/calendar; charset=utf-8").header("Content-Disposition",
                "attachment; filename=\"timetable-" + timetableId + "-" + k.name().toLowerCase(java.util.Locale.ROOT) + ".ics\"").build();
    }

    private static Week.Kind kind(String kind) {
        try {
            return Week.Kind.valueOf(kind == null ? "CLASS" : kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw EduException.invalid("kind", "timetable.kind");
        }
    }

    /** The timetable in force on {@code date} (default today), filtered by class or group, teacher or room. */
    @GET
    @Path("published")
    public PublishedTimetable inForce(@PathParam("schoolId") long schoolId, @QueryParam("date") String date,
            @QueryParam("studentSet") String studentSet, @QueryParam("teacher") String teacher, @QueryParam("room") String room) {
        access.check(currentUser.require(), TimetablePermissions.VIEW, schoolId);
        PublishedTimetable t = published.inForce(schoolId, date(date))
                .orElseThrow(() -> EduException.notFound("timetable", schoolId));
        return new PublishedTimetable(t.id(), t.schoolId(), t.name(), t.validFrom(), t.publishedAt(),
                filter(t.lessons(), studentSet, teacher, room));
    }

    /** The week of a class, teacher or room in the timetable in force on {@code date}, as an iCalendar file (staff may read it). */
    @GET
    @Path("published/calendar")
    @Produces({"text/calendar", MediaType.APPLICATION_JSON})
    public Response inForceCalendar(@PathParam("schoolId") long schoolId, @QueryParam("date") String date,
            @QueryParam("kind") String kind, @QueryParam("name") String name, @QueryParam("until") String until) {
        access.check(currentUser.require(), TimetablePermissions.VIEW, schoolId);
        PublishedTimetable t = published.inForce(schoolId, date(date)).orElseThrow(() -> EduException.notFound("timetable", schoolId));
        return calendar(t.id(), kind, name, until);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw EduException.invalid("date", "timetable.date");
        }
    }

    private static TimetableInfo ofSchool(long schoolId, TimetableInfo info) {
        if (info.schoolId() != schoolId) {
            throw EduException.notFound("timetable", info.id());
        }
        return info;
    }

    private static List<PublishedLesson> filter(List<PublishedLesson> lessons, String studentSet, String teacher, String room) {
        return lessons.stream()
                .filter(l -> studentSet == null || l.studentSets().contains(studentSet))
                .filter(l -> teacher == null || l.teachers().contains(teacher))
                .filter(l -> room == null || room.equals(l.room()))
                .toList();
    }
}
