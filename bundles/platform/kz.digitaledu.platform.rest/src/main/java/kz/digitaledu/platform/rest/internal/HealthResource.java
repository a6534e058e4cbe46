package kz.digitaledu.platform.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kz.digitaledu.platform.api.HealthContributor;
import kz.digitaledu.platform.api.rest.PublicEndpoint;
import kz.digitaledu.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code GET /api/health}: UP when every contributor (the database, each installed component) is
 * up; 503 with the same document otherwise, so load balancers and monitoring can use it directly.
 */
@Component(service = RestResource.class)
@Path("health")
public class HealthResource implements RestResource {
    private final List<HealthContributor> contributors = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(HealthContributor c) {
        contributors.add(c);
    }

    void removeContributor(HealthContributor c) {
        contributors.remove(c);
    }

    @GET
    @PublicEndpoint
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Map<String, Object> components = new TreeMap<>();
        boolean up = true;
        for (HealthContributor c : contributors) {
            HealthContributor.Health h;
            try {
                h = c.health();
            } catch (RuntimeException e) {
                h = HealthContributor.Health.down(Map.of("error", String.valueOf(e.getMessage())));
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("status", h.up() ? "UP" : "DOWN");
            entry.putAll(h.details());
            components.put(c.name(), entry);
            up &= h.up();
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("status", up ? "UP" : "DOWN");
        doc.put("components", components);
        return Response.status(up ? 200 : 503).entity(doc).build();
    }
}
