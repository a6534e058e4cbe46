package kz.digitaledu.platform.rest.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.AuditEntry;
import kz.digitaledu.platform.api.AuditQuery;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/audit}: the audit log filtered by user, action, type and period; {@code /api/audit/export.csv}. */
@Component(service = RestResource.class)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource implements RestResource {
    private final AuditService audit;
    private final AccessControl access;
    private final CurrentUser currentUser;

    @Activate
    public AuditResource(@Reference AuditService audit, @Reference AccessControl access,
            @Reference CurrentUser currentUser) {
        this.audit = audit;
        this.access = access;
        this.currentUser = currentUser;
    }

    private List<AuditEntry> query(String user, String action, String type, String from, String to, int offset, int limit) {
        if (!access.isPermittedAnywhere(currentUser.require(), AuditService.READ)) {
            throw EduException.forbidden();
        }
        return audit.find(new AuditQuery(user, action, type, AccessLogResource.instant("from", from), AccessLogResource.instant("to", to), offset, limit));
    }

    @GET
    public List<AuditEntry> find(@QueryParam("user") String user, @QueryParam("action") String action,
            @QueryParam("entityType") String type, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") int offset, @QueryParam("limit") int limit) {
        return query(user, action, type, from, to, offset, limit);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("user") String user, @QueryParam("action") String action,
            @QueryParam("entityType") String type, @QueryParam("from") String from, @QueryParam("to") String to) {
        String csv = AuditEntry.toCsv(query(user, action, type, from, to, 0, 10_000));
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }


}
