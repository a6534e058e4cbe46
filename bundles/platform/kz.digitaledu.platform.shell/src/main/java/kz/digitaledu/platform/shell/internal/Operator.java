package kz.digitaledu.platform.shell.internal;

import java.util.List;
import java.util.Locale;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.RoleGrant;

/** Console commands act as the server's operator: a system administrator named after the console user. */
final class Operator {
    private Operator() {
    }

    static EduPrincipal of(String consoleUser) {
        String name = "console:" + (consoleUser == null ? "karaf" : consoleUser);
        return new EduPrincipal(0, name.length() > 64 ? name.substring(0, 64) : name, name, Locale.ENGLISH,
                List.of(new RoleGrant(Role.SYSTEM_ADMIN, 0)));
    }
}
