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

    /**
     * Makes {@code principal} the current user of this thread until the returned scope is closed
     * (for request filters that cannot wrap the call); closing restores the previous user.
     */
    default Scope enter(EduPrincipal principal) {
        return enter(principal, null);
    }

    /** Like {@link #enter(EduPrincipal)}, also recording the client's address for audit and access logs. */
    Scope enter(EduPrincipal principal, String remoteAddress);

    /** The address of the client being served in this thread, when known. */
    Optional<String> remoteAddress();

    /** A period during which a principal is current; {@link #close()} ends it. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
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
