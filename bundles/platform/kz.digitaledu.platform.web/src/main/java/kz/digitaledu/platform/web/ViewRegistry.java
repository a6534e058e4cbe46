package kz.digitaledu.platform.web;

import java.util.Set;

/** Read-only view of the routes the shell currently serves (registered by the shell as an OSGi service). */
public interface ViewRegistry {

    /** Routes of the contributed views currently known to the shell. */
    Set<String> contributedRoutes();

    /**
     * Routes registered in Vaadin's application route registry, or an empty set before the servlet has been
     * initialised (Pax Web initialises it on the first request).
     */
    Set<String> vaadinRoutes();
}
