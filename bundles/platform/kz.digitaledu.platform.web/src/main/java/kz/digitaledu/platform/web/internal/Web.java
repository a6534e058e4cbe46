package kz.digitaledu.platform.web.internal;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.AuthService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.NotificationService;
import kz.digitaledu.platform.api.OrganisationService;
import kz.digitaledu.platform.api.UserService;
import kz.digitaledu.platform.api.i18n.Translator;

/**
 * The platform services for the shell's own views, which Vaadin instantiates by reflection (no DS injection). Set by
 * {@link OsgiVaadinServlet} while it is active.
 */
public final class Web {

    static final String PRINCIPAL = "kz.digitaledu.web.principal";
    static final String LANGUAGE = "kz.digitaledu.web.language";

    record Services(AuthService auth, CurrentUser currentUser, UserService users, OrganisationService organisations,
            AuditService audit, AccessControl access, Translator translator, NotificationService notifications) {
    }

    private static volatile Services services;

    private Web() {
    }

    static void set(Services s) {
        services = s;
    }

    static Services services() {
        Services s = services;
        if (s == null) {
            throw new IllegalStateException("web shell not active");
        }
        return s;
    }

    public static AuthService auth() {
        return services().auth();
    }

    public static NotificationService notifications() {
        return services().notifications();
    }

    public static UserService users() {
        return services().users();
    }

    public static OrganisationService organisations() {
        return services().organisations();
    }

    public static AuditService audit() {
        return services().audit();
    }

    public static AccessControl access() {
        return services().access();
    }

    public static CurrentUser currentUser() {
        return services().currentUser();
    }

    /** The signed-in user of the current Vaadin session. */
    public static Optional<EduPrincipal> principal() {
        VaadinSession vs = VaadinSession.getCurrent();
        if (vs == null || vs.getSession() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((EduPrincipal) vs.getSession().getAttribute(PRINCIPAL));
    }

    static void signIn(EduPrincipal p) {
        WrappedSession s = VaadinSession.getCurrent().getSession();
        s.setAttribute(PRINCIPAL, p);
        s.setAttribute(LANGUAGE, p.locale().getLanguage());
    }

    static void setLanguage(String language) {
        VaadinSession vs = VaadinSession.getCurrent();
        vs.getSession().setAttribute(LANGUAGE, language);
        EduPrincipal p = principal().orElse(null);
        if (p != null) {
            vs.getSession().setAttribute(PRINCIPAL, new EduPrincipal(p.accountId(), p.username(), p.displayName(),
                    Locale.forLanguageTag(language), p.grants()));
        }
    }

    /** Ends the HTTP session and goes to the login page. */
    static void signOut() {
        VaadinSession vs = VaadinSession.getCurrent();
        UI.getCurrent().getPage().setLocation(LoginView.ROUTE);
        vs.getSession().invalidate();
    }

    /** The UI language: the user's choice, else the session's, else the browser's, else English. */
    public static Locale locale() {
        VaadinSession vs = VaadinSession.getCurrent();
        if (vs != null && vs.getSession() != null) {
            Object l = vs.getSession().getAttribute(LANGUAGE);
            if (l instanceof String s) {
                return Translator.supported(Locale.forLanguageTag(s));
            }
        }
        UI ui = UI.getCurrent();
        return Translator.supported(ui == null ? null : ui.getLocale());
    }

    /** Translates a key into the UI language. */
    public static String t(String key, Object... args) {
        return services().translator().translate(locale(), key, args);
    }

    /** The message of a platform error in the UI language. */
    public static String message(EduException e) {
        return t(e.messageKey(), e.args().toArray());
    }

    /** Whether the signed-in user has one of the permissions somewhere (any signed-in user when the set is empty). */
    public static boolean permittedAny(java.util.Collection<String> permissions) {
        if (permissions == null || permissions.isEmpty()) {
            return principal().isPresent();
        }
        return permissions.stream().anyMatch(Web::permitted);
    }

    public static boolean permitted(String permission) {
        if (permission == null) {
            return principal().isPresent();
        }
        return principal().map(p -> access().isPermittedAnywhere(p, permission)).orElse(false);
    }
}
