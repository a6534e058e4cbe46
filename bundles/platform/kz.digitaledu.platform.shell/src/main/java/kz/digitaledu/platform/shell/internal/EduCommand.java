package kz.digitaledu.platform.shell.internal;

import java.util.Locale;
import javax.security.auth.Subject;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.i18n.Translator;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

/** Runs a command as the operator and prints platform errors as translated sentences instead of stack traces. */
abstract class EduCommand implements Action {
    @Reference
    CurrentUser currentUser;

    @Reference
    Translator translator;

    @Reference(optional = true)
    Session session;

    @Override
    public Object execute() throws Exception {
        String consoleUser = null;
        Subject subject = Subject.getSubject(java.security.AccessController.getContext());
        if (subject != null && !subject.getPrincipals().isEmpty()) {
            consoleUser = subject.getPrincipals().iterator().next().getName();
        }
        try {
            return currentUser.callAs(Operator.of(consoleUser), this::run);
        } catch (EduException e) {
            StringBuilder b = new StringBuilder("Error: ").append(translator.translate(Locale.ENGLISH, e.messageKey(), e.args().toArray()));
            e.fieldErrors().forEach(f -> b.append("\n  ").append(f.field()).append(": ")
                    .append(translator.translate(Locale.ENGLISH, f.messageKey(), f.args().toArray())));
            System.err.println(b);
            return null;
        }
    }

    abstract Object run() throws Exception;

    /** The id of the organisation with {@code code} among those the operator sees, or a 422 naming {@code field}. */
    static long organisationId(kz.digitaledu.platform.api.OrganisationService organisations, String code, String field) {
        return organisations.list().stream().filter(o -> o.code().equals(code)).findFirst()
                .orElseThrow(() -> EduException.invalid(field, "validation.organisation_unknown")).id();
    }

    /** {@code value} as a constant of {@code type} (case-insensitive), or a 422 naming {@code field}. */
    static <E extends Enum<E>> E constant(Class<E> type, String value, String field, String key) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw EduException.invalid(field, key);
        }
    }
}
