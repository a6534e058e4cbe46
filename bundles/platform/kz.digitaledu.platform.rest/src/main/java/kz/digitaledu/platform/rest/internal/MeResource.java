package kz.digitaledu.platform.rest.internal;

import java.util.Base64;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kz.digitaledu.platform.api.AuthService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.NotificationService;
import kz.digitaledu.platform.api.UserAccount;
import kz.digitaledu.platform.api.UserService;
import kz.digitaledu.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/me}: the caller's own account: language, password, two-factor sign-in, notifications. */
@Component(service = RestResource.class)
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource implements RestResource {
    private final UserService users;
    private final AuthService auth;
    private final CurrentUser currentUser;
    private final NotificationService notifications;

    @Activate
    public MeResource(@Reference UserService users, @Reference AuthService auth, @Reference CurrentUser currentUser,
            @Reference NotificationService notifications) {
        this.users = users;
        this.auth = auth;
        this.currentUser = currentUser;
        this.notifications = notifications;
    }

    @GET
    @Path("notifications")
    public List<NotificationService.InboxItem> notifications(@QueryParam("unread") boolean unreadOnly, @QueryParam("limit") int limit) {
        return notifications.inbox(unreadOnly, limit);
    }

    /** How many of the caller's notifications are unread (what the bell shows). */
    public record Unread(long unread) {
    }

    @GET
    @Path("notifications/unread")
    public Unread unread() {
        return new Unread(notifications.unreadCount());
    }

    /** Marks every notification of the caller read. */
    @POST
    @Path("notifications/read")
    public Unread markAllRead() {
        notifications.markAllRead();
        return new Unread(notifications.unreadCount());
    }

    @POST
    @Path("notifications/{id}/read")
    public Response markRead(@PathParam("id") long id) {
        if (!notifications.markRead(id)) {
            throw EduException.notFound("notification", id);
        }
        return Response.noContent().build();
    }

    /** The notification categories the caller has switched off. */
    @GET
    @Path("notification-settings")
    public java.util.Set<String> mutedCategories() {
        return notifications.mutedCategories();
    }

    public record CategorySetting(Boolean enabled) {
    }

    /** Switches one category of notifications on or off for the caller, e.g. {@code school.mark}. */
    @PUT
    @Path("notification-settings/{category}")
    public java.util.Set<String> setCategory(@PathParam("category") String category, CategorySetting body) {
        if (body == null || body.enabled() == null) {
            throw EduException.invalid("enabled", "validation.required");
        }
        notifications.setCategoryEnabled(category, body.enabled());
        return notifications.mutedCategories();
    }

    @GET
    @kz.digitaledu.platform.api.rest.BeforePasswordChange
    public UserAccount me() {
        long id = currentUser.require().accountId();
        return users.find(id).orElseThrow(() -> EduException.notFound("account", id));
    }

    public record Language(String language) {
    }

    /** The caller's e-mail address and mobile number, and whether notifications may go there. */
    @GET
    @Path("contacts")
    public kz.digitaledu.platform.api.Contacts contacts() {
        return users.contacts(currentUser.require().accountId());
    }

    /**
     * Contact details as a client sends them: e-mail and phone may be null or empty (none), both switches are
     * required (a PUT replaces the whole).
     */
    public record ContactsBody(String email, String phone, Boolean byEmail, Boolean bySms) {
        kz.digitaledu.platform.api.Contacts toContacts() {
            kz.digitaledu.platform.api.Validation v = new kz.digitaledu.platform.api.Validation()
                    .required("byEmail", byEmail).required("bySms", bySms);
            v.throwIfAny();
            return new kz.digitaledu.platform.api.Contacts(email, phone, byEmail, bySms);
        }

        static kz.digitaledu.platform.api.Contacts of(ContactsBody body) {
            if (body == null) {
                throw EduException.invalid("byEmail", "validation.required");
            }
            return body.toContacts();
        }
    }

    /** Sets the caller's contact details; a malformed address or number is a 422 naming the field, nothing changes. */
    @PUT
    @Path("contacts")
    public kz.digitaledu.platform.api.Contacts setContacts(ContactsBody body) {
        return users.setContacts(currentUser.require().accountId(), ContactsBody.of(body));
    }

    @PUT
    @Path("language")
    public Response language(Language body) {
        users.setOwnLanguage(body == null ? null : body.language());
        return Response.noContent().build();
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @POST
    @Path("password")
    @kz.digitaledu.platform.api.rest.BeforePasswordChange
    public Response password(PasswordChange body) {
        if (body == null) {
            throw EduException.invalid("newPassword", "validation.required");
        }
        users.changeOwnPassword(body.currentPassword() == null ? null : body.currentPassword().toCharArray(),
                body.newPassword() == null ? null : body.newPassword().toCharArray());
        return Response.noContent().build();
    }

    public record Enrolment(String secret, String otpauthUri, String qrPngBase64) {
    }

    @POST
    @Path("mfa/enrolment")
    public Enrolment beginMfa() {
        AuthService.TotpEnrolment e = auth.beginTotpEnrolment();
        return new Enrolment(e.secret(), e.otpauthUri(), Base64.getEncoder().encodeToString(e.qrPng()));
    }

    public record Code(String code) {
    }

    @POST
    @Path("mfa/confirmation")
    public Response confirmMfa(Code body) {
        auth.confirmTotp(body == null ? null : body.code());
        return Response.noContent().build();
    }
}
