package kz.digitaledu.platform.rest.internal;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.platform.api.OrganisationService;
import kz.digitaledu.platform.api.OrganisationService.NewOrganisation;
import kz.digitaledu.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/organisations}: the organisations the caller may see; create one below an organisation they manage. */
@Component(service = RestResource.class)
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource implements RestResource {
    private final OrganisationService organisations;

    @Activate
    public OrganisationResource(@Reference OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GET
    public List<Organisation> list() {
        return organisations.list();
    }

    @GET
    @Path("{id}")
    public Organisation get(@PathParam("id") long id) {
        return organisations.find(id).orElseThrow(() -> EduException.notFound("organisation", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewOrganisation body) {
        Organisation o = organisations.create(body);
        return Response.status(201).entity(o).build();
    }
}
