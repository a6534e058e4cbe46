package kz.digitaledu.platform.web.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletContext;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.di.ResourceProvider;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.AuthService;
import kz.digitaledu.platform.api.NotificationService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.OrganisationService;
import kz.digitaledu.platform.api.UserService;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.web.ViewContribution;
import kz.digitaledu.platform.web.ViewRegistry;

/**
 * The Vaadin servlet of the platform, registered at {@code /*} through the HTTP whiteboard. The CXF servlet at
 * {@code /api/*} is more specific and keeps answering the REST API.
 *
 * <p>Flow's servlet container initializers do not run for whiteboard servlets, so this class builds Flow's
 * {@link Lookup} itself and registers every route programmatically: the shell's own (login, home) and those of the
 * {@link ViewContribution} services, which come and go with their bundles.
 */
@Component(service = { Servlet.class, ViewRegistry.class }, property = {
        "osgi.http.whiteboard.servlet.name=digitaledu-vaadin",
        "osgi.http.whiteboard.servlet.pattern=/*",
        "osgi.http.whiteboard.servlet.asyncSupported=true",
        "servlet.init.productionMode=true",
        "servlet.init.closeIdleSessions=true",
        "session.timeout.minutes:Integer=30" })
public class OsgiVaadinServlet extends VaadinServlet implements ViewRegistry {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(OsgiVaadinServlet.class);

    private static final Map<String, ViewContribution> VIEWS = new ConcurrentHashMap<>();

    private final transient CurrentUser currentUser;
    private final transient Translator translator;
    private final int sessionTimeoutSeconds;
    private transient volatile VaadinServletContext vaadinContext;

    @Activate
    public OsgiVaadinServlet(@Reference AuthService auth, @Reference CurrentUser currentUser,
            @Reference UserService users, @Reference OrganisationService organisations, @Reference AuditService audit,
            @Reference AccessControl access, @Reference Translator translator, @Reference NotificationService notifications,
            Map<String, Object> properties) {
        this.currentUser = currentUser;
        this.translator = translator;
        // minutes in production; seconds (when given) let a test watch a session expire
        Object timeout = properties.get("session.timeout.minutes");
        Object seconds = properties.get("session.timeout.seconds");
        this.sessionTimeoutSeconds = seconds != null ? Integer.parseInt(seconds.toString().strip())
                : (timeout == null ? 30 : Integer.parseInt(timeout.toString().strip())) * 60;
        Web.set(new Web.Services(auth, currentUser, users, organisations, audit, access, translator, notifications));
    }

    @Deactivate
    void deactivate() {
        Web.set(null);
    }

    // ---- contributed views ---------------------------------------------------------------------------------------

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(ViewContribution view) {
        VIEWS.put(view.route(), view);
        VaadinServletContext ctx = vaadinContext;
        if (ctx != null) {
            register(ctx, view);
        }
    }

