package kz.digitaledu.platform.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.AuditEntry;
import kz.digitaledu.platform.api.AuditQuery;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.core.internal.persistence.AuditEntity;
import kz.digitaledu.platform.core.persistence.Jpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Appends audit lines (who, when, what, before and after as JSON); reads them back filtered by what the reader may see. */
@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {
    private static final Logger LOG = LoggerFactory.getLogger(AuditServiceImpl.class);
    private static final int MAX_JSON = 16000;

    private final Jpa jpa;
    private final CurrentUser currentUser;
    private final AccessControl access;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Activate
    public AuditServiceImpl(@Reference(target = "(osgi.unit.name=digitaledu.platform)") EntityManagerFactory emf,
            @Reference PlatformSchema schema, @Reference CurrentUser currentUser, @Reference AccessControl access) {
        this(new Jpa(emf), currentUser, access);
    }

    public AuditServiceImpl(Jpa jpa, CurrentUser currentUser, AccessControl access) {
        this.jpa = jpa;
        this.currentUser = currentUser;
        this.access = access;
    }

    @Override
    public void record(String action, String entityType, Object entityId, Long organisationId, Object before, Object after) {
        Optional<EduPrincipal> actor = currentUser.get();
        AuditEntity e = new AuditEntity();
        e.at = Instant.now();
        e.actorAccountId = actor.map(EduPrincipal::accountId).orElse(null);
        e.actorUsername = actor.map(EduPrincipal::username).orElse("system");
        e.organisationId = organisationId;
        e.action = action;
        e.entityType = entityType;
        e.entityId = entityId == null ? null : String.valueOf(entityId);
        e.before = toJson(before);
        e.after = toJson(after);
        e.remoteAddress = currentUser.remoteAddress().map(a -> a.length() > 64 ? a.substring(0, 64) : a).orElse(null);
        jpa.run(em -> em.persist(e));
        LOG.info("audit {} {} {} by {}", action, entityType, e.entityId, e.actorUsername);
    }

    private String toJson(Object o) {
        if (o == null) {
            return null;
        }
        try {
            String s = o instanceof String str ? str : json.writeValueAsString(o);
            return s.length() > MAX_JSON ? s.substring(0, MAX_JSON) : s;
        } catch (Exception ex) {
            return String.valueOf(o);
        }
    }

    @Override
    public List<AuditEntry> find(AuditQuery q) {
        EduPrincipal me = currentUser.require();
        boolean all = me.hasRole(Role.SYSTEM_ADMIN);
        Set<Long> orgs = access.organisationsWith(me, READ);
        if (!all && orgs.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntity a WHERE 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (!all) {
            jpql.append(" AND a.organisationId IN :orgs");
            params.add(new Object[] {"orgs", orgs});
        }
        if (q.actorUsername() != null && !q.actorUsername().isBlank()) {
            jpql.append(" AND a.actorUsername = :actor");
            params.add(new Object[] {"actor", q.actorUsername().strip()});
        }
        if (q.action() != null && !q.action().isBlank()) {
            jpql.append(" AND a.action = :action");
            params.add(new Object[] {"action", q.action().strip()});
        }
        if (q.entityType() != null && !q.entityType().isBlank()) {
            jpql.append(" AND a.entityType = :type");
            params.add(new Object[] {"type", q.entityType().strip()});
        }
        if (q.from() != null) {
            jpql.append(" AND a.at >= :from");
            params.add(new Object[] {"from", q.from()});
        }
        if (q.to() != null) {
            jpql.append(" AND a.at < :to");
            params.add(new Object[] {"to", q.to()});
        }
        jpql.append(" ORDER BY a.id DESC");
        return jpa.read(em -> {
            TypedQuery<AuditEntity> query = em.createQuery(jpql.toString(), AuditEntity.class);
            params.forEach(p -> query.setParameter((String) p[0], p[1]));
            return query.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList();
        }).stream().map(AuditEntity::toApi).toList();
    }
}
