package kz.digitaledu.platform.rest.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.HttpHeaders;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.openapi.OpenApiFeature;
import org.apache.cxf.jaxrs.swagger.ui.SwaggerUiConfig;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.http.DestinationRegistryImpl;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import kz.digitaledu.platform.api.AuthService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST whiteboard: every {@link RestResource} service is published under {@code /api} while it is registered.
 *
 * <p>This component is itself the servlet at {@code /api/*} (HTTP whiteboard), registered once for its whole life.
 * Behind it, each set of resources is one <em>generation</em>: a CXF bus, its own destination registry, the JAX-RS
 * endpoint and a CXF servlet. When a resource comes or goes a new generation is built completely and then swapped
 * in atomically; requests already running finish on the old one, which is closed when the last of them leaves. So a
 * component's endpoints appear and disappear with its bundle while the rest of the API never stops answering (no
 * 404 or "no service" window while bundles start, stop or are configured).
 */
@Component(service = Servlet.class, immediate = true, property = {
        "osgi.http.whiteboard.servlet.name=digitaledu-api",
        "osgi.http.whiteboard.servlet.pattern=/api/*",
        "osgi.http.whiteboard.servlet.asyncSupported=true",
        "servlet.init.hide-service-list-page=true",
        "servlet.init.disable-address-updates=true",
})
public class ApiPublisher extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiPublisher.class);

    private final transient List<RestResource> resources = new CopyOnWriteArrayList<>();
    private final transient Translator translator;
    private final transient CurrentUser currentUser;
    private final transient ObjectMapper mapper;
    private transient volatile AuthService auth;
    /** The servlet configuration given by the container; null until it initialises this servlet. */
    private transient ServletConfig servletConfig;
    private transient volatile Generation current;
    private transient boolean active;

    @Activate
    public ApiPublisher(@Reference Translator translator, @Reference CurrentUser currentUser) {
        this.translator = translator;
        this.currentUser = currentUser;
        this.mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        synchronized (this) {
            active = true;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void addResource(RestResource resource) {
        resources.add(resource);
        republish();
    }

    synchronized void removeResource(RestResource resource) {
        resources.remove(resource);
        republish();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAuth(AuthService auth) {
        this.auth = auth;
    }

    void unsetAuth(AuthService auth) {
        if (this.auth == auth) {
            this.auth = null;
        }
    }

    @Override
    public synchronized void init(ServletConfig config) throws ServletException {
        super.init(config);
        this.servletConfig = config;
        republish();
    }

    @Override
    public synchronized void destroy() {
        servletConfig = null;
        swap(null);
        super.destroy();
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        swap(null);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        while (true) {
            Generation g = current;
            if (g == null) {
                unavailable(request, response);
                return;
            }
            if (g.enter()) {
                try {
                    g.servlet.service(request, response);
                } finally {
                    g.leave();
                }
                return;
            }
            // that generation was retired between reading it and entering it: the next one is already in place
        }
    }

    /** No resource at all (the platform is stopping or starting): 503 with a JSON error, as every other API error. */
    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
        String message = translator.translate(locale, "rest.unavailable");
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(mapper.writeValueAsString(new ApiError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable", message, List.of())));
    }

    private void republish() {
        if (!active || servletConfig == null) {
            return; // built when the container initialises the servlet
        }
        swap(resources.isEmpty() ? null : build(new ArrayList<>(resources)));
    }

    private void swap(Generation next) {
        Generation previous = current;
        current = next;
        if (previous != null) {
            previous.retire();
        }
    }

    private Generation build(List<RestResource> beans) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
        Bus bus = null;
        try {
            bus = BusFactory.newInstance().createBus();
            DestinationRegistry registry = new DestinationRegistryImpl();
            LocaleResolver locales = new LocaleResolver(currentUser, ApiPublisher::acceptableLanguages);
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setDestinationFactory(new HTTPTransportFactory(registry));
            factory.setAddress("/");
            factory.setServiceBeans(new ArrayList<>(beans));
            ErrorMapper errors = new ErrorMapper(translator, locales);
            factory.setProviders(List.of(new JacksonJsonProvider(mapper), errors, new AuthFilter(() -> auth, currentUser, errors)));
            factory.setFeatures(List.of(openApi()));
            Server server = factory.create();
            CXFNonSpringServlet servlet = new CXFNonSpringServlet(registry, false);
            servlet.setBus(bus);
            servlet.init(servletConfig);
            LOG.info("REST API published with {} resource(s)", beans.size());
            return new Generation(bus, server, servlet);
        } catch (RuntimeException | ServletException e) {
            LOG.error("Publishing the REST API failed; the previous set of resources stays published", e);
            if (bus != null) {
                bus.shutdown(false);
            }
            return current;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** One published set of resources; closed once retired and no request is inside it any more. */
    private static final class Generation {
        final Bus bus;
        final Server server;
        final CXFNonSpringServlet servlet;
        private final AtomicInteger inside = new AtomicInteger();
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile boolean retired;

        Generation(Bus bus, Server server, CXFNonSpringServlet servlet) {
            this.bus = bus;
            this.server = server;
            this.servlet = servlet;
        }

        boolean enter() {
            inside.incrementAndGet();
            if (retired) {
                leave();
                return false;
            }
            return true;
        }

        void leave() {
            if (inside.decrementAndGet() == 0 && retired) {
                close();
            }
        }

        void retire() {
            retired = true;
            if (inside.get() == 0) {
                close();
            }
        }

        private void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            try {
                server.destroy();
                servlet.destroy(); // shuts the bus down too
            } catch (RuntimeException e) {
                LOG.warn("Closing a retired REST endpoint failed", e);
                bus.shutdown(false);
            }
        }
    }

    /** The OpenAPI 3 document of every published resource at {@code /api/openapi.json}, browsable at {@code /api/api-docs}. */
    private static OpenApiFeature openApi() {
        OpenApiFeature f = new OpenApiFeature();
        f.setTitle("Digital Education REST API");
        f.setDescription("Organisations, accounts, roles, audit and every installed component's resources."
                + " Authenticate with POST /auth/token and send 'Authorization: Bearer <token>'.");
        f.setVersion("0.1");
        f.setPrettyPrint(true);
        f.setSupportSwaggerUi(true); // the browsable page: /api/api-docs/
        f.setSwaggerUiConfig(new SwaggerUiConfig().url("/api/openapi.json").queryConfigEnabled(false));
        f.setReadAllResources(true);
        f.setScan(false);
        // A context of its own per (re)publication: otherwise swagger keeps serving the document of the first one.
        f.setUseContextBasedConfig(true);
        return f;
    }

    private static List<Locale> acceptableLanguages() {
        Message m = PhaseInterceptorChain.getCurrentMessage();
        if (m == null) {
            return List.of();
        }
        HttpHeaders headers = new org.apache.cxf.jaxrs.impl.HttpHeadersImpl(m);
        return headers.getAcceptableLanguages();
    }


}
