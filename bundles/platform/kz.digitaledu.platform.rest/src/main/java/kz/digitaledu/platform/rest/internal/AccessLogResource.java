package kz.digitaledu.platform.rest.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import kz.digitaledu.platform.api.AuthService;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/security/access-log}: sign-in attempts of the accounts the caller may see. */
@Component(service = RestResource.class)
@Path("security/access-log")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource implements RestResource {
    private final AuthService auth;

    @Activate
    public AccessLogResource(@Reference AuthService auth) {
        this.auth = auth;
    }

    @GET
    public List<AuthService.LoginAttempt> accessLog(@QueryParam("user") String user, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("failuresOnly") boolean failuresOnly, @QueryParam("limit") int limit) {
        return auth.accessLog(user, instant("from", from), instant("to", to), failuresOnly, limit);
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw EduException.invalid(field, "validation.instant");
        }
    }
}
