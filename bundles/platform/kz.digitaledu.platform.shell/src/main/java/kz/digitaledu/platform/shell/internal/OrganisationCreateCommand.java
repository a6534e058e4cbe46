package kz.digitaledu.platform.shell.internal;

import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.platform.api.OrganisationService;
import kz.digitaledu.platform.api.OrganisationService.NewOrganisation;
import kz.digitaledu.platform.api.OrganisationType;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "edu", name = "organisation-create", description = "Creates a region, city, district, school or centre")
@Service
public class OrganisationCreateCommand extends EduCommand {
    @Reference
    OrganisationService organisations;

    @Argument(index = 0, name = "code", required = true, description = "Unique code, e.g. school-25")
    String code;

    @Option(name = "--type", required = true, description = "REGION, CITY, DISTRICT, SCHOOL or CENTRE")
    String type;

    @Option(name = "--parent", description = "Code of the enclosing organisation (none for a region or city)")
    String parent;

    @Option(name = "--name-kk", description = "Name in Kazakh")
    String nameKk;

    @Option(name = "--name-ru", description = "Name in Russian")
    String nameRu;

    @Option(name = "--name-en", description = "Name in English")
    String nameEn;

    @Override
    Object run() {
        OrganisationType t = constant(OrganisationType.class, type, "type", "validation.organisation_level");
        Long parentId = parent == null ? null : organisationId(organisations, parent, "parent");
        Organisation o = organisations.create(new NewOrganisation(parentId, t, code, nameKk, nameRu, nameEn));
        System.out.println("Created " + o.type() + " " + o.code() + " (id " + o.id() + ")");
        return null;
    }
}
