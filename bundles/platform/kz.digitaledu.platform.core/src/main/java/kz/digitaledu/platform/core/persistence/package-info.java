/**
 * Small JPA helpers every component's persistence unit uses: {@link kz.digitaledu.platform.core.persistence.Jpa}
 * (one resource-local transaction per unit of work) and {@link kz.digitaledu.platform.core.persistence.InstantConverter}
 * (list it in your persistence.xml: JPA 2.2 does not map {@code Instant}).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package kz.digitaledu.platform.core.persistence;
