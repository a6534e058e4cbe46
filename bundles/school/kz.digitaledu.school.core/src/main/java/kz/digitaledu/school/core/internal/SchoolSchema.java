package kz.digitaledu.school.core.internal;

/** Registered once the school's tables are migrated; services that use the persistence unit wait for it. */
public interface SchoolSchema {
}
