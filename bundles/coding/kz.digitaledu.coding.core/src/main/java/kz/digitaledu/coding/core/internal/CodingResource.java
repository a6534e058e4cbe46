package kz.digitaledu.coding.core.internal;

import java.io.InputStream;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PUT;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
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
 * until status DONE), a user's submissions to a task, rejudging a task; for those who manage tasks ({@link CodingService#MANAGE_TASKS}):
 * uploading a Kattis package ({@code POST tasks}, the body is the .zip itself), writing one as JSON ({@code POST tasks},
 * {@code PUT tasks/{id}}), reading it back as a form ({@code GET tasks/{id}/draft}), downloading it as a .zip
 * ({@code GET tasks/{id}/package}) and deleting it.
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

    /**
     * Adds (201) or, with {@code replace=true}, replaces a task from a Kattis problem package; the body is the .zip. The id is
     * {@code id}, else the zip's one top-level folder. A bad package: 422 {@code task_package_invalid}, nothing changed.
     */
    @POST
    @Path("tasks")
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(@QueryParam("id") String id, @QueryParam("replace") @DefaultValue("false") boolean replace, InputStream body) {
        return Response.status(Response.Status.CREATED).entity(coding.uploadTask(id, body, replace)).build();
    }

    /** Adds (201) or, with {@code replace=true}, replaces a task written as JSON (a {@link CodingService.TaskDraft}). */
    @POST
    @Path("tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@QueryParam("replace") @DefaultValue("false") boolean replace, CodingService.TaskDraft draft) {
        return Response.status(Response.Status.CREATED).entity(coding.saveTask(draft, replace)).build();
    }

    /** Replaces (or adds) the task {@code id} with the one written as JSON; the body's id must be the same or absent. */
    @PUT
    @Path("tasks/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskInfo save(@PathParam("id") String taskId, CodingService.TaskDraft draft) {
        if (draft == null) {
            throw EduException.invalid("id", "validation.required");
        }
        if (draft.id() != null && !draft.id().equals(taskId)) {
            throw EduException.invalid("id", "coding.task.id_invalid", draft.id());
        }
        return coding.saveTask(new CodingService.TaskDraft(taskId, draft.names(), draft.statements(), draft.timeLimitSeconds(),
                draft.memoryLimitMb(), draft.outputLimitMb(), draft.checker(), draft.caseSensitive(), draft.absTolerance(),
                draft.relTolerance(), draft.tests()), true);
    }

    @GET
    @Path("tasks/{id}/draft")
    public CodingService.TaskDraft draft(@PathParam("id") String taskId) {
        return coding.draft(taskId);
    }

    /** The task's package as a .zip (its files under a folder named after the task). */
    @GET
    @Path("tasks/{id}/package")
    @Produces("application/zip")
    public Response download(@PathParam("id") String taskId) {
        // written whole before the response starts, so that a refusal is still a JSON error and the user's context is at hand
        java.nio.file.Path file;
        try {
            file = java.nio.file.Files.createTempFile("task-", ".zip");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            coding.exportTask(taskId, out);
        } catch (java.io.IOException | RuntimeException e) {
            file.toFile().delete();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e);
        }
        StreamingOutput zip = out -> {
            try {
                java.nio.file.Files.copy(file, out);
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        };
        return Response.ok(zip, "application/zip").header("Content-Disposition", "attachment; filename=\"" + taskId + ".zip\"").build();
    }

    @DELETE
    @Path("tasks/{id}")
    public Response delete(@PathParam("id") String taskId) {
        coding.deleteTask(taskId);
        return Response.noContent().build();
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
