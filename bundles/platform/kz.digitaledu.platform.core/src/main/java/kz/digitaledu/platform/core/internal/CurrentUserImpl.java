package kz.digitaledu.platform.core.internal;

import java.util.Optional;
import java.util.concurrent.Callable;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduPrincipal;
import org.osgi.service.component.annotations.Component;

/** The acting user per thread. */
@Component(service = CurrentUser.class)
public class CurrentUserImpl implements CurrentUser {
    private record Acting(EduPrincipal principal, String remoteAddress) {
    }

    private final ThreadLocal<Acting> current = new ThreadLocal<>();

    @Override
    public Optional<EduPrincipal> get() {
        Acting a = current.get();
        return a == null ? Optional.empty() : Optional.ofNullable(a.principal());
    }

    @Override
    public Optional<String> remoteAddress() {
        Acting a = current.get();
        return a == null ? Optional.empty() : Optional.ofNullable(a.remoteAddress());
    }

    @Override
    public <T> T callAs(EduPrincipal principal, Callable<T> work) throws Exception {
        try (Scope s = enter(principal)) {
            return work.call();
        }
    }

    @Override
    public Scope enter(EduPrincipal principal, String remoteAddress) {
        Acting previous = current.get();
        current.set(new Acting(principal, remoteAddress));
        return () -> {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        };
    }
}
