package kz.digitaledu.platform.core.internal;

/** Registered once the platform's tables are migrated; services that use them reference it. */
public interface PlatformSchema {
}
