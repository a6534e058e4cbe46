package kz.digitaledu.platform.api;

import java.util.Objects;

/**
 * A right to do something, declared by a bundle through a {@link PermissionProvider}. Ids are
 * dotted and start with the component, e.g. {@code platform.users.manage}.
 */
public record Permission(String id, String titleKey) {
    public Permission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
    }

    public static Permission of(String id) {
        return new Permission(id, "permission." + id);
    }
}
