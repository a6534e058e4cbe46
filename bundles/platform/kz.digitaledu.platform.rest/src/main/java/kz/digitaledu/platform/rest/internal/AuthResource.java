package kz.digitaledu.platform.rest.internal;

import java.time.Instant;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kz.digitaledu.platform.api.AuthService;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.rest.PublicEndpoint;
import kz.digitaledu.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code POST /api/auth/token}: a bearer token for a username, password and, when enrolled, a TOTP code. */
@Component(service = RestResource.class)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource implements RestResource {
    private final AuthService auth;

    @Context
    private HttpServletRequest request;

    @Activate
    public AuthResource(@Reference AuthService auth) {
        this.auth = auth;
    }

    public record TokenRequest(String username, String password, String totpCode) {
    }

    public record TokenResponse(String token, Instant expiresAt, long accountId, String username, String language) {
    }

    @POST
    @Path("token")
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenResponse token(TokenRequest body) {
        if (body == null || body.username() == null || body.password() == null) {
            throw EduException.invalid("username", "validation.required");
        }
        AuthService.Token t = auth.issueToken(body.username(), body.password().toCharArray(), body.totpCode(),
                request == null ? null : request.getRemoteAddr());
        EduPrincipal p = t.principal();
        return new TokenResponse(t.token(), t.expiresAt(), p.accountId(), p.username(), p.locale().getLanguage());
    }

    @DELETE
    @Path("token")
    @kz.digitaledu.platform.api.rest.BeforePasswordChange
    public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            auth.revokeToken(authorization.substring(7).strip());
        }
        return Response.noContent().build();
    }
}
