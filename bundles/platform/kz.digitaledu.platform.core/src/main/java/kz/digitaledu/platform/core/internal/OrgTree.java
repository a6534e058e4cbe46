package kz.digitaledu.platform.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import kz.digitaledu.platform.core.persistence.Jpa;

/**
 * Walks the organisation tree in the database (at most a few levels deep). Every access check asks
 * for subtrees, so they are cached: for {@link #TTL_MILLIS} at most (other nodes of a cluster may
 * add organisations), and dropped at once when this node creates one ({@link #changed()}).
 */
public final class OrgTree {
    static final long TTL_MILLIS = 30_000;
    private static final AtomicLong GENERATION = new AtomicLong();

    private final Jpa jpa;
    private final Map<Long, Cached> subtrees = new ConcurrentHashMap<>();

    private record Cached(Set<Long> ids, long generation, long expires) {
    }

    public OrgTree(Jpa jpa) {
        this.jpa = jpa;
    }

    /** The tree changed on this node: every cached subtree is stale. */
    static void changed() {
        GENERATION.incrementAndGet();
    }

    public Set<Long> subtree(long root) {
        long now = System.currentTimeMillis();
        long generation = GENERATION.get();
        Cached c = subtrees.get(root);
        if (c != null && c.generation() == generation && c.expires() > now) {
            return c.ids();
        }
        Set<Long> ids = Set.copyOf(load(root));
        subtrees.put(root, new Cached(ids, generation, now + TTL_MILLIS));
        return ids;
    }

    private Set<Long> load(long root) {
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
