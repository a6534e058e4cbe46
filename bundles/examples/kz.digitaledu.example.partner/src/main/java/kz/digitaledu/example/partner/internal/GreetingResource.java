package kz.digitaledu.example.partner.internal;

import java.util.Locale;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/example/greeting}: greets the signed-in user in their language, if they hold {@code example.greet}. */
@Component(service = RestResource.class)
@Path("example/greeting")
@Produces(MediaType.APPLICATION_JSON)
public class GreetingResource implements RestResource {
    private final CurrentUser currentUser;
    private final AccessControl access;
    private final Translator translator;

    @Activate
    public GreetingResource(@Reference CurrentUser currentUser, @Reference AccessControl access, @Reference Translator translator) {
        this.currentUser = currentUser;
        this.access = access;
        this.translator = translator;
    }

    @GET
    public Map<String, String> greet(@HeaderParam("Accept-Language") String language) {
        EduPrincipal me = currentUser.require();
        if (!access.isPermittedAnywhere(me, ExamplePermissions.GREET)) {
            throw EduException.forbidden();
        }
        Locale locale = language == null || language.isBlank() ? me.locale() : Locale.forLanguageTag(language.split(",")[0].strip());
        return Map.of("greeting", translator.translate(locale, "example.greeting", me.displayName()));
    }
}
