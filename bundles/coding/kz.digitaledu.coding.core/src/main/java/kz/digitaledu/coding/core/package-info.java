/** The coding school's submissions and tasks, as an OSGi service. */
@org.osgi.annotation.versioning.Version("0.3.0")
package kz.digitaledu.coding.core;
