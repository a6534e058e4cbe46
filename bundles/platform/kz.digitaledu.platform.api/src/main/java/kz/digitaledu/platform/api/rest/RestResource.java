package kz.digitaledu.platform.api.rest;

/**
 * Extension point: a JAX-RS resource class annotated with {@code @Path} and registered as an OSGi
 * service under this interface is published under {@code /api} while its bundle runs (for example
 * {@code @Path("school/journal")} answers at {@code /api/school/journal}). The platform adds JSON,
 * authentication (bearer token or browser session), the JSON error format and the OpenAPI document.
 * Resources read the caller with {@link kz.digitaledu.platform.api.CurrentUser} and check rights with
 * {@link kz.digitaledu.platform.api.AccessControl}.
 */
public interface RestResource {
}
