package kz.digitaledu.platform.core.internal.persistence;

import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.RoleGrant;

@Embeddable
public class GrantEmbeddable {
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false)
    public Role role;
    @Column(name = "organisation_id", nullable = false)
    public long organisationId;

    public GrantEmbeddable() {
    }

    public GrantEmbeddable(RoleGrant g) {
        this.role = g.role();
        this.organisationId = g.organisationId();
    }

    public RoleGrant toApi() {
        return new RoleGrant(role, organisationId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GrantEmbeddable g && g.role == role && g.organisationId == organisationId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, organisationId);
    }
}
