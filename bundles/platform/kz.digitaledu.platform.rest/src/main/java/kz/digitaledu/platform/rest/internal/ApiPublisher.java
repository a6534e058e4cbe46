package kz.digitaledu.platform.rest.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.ws.rs.core.HttpHeaders;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.openapi.OpenApiFeature;
import org.apache.cxf.jaxrs.swagger.ui.SwaggerUiConfig;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
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
 * The REST whiteboard: every {@link RestResource} service is published under the CXF servlet's
 * context ({@code /api}) while it is registered. The CXF endpoint is rebuilt when resources come
 * or go, so a component's endpoints appear and disappear with its bundle.
 */
@Component(immediate = true)
public class ApiPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(ApiPublisher.class);

    private final List<RestResource> resources = new CopyOnWriteArrayList<>();
    private final Translator translator;
    private final CurrentUser currentUser;
    private final ObjectMapper mapper;
    private volatile AuthService auth;
    private Bus bus;
    private Server server;
    private boolean active;

    @Activate
    public ApiPublisher(@Reference Translator translator, @Reference CurrentUser currentUser) {
        this.translator = translator;
        this.currentUser = currentUser;
        this.mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        synchronized (this) {
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
            try {
                bus = BusFactory.newInstance().createBus();
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
            active = true;
            republish();
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

    @Deactivate
    synchronized void deactivate() {
        active = false;
        stopServer();
        if (bus != null) {
            bus.shutdown(false);
        }
    }

    private void stopServer() {
        if (server != null) {
            try {
                server.destroy();
            } catch (RuntimeException e) {
                LOG.warn("Stopping the REST endpoint failed", e);
            }
            server = null;
        }
    }

    private void republish() {
        if (!active) {
            return;
        }
        stopServer();
        if (resources.isEmpty()) {
            return;
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
        try {
            LocaleResolver locales = new LocaleResolver(currentUser, ApiPublisher::acceptableLanguages);
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress("/");
            factory.setServiceBeans(new ArrayList<>(resources));
            ErrorMapper errors = new ErrorMapper(translator, locales);
            factory.setProviders(List.of(new JacksonJsonProvider(mapper), errors, new AuthFilter(() -> auth, currentUser, errors)));
            factory.setFeatures(List.of(openApi()));
            server = factory.create();
            LOG.info("REST API published with {} resource(s)", resources.size());
        } catch (RuntimeException e) {
            LOG.error("Publishing the REST API failed", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
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

    /** For tests and diagnostics: the number of published resources. */
    int resourceCount() {
        return resources.size();
    }

}
