package com.vaadin.pro.licensechecker;

/**
 * Placeholder so that flow-server's mandatory {@code Import-Package: com.vaadin.pro.licensechecker} resolves in OSGi.
 * Only Flow's build and development-mode tasks use that package; the platform runs Flow in production mode only.
 */
public final class Placeholder {

    private Placeholder() {
    }
}
