/** Extension point for REST resources published under {@code /api}. */
@org.osgi.annotation.versioning.Version("0.2.0")
package kz.digitaledu.platform.api.rest;
