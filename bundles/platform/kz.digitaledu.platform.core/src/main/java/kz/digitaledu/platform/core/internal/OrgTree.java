package kz.digitaledu.platform.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.digitaledu.platform.core.internal.persistence.Jpa;

/** Walks the organisation tree in the database (at most a few levels deep). */
public final class OrgTree {
    private final Jpa jpa;

    public OrgTree(Jpa jpa) {
        this.jpa = jpa;
    }

    public Set<Long> subtree(long root) {
        return jpa.read(em -> {
            Set<Long> all = new HashSet<>();
            List<Long> frontier = em.createQuery("SELECT o.id FROM OrganisationEntity o WHERE o.id = :id", Long.class)
                    .setParameter("id", root).getResultList();
            while (!frontier.isEmpty()) {
                all.addAll(frontier);
                frontier = em.createQuery("SELECT o.id FROM OrganisationEntity o WHERE o.parentId IN :ids", Long.class)
                        .setParameter("ids", frontier).getResultList();
                frontier.removeAll(all);
            }
            return all;
        });
    }

    public Set<Long> all() {
        return jpa.read(em -> new HashSet<>(em.createQuery("SELECT o.id FROM OrganisationEntity o", Long.class).getResultList()));
    }
}