    void removeView(ViewContribution view) {
        VIEWS.remove(view.route(), view);
        VaadinServletContext ctx = vaadinContext;
        if (ctx != null) {
            RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(ctx)).removeRoute(view.route());
            LOG.info("Vaadin route removed: /{}", view.route());
        }
    }

    private static void register(VaadinServletContext ctx, ViewContribution view) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(ctx));
        routes.removeRoute(view.route());
        routes.setRoute(view.route(), view.viewClass(), MainLayout.class);
        LOG.info("Vaadin route added: /{} ({})", view.route(), view.viewClass().getName());
    }

    /** The contributed views the signed-in user may see, in menu order. */
    static List<ViewContribution> menu() {
        return VIEWS.values().stream().filter(v -> Web.permittedAny(v.anyOfPermissions()))
                .sorted(Comparator.comparingInt(ViewContribution::order).thenComparing(ViewContribution::route))
                .toList();
    }

    static ViewContribution view(String route) {
        return VIEWS.get(route);
    }

    @Override
    public Set<String> contributedRoutes() {
        return Collections.unmodifiableSet(new TreeSet<>(VIEWS.keySet()));
    }

    @Override
    public Set<String> vaadinRoutes() {
        VaadinServletContext ctx = vaadinContext;
        if (ctx == null) {
            return Set.of();
        }
        Set<String> routes = new TreeSet<>();
        ApplicationRouteRegistry.getInstance(ctx).getRegisteredRoutes().forEach(r -> routes.add(r.getTemplate()));
        return routes;
    }

    // ---- servlet life cycle --------------------------------------------------------------------------------------

    @Override
    public void init(ServletConfig config) throws ServletException {
        ServletContext sc = config.getServletContext();
        clearVaadinAttributes(sc);
        VaadinServletContext ctx = new VaadinServletContext(sc);
        Map<Class<?>, Collection<Class<?>>> services = new LinkedHashMap<>();
        services.put(ResourceProvider.class, List.of(BundleResourceProvider.class));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(OsgiVaadinServlet.class.getClassLoader());
        try {
            new LookupInitializer().initialize(ctx, services, lookup -> ctx.setAttribute(Lookup.class, lookup));
            super.init(config);
            ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(ctx);
            registry.setErrorNavigationTargets(Set.of(ErrorView.class, NotFoundView.class));
            RouteConfiguration routes = RouteConfiguration.forRegistry(registry);
            routes.setRoute(LoginView.ROUTE, LoginView.class);
            routes.setRoute("", HomeView.class, MainLayout.class);
            vaadinContext = ctx;
            VIEWS.values().forEach(v -> register(ctx, v));
            getService().addSessionInitListener(
                    e -> e.getSession().getSession().setMaxInactiveInterval(sessionTimeoutSeconds));
            // Vaadin closes a session left idle for the timeout (closeIdleSessions) although the page's heartbeats
            // keep the HTTP session alive: the sign-in must end with it, or a reload would find the user still in
            getService().addSessionDestroyListener(e -> {
                try {
                    com.vaadin.flow.server.WrappedSession http = e.getSession().getSession();
                    if (http != null) {
                        http.removeAttribute(Web.PRINCIPAL);
                    }
                } catch (IllegalStateException alreadyInvalidated) {
                    // signed out or expired by the container: nothing left to remove
                }
            });
            getService().addUIInitListener(e -> {
                UI ui = e.getUI();
                ui.setLocale(Web.locale());
                ui.addBeforeEnterListener(OsgiVaadinServlet::checkAccess);
            });
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Anonymous users go to the login page; users without the view's permission go home. */
    private static void checkAccess(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == LoginView.class) {
            return;
        }
        if (Web.principal().isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        if (event.getNavigationTarget() != ProfileView.class && Web.auth().passwordChangeRequired(Web.principal().get().accountId())) {
            // a password someone else chose (a school's import): the owner chooses their own before anything else (My
            // profile says why)
            event.forwardTo(ProfileView.class);
            return;
        }
        ViewContribution view = VIEWS.get(event.getLocation().getPath());
        if (view != null && !Web.permittedAny(view.anyOfPermissions())) {
            Notification.show(Web.t("web.forbidden"), 4000, Notification.Position.MIDDLE);
            event.forwardTo(HomeView.class);
        }
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void setDefaultClassLoader() {
                setClassLoader(OsgiVaadinServlet.class.getClassLoader());
            }

            @Override
            public void modifyIndexHtmlResponse(com.vaadin.flow.server.communication.IndexHtmlResponse response) {
                super.modifyIndexHtmlResponse(response);
                Pwa.addLinks(response.getDocument().head());
            }
        };
        service.init();
        return service;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(OsgiVaadinServlet.class.getClassLoader());
        HttpSession session = request.getSession(false);
        EduPrincipal principal = session == null ? null : (EduPrincipal) session.getAttribute(Web.PRINCIPAL);
        try (CurrentUser.Scope scope = principal == null ? null : currentUser.enter(principal, request.getRemoteAddr())) {
            if (Pwa.serve(request, response, translator)) {
                return;
            }
            super.service(request, response);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void destroy() {
        vaadinContext = null;
        try {
            super.destroy();
        } finally {
            clearVaadinAttributes(getServletContext());
        }
    }

    /**
     * Pax Web keeps the whiteboard's default ServletContext, and its attributes, across re-registrations of this
     * servlet; Flow keeps its Lookup and route registry there, so stale ones would point at an old bundle revision.
     */
    private static void clearVaadinAttributes(ServletContext sc) {
        if (sc == null) {
            return;
        }
        for (String name : Collections.list(sc.getAttributeNames())) {
            if (name.startsWith("com.vaadin.")) {
                sc.removeAttribute(name);
            }
        }
    }
}
