package kz.digitaledu.platform.core.internal;

import kz.digitaledu.platform.api.Validation;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManagerFactory;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Organisation;
import kz.digitaledu.platform.api.OrganisationService;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.platform.core.internal.persistence.OrganisationEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = OrganisationService.class)
public class OrganisationServiceImpl implements OrganisationService {
    private final Jpa jpa;
    private final OrgTree tree;
    private final CurrentUser currentUser;
    private final AccessControl access;
    private final AuditService audit;

    @Activate
    public OrganisationServiceImpl(@Reference(target = "(osgi.unit.name=digitaledu.platform)") EntityManagerFactory emf,
            @Reference PlatformSchema schema, @Reference CurrentUser currentUser, @Reference AccessControl access,
            @Reference AuditService audit) {
        this(new Jpa(emf), currentUser, access, audit);
    }

    public OrganisationServiceImpl(Jpa jpa, CurrentUser currentUser, AccessControl access, AuditService audit) {
        this.jpa = jpa;
        this.tree = new OrgTree(jpa);
        this.currentUser = currentUser;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public Organisation create(NewOrganisation o) {
        EduPrincipal me = currentUser.require();
        if (o == null) {
            throw EduException.invalid("body", "validation.required");
        }
        Validation v = new Validation().required("type", o.type()).required("code", o.code())
                .maxLength("code", o.code(), 64).maxLength("nameKk", o.nameKk(), 300).maxLength("nameRu", o.nameRu(), 300)
                .maxLength("nameEn", o.nameEn(), 300)
                .check(o.code() == null || o.code().matches("[\\p{L}\\p{N}._-]{1,64}"), "code", "validation.code")
                .check(!isBlank(o.nameKk()) || !isBlank(o.nameRu()), "nameRu", "validation.name_kk_or_ru");
        Organisation parent = null;
        if (o.parentId() != null) {
            parent = jpa.read(em -> Optional.ofNullable(em.find(OrganisationEntity.class, o.parentId())).map(OrganisationEntity::toApi))
                    .orElse(null);
            v.check(parent != null, "parentId", "validation.organisation_unknown");
        }
        if (o.type() != null && (o.parentId() == null || parent != null)) {
            v.check(o.type().mayBeChildOf(parent == null ? null : parent.type()), "type", "validation.organisation_level");
        }
        v.throwIfAny();
        boolean allowed = parent == null ? me.hasRole(Role.SYSTEM_ADMIN) : access.isPermitted(me, MANAGE, parent.id());
        if (!allowed) {
            throw EduException.forbidden();
        }
        Organisation created = jpa.tx(em -> {
            Long clash = em.createQuery("SELECT COUNT(o) FROM OrganisationEntity o WHERE o.code = :c", Long.class)
                    .setParameter("c", o.code().strip()).getSingleResult();
            if (clash > 0) {
                throw EduException.invalid("code", "validation.code_taken", o.code());
            }
            OrganisationEntity e = new OrganisationEntity();
            e.parentId = o.parentId();
            e.type = o.type();
            e.code = o.code().strip();
            e.nameKk = trim(o.nameKk());
            e.nameRu = trim(o.nameRu());
            e.nameEn = trim(o.nameEn());
            e.createdAt = Instant.now();
            em.persist(e);
            em.flush();
            return e.toApi();
        });
        OrgTree.changed();
        audit.record("organisation.create", "organisation", created.id(), created.id(), null, created);
        return created;
    }

    @Override
    public Optional<Organisation> find(long id) {
        Set<Long> visible = access.organisationsWith(currentUser.require(), READ);
        if (!visible.contains(id)) {
            return Optional.empty();
        }
        return jpa.read(em -> Optional.ofNullable(em.find(OrganisationEntity.class, id)).map(OrganisationEntity::toApi));
    }

    @Override
    public List<Organisation> list() {
        Set<Long> visible = access.organisationsWith(currentUser.require(), READ);
        if (visible.isEmpty()) {
            return List.of();
        }
        return jpa.read(em -> em.createQuery("SELECT o FROM OrganisationEntity o WHERE o.id IN :ids", OrganisationEntity.class)
                .setParameter("ids", visible).getResultList()).stream().map(OrganisationEntity::toApi)
                .sorted(Comparator.comparing((Organisation x) -> x.type().level()).thenComparing(x -> x.name("ru")))
                .toList();
    }

    @Override
    public Set<Long> subtree(long id) {
        return tree.subtree(id);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
