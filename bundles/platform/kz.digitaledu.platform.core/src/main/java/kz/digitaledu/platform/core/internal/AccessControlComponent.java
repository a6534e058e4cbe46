package kz.digitaledu.platform.core.internal;

import java.util.Set;
import javax.persistence.EntityManagerFactory;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Permission;
import kz.digitaledu.platform.api.PermissionProvider;
import kz.digitaledu.platform.core.persistence.Jpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Publishes {@link AccessControlImpl} with the organisation tree from the database and every running permission provider. */
@Component(service = AccessControl.class)
public class AccessControlComponent implements AccessControl {
    private final AccessControlImpl delegate;

    @Activate
    public AccessControlComponent(@Reference(target = "(osgi.unit.name=digitaledu.platform)") EntityManagerFactory emf,
            @Reference PlatformSchema schema) {
        OrgTree tree = new OrgTree(new Jpa(emf));
        delegate = new AccessControlImpl(tree::subtree, tree::all);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(PermissionProvider p) {
        delegate.addProvider(p);
    }

    void removeProvider(PermissionProvider p) {
        delegate.removeProvider(p);
    }

    @Override
    public boolean isPermitted(EduPrincipal principal, String permission, long organisationId) {
        return delegate.isPermitted(principal, permission, organisationId);
    }

    @Override
    public boolean isPermittedAnywhere(EduPrincipal principal, String permission) {
        return delegate.isPermittedAnywhere(principal, permission);
    }

    @Override
    public Set<Long> organisationsWith(EduPrincipal principal, String permission) {
        return delegate.organisationsWith(principal, permission);
    }

    @Override
    public Set<Permission> knownPermissions() {
        return delegate.knownPermissions();
    }
}
