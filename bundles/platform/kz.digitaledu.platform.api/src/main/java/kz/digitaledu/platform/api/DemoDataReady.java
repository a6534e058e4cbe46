package kz.digitaledu.platform.api;

/**
 * Registered as a service once the platform's demo organisations and accounts exist (only when the
 * demo configuration is present). Components that add their own demo data reference it, so they
 * start after the platform's.
 */
public interface DemoDataReady {
}
