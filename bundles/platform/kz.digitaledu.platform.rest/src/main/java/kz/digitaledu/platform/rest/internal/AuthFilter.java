package kz.digitaledu.platform.rest.internal;

import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import kz.digitaledu.platform.api.AuthService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.rest.PublicEndpoint;

/**
 * Authenticates every request by its bearer token and makes the principal current for the call.
 * Only methods or classes marked {@link PublicEndpoint} answer without one. Bearer tokens are never
 * sent by a browser on its own, so the REST API is not open to cross-site request forgery.
 */
public class AuthFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String SCOPE = AuthFilter.class.getName() + ".scope";

    private final java.util.function.Supplier<AuthService> auth;
    private final CurrentUser currentUser;
    private final ErrorMapper errors;

    @Context
    private ResourceInfo resourceInfo;
    @Context
    private HttpServletRequest servletRequest;

    public AuthFilter(java.util.function.Supplier<AuthService> auth, CurrentUser currentUser, ErrorMapper errors) {
        this.auth = auth;
        this.currentUser = currentUser;
        this.errors = errors;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String remote = remoteAddress();
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<EduPrincipal> principal = Optional.empty();
        AuthService service = auth.get();
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            principal = service == null ? Optional.empty() : service.resolveToken(header.substring(7).strip());
            if (principal.isEmpty()) {
                request.abortWith(errors.toResponse(EduException.unauthenticated()));
                return;
            }
        }
        if (principal.isEmpty() && !isPublic() && !isApiDocument(request)) {
            request.abortWith(errors.toResponse(EduException.unauthenticated()));
            return;
        }
        if (principal.isPresent() && !isPublic() && !allowedBeforePasswordChange() && service.passwordChangeRequired(principal.get().accountId())) {
            request.abortWith(errors.toResponse(new EduException(403, "password_change_required", "auth.password_change_required")));
            return;
        }
        request.setProperty(SCOPE, currentUser.enter(principal.orElse(null), remote));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object scope = request.getProperty(SCOPE);
        if (scope instanceof CurrentUser.Scope s) {
            s.close();
            request.removeProperty(SCOPE);
        }
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }

    private boolean isPublic() {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return true; // no resource matched: let JAX-RS answer 404/405 in the JSON format
        }
        return resourceInfo.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
                || resourceInfo.getResourceClass().isAnnotationPresent(PublicEndpoint.class);
    }

    private boolean allowedBeforePasswordChange() {
        return resourceInfo.getResourceMethod().isAnnotationPresent(kz.digitaledu.platform.api.rest.BeforePasswordChange.class)
                || resourceInfo.getResourceClass().isAnnotationPresent(kz.digitaledu.platform.api.rest.BeforePasswordChange.class);
    }

    /** The OpenAPI document describes the API to anyone. */
    private static boolean isApiDocument(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("openapi.json") || p.equals("openapi.yaml") || p.equals("api-docs") || p.startsWith("api-docs/");
    }

    private String remoteAddress() {
        try {
            return servletRequest == null ? null : servletRequest.getRemoteAddr();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
