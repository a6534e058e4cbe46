package kz.digitaledu.platform.rest.internal;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kz.digitaledu.platform.api.AuthService;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.RoleGrant;
import kz.digitaledu.platform.api.UserAccount;
import kz.digitaledu.platform.api.UserService;
import kz.digitaledu.platform.api.UserService.NewUser;
import kz.digitaledu.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/users}: people and accounts of the organisations the caller may see, and their roles. */
@Component(service = RestResource.class)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource implements RestResource {
    private final UserService users;
    private final AuthService auth;

    @Activate
    public UserResource(@Reference UserService users, @Reference AuthService auth) {
        this.users = users;
        this.auth = auth;
    }

    @GET
    public List<UserAccount> list(@QueryParam("organisationId") Long organisationId) {
        return users.list(organisationId);
    }

    @GET
    @Path("{id}")
    public UserAccount get(@PathParam("id") long id) {
        return users.find(id).orElseThrow(() -> EduException.notFound("account", id));
    }

    @POST
    public Response create(NewUser body) {
        return Response.status(201).entity(users.create(body)).build();
    }

    @POST
    @Path("{id}/grants")
    public UserAccount grant(@PathParam("id") long id, RoleGrant grant) {
        return users.grant(id, grant);
    }

    @POST
    @Path("{id}/grants/remove")
    public UserAccount revoke(@PathParam("id") long id, RoleGrant grant) {
        if (grant == null) {
            throw EduException.invalid("role", "validation.required");
        }
        return users.revoke(id, grant);
    }

    public record ChildLink(Long childPersonId) {
    }

    @POST
    @Path("{id}/children")
    public UserAccount linkChild(@PathParam("id") long id, ChildLink body) {
        if (body == null || body.childPersonId() == null) {
            throw EduException.invalid("childPersonId", "validation.required");
        }
        return users.linkChild(id, body.childPersonId());
    }

    /** A user's e-mail address and mobile number (those who read the organisation's users). */
    @GET
    @Path("{id}/contacts")
    public kz.digitaledu.platform.api.Contacts contacts(@PathParam("id") long id) {
        return users.contacts(id);
    }

    /** Sets a user's contact details (those who manage the organisation's users); audited. */
    @PUT
    @Path("{id}/contacts")
    public kz.digitaledu.platform.api.Contacts setContacts(@PathParam("id") long id, MeResource.ContactsBody body) {
        return users.setContacts(id, MeResource.ContactsBody.of(body));
    }

    public record PasswordReset(String password) {
    }

    @POST
    @Path("{id}/password")
    public Response resetPassword(@PathParam("id") long id, PasswordReset body) {
        if (body == null || body.password() == null) {
            throw EduException.invalid("password", "validation.required");
        }
        users.resetPassword(id, body.password().toCharArray());
        return Response.noContent().build();
    }

    public record MfaExemption(String consent) {
    }

    @POST
    @Path("{id}/mfa-exemption")
    public Response exemptFromMfa(@PathParam("id") long id, MfaExemption body) {
        auth.exemptFromMfa(id, body == null ? null : body.consent());
        return Response.noContent().build();
    }
}
