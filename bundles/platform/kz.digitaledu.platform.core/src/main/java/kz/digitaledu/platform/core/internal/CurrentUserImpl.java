package kz.digitaledu.platform.core.internal;

import java.util.Optional;
import java.util.concurrent.Callable;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduPrincipal;
import org.osgi.service.component.annotations.Component;

/** The acting user per thread. */
@Component(service = CurrentUser.class)
public class CurrentUserImpl implements CurrentUser {
    private final ThreadLocal<EduPrincipal> current = new ThreadLocal<>();

    @Override
    public Optional<EduPrincipal> get() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public <T> T callAs(EduPrincipal principal, Callable<T> work) throws Exception {
        EduPrincipal previous = current.get();
        current.set(principal);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        }
    }
}
