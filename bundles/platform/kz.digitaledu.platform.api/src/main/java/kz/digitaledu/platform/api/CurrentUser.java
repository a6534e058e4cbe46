package kz.digitaledu.platform.api;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Who is acting in the current thread: set by the REST layer for a request, by the UI for a UI
 * access, by the shell for a command. Services read it instead of taking the user as a parameter.
 */
public interface CurrentUser {

    Optional<EduPrincipal> get();

    /** The principal, or an {@link EduException} 401 when nobody is signed in. */
    default EduPrincipal require() {
        return get().orElseThrow(EduException::unauthenticated);
    }

    /** Runs {@code work} as {@code principal} in this thread and restores the previous user afterwards. */
    <T> T callAs(EduPrincipal principal, Callable<T> work) throws Exception;

    /** Like {@link #callAs} for work that throws no checked exception. */
    default <T> T as(EduPrincipal principal, java.util.function.Supplier<T> work) {
        try {
            return callAs(principal, work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
