package kz.digitaledu.platform.shell.internal;

import kz.digitaledu.platform.api.OrganisationService;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.UserAccount;
import kz.digitaledu.platform.api.UserService;
import kz.digitaledu.platform.api.UserService.NewUser;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "edu", name = "user-create", description = "Creates a person with an account and a role in an organisation")
@Service
public class UserCreateCommand extends EduCommand {
    @Reference
    UserService users;

    @Reference
    OrganisationService organisations;

    @Argument(index = 0, name = "username", required = true, description = "Log-in name")
    String username;

    @Argument(index = 1, name = "password", required = true, description = "Initial password")
    String password;

    @Option(name = "--organisation", required = true, description = "Organisation code")
    String organisation;

    @Option(name = "--role", required = true, description = "SYSTEM_ADMIN, SCHOOL_ADMIN, TEACHER, STUDENT, PARENT, …")
    String role;

    @Option(name = "--last-name", required = true)
    String lastName;

    @Option(name = "--first-name", required = true)
    String firstName;

    @Option(name = "--iin", description = "Individual identification number (optional)")
    String iin;

    @Option(name = "--language", description = "kk, ru or en (default ru)")
    String language;

    @Override
    Object run() {
        Role r = constant(Role.class, role, "role", "validation.role");
        long orgId = organisationId(organisations, organisation, "organisation");
        UserAccount a = users.create(new NewUser(username, password, language, iin, lastName, firstName, null, null, null, null, null,
                orgId, r));
        System.out.println("Created " + a.username() + " (account " + a.id() + ")");
        return null;
    }
}
