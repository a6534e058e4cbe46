/** The coding school's submissions and tasks, as an OSGi service. */
@org.osgi.annotation.versioning.Version("0.2.0")
package kz.digitaledu.coding.core;
