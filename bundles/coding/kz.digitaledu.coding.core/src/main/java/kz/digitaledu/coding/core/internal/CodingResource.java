package kz.digitaledu.coding.core.internal;

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
import kz.digitaledu.coding.core.CodingService;
import kz.digitaledu.coding.core.CodingService.SubmissionView;
import kz.digitaledu.coding.core.CodingService.TaskInfo;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/coding}: tasks (list, one with statement and samples), languages, submissions (202 Accepted, then poll {@code GET /api/coding/submissions/{id}}
 * until status DONE), a user's submissions to a task, rejudging a task.
 */
@Component(service = RestResource.class)
@Path("coding")
@Produces(MediaType.APPLICATION_JSON)
public class CodingResource implements RestResource {
    private final CodingService coding;

    @Activate
    public CodingResource(@Reference CodingService coding) {
        this.coding = coding;
    }

    @GET
    @Path("tasks")
    public List<TaskInfo> tasks() {
        return coding.tasks();
    }

    @GET
    @Path("tasks/{id}")
    public CodingService.TaskDetails task(@PathParam("id") String taskId) {
        return coding.task(taskId).orElseThrow(() -> EduException.notFound("task", taskId));
    }

    @GET
    @Path("languages")
    public List<CodingService.Language> languages() {
        return coding.languages();
    }

    public record NewSubmission(String taskId, String language, String source) {
    }

    @POST
    @Path("submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(NewSubmission body) {
        if (body == null) {
            throw EduException.invalid("taskId", "validation.required");
        }
        SubmissionView s = coding.submit(body.taskId(), body.language(), body.source());
        return Response.accepted(s).build();
    }

    @GET
    @Path("submissions/{id}")
    public SubmissionView submission(@PathParam("id") long id) {
        return coding.find(id).orElseThrow(() -> EduException.notFound("submission", id));
    }

    @GET
    @Path("submissions")
    public List<SubmissionView> mine(@QueryParam("taskId") String taskId) {
        return coding.mine(taskId);
    }

    public record Rejudged(int queued) {
    }

    @POST
    @Path("tasks/{id}/rejudge")
    public Rejudged rejudge(@PathParam("id") String taskId) {
        return new Rejudged(coding.rejudge(taskId));
    }
}
