package kz.digitaledu.platform.shell.internal;

import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.UserService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "edu", name = "password-reset", description = "Sets a new password and unlocks the account")
@Service
public class PasswordResetCommand extends EduCommand {
    @Reference
    UserService users;

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Argument(index = 1, name = "password", required = true)
    String password;

    @Override
    Object run() {
        long id = users.findByUsername(username).orElseThrow(() -> EduException.notFound("account", username)).id();
        users.resetPassword(id, password.toCharArray());
        System.out.println("Password of " + username + " reset");
        return null;
    }
}
