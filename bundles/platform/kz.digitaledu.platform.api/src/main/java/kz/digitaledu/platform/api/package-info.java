/**
 * Public API of the Digital Education platform: organisations, people, accounts, roles and
 * permissions, the current user, audit, notifications and translations. Components and partner
 * bundles program against these types and the OSGi services they describe, never against
 * {@code *.internal} packages.
 */
@org.osgi.annotation.versioning.Version("0.4.0")
package kz.digitaledu.platform.api;
