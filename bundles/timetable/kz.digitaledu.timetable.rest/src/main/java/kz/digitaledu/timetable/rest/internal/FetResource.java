package kz.digitaledu.timetable.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.rest.RestResource;
import kz.digitaledu.timetable.solver.SolveJob;
import kz.digitaledu.timetable.solver.SolverOptions;
import kz.digitaledu.timetable.solver.TimetableSolverService;
import kz.digitaledu.timetable.core.FetUploads;
import kz.digitaledu.timetable.core.TimetablePermissions;
import kz.digitaledu.timetable.solver.fet.FetImportResult;
import kz.digitaledu.timetable.solver.fet.FetInterchange;
import kz.digitaledu.timetable.solver.model.Timetable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/timetable/fet}: check a FET file (what maps, what does not, contradictions found before
 * solving) and solve it, answering fet-cl's activities timetable. Send the {@code .fet} file as the body.
 */
@Component(service = RestResource.class)
@Path("timetable/fet")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
public class FetResource implements RestResource {
    private final FetInterchange fet;
    private final TimetableSolverService solver;
    private final CurrentUser currentUser;
    private final AccessControl access;

    @Activate
    public FetResource(@Reference FetInterchange fet, @Reference TimetableSolverService solver, @Reference CurrentUser currentUser,
            @Reference AccessControl access) {
        this.fet = fet;
        this.solver = solver;
        this.currentUser = currentUser;
        this.access = access;
    }

    public record Problem(String messageKey, String subject, String message) {
    }

    public record CheckReport(boolean supported, int lessons, int placedLessons, int pinnedLessons,
            Map<String, Integer> mappedConstraints, Map<String, Integer> unmappedConstraints, Map<String, Integer> unmappedHard,
            List<Problem> problems, List<String> warnings) {
    }

    public record SolveReport(long hardScore, long softScore, boolean feasible, long seconds, String activitiesTimetableXml) {
    }

    @POST
    @Path("check")
    public CheckReport check(InputStream body) {
        FetImportResult imported = read(body);
        List<Problem> problems = solver.check(imported.timetable()).stream()
                .map(p -> new Problem(p.messageKey(), p.subjectId(), p.message())).toList();
        return new CheckReport(imported.supported(), imported.timetable().getLessons().size(), imported.placedLessons(),
                imported.pinnedLessons(), imported.mappedConstraints(), imported.unmappedConstraints(), imported.unmappedHard(), problems,
                imported.warnings());
    }

    @POST
    @Path("solve")
    public SolveReport solve(InputStream body, @QueryParam("seconds") Integer seconds) {
        int limit = seconds == null ? 10 : seconds;
        if (limit < 1 || limit > 120) {
            throw EduException.invalid("seconds", "timetable.seconds_range", 1, 120);
        }
        Timetable problem = read(body).timetable();
        SolveJob job = solver.solve(problem, new SolverOptions(Duration.ofSeconds(limit), null, true, "NONE", null), null);
        Timetable best;
        try {
            best = job.result().get(limit + 30L, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.stop();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            job.stop();
            throw new IllegalStateException("solving failed", e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            fet.writeActivitiesTimetable(best, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long hard = best.getScore() == null ? Long.MIN_VALUE : best.getScore().hardScore();
        long soft = best.getScore() == null ? Long.MIN_VALUE : best.getScore().softScore();
        return new SolveReport(hard, soft, best.getScore() != null && best.getScore().isFeasible(), limit,
                out.toString(StandardCharsets.UTF_8));
    }

    private FetImportResult read(InputStream body) {
        EduPrincipal me = currentUser.require();
        if (!access.isPermittedAnywhere(me, TimetablePermissions.MANAGE)) {
            throw EduException.forbidden();
        }
        return FetUploads.read(fet, FetUploads.body(body));
    }
}
