package kz.digitaledu.platform.core.internal;

import kz.digitaledu.platform.api.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManagerFactory;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Iin;
import kz.digitaledu.platform.api.Person;
import kz.digitaledu.platform.api.PersonDirectory;
import kz.digitaledu.platform.api.UserService;
import kz.digitaledu.platform.core.internal.persistence.AccountEntity;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.platform.core.internal.persistence.OrganisationEntity;
import kz.digitaledu.platform.core.internal.persistence.PersonEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PersonDirectory.class)
public class PersonDirectoryImpl implements PersonDirectory {
    private static final int CHUNK = 500;

    private final Jpa jpa;
    private final CurrentUser currentUser;
    private final AccessControl access;
    private final AuditService audit;

    @Activate
    public PersonDirectoryImpl(@Reference(target = "(osgi.unit.name=digitaledu.platform)") EntityManagerFactory emf,
            @Reference PlatformSchema schema, @Reference CurrentUser currentUser, @Reference AccessControl access,
            @Reference AuditService audit) {
        this(new Jpa(emf), currentUser, access, audit);
    }

    PersonDirectoryImpl(Jpa jpa, CurrentUser currentUser, AccessControl access, AuditService audit) {
        this.jpa = jpa;
        this.currentUser = currentUser;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public List<Person> createPersons(List<NewPerson> people) {
        EduPrincipal me = currentUser.require();
        if (people == null || people.isEmpty()) {
            throw EduException.invalid("people", "validation.required");
        }
        Validation v = new Validation();
        Set<String> iins = new HashSet<>();
        Set<Long> organisations = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            NewPerson p = people.get(i);
            String f = "people[" + i + "].";
            if (p == null) {
                v.required(f + "lastName", null);
                continue;
            }
            v.required(f + "organisationId", p.organisationId()).required(f + "lastName", p.lastName())
                    .required(f + "firstName", p.firstName()).maxLength(f + "lastName", p.lastName(), 100)
                    .maxLength(f + "firstName", p.firstName(), 100).maxLength(f + "middleName", p.middleName(), 100)
                    .maxLength(f + "lastNameLatin", p.lastNameLatin(), 100).maxLength(f + "firstNameLatin", p.firstNameLatin(), 100);
            String iin = iin(p);
            if (iin != null) {
                v.check(Iin.isValid(iin), f + "iin", "validation.iin");
                if (Iin.isValid(iin) && p.birthDate() != null) {
                    v.check(Iin.birthDate(iin).orElseThrow().equals(p.birthDate()), f + "birthDate", "validation.iin_birth_date");
                }
                v.check(iins.add(iin), f + "iin", "validation.iin_taken");
            }
            v.check(p.birthDate() == null || (p.birthDate().isAfter(LocalDate.of(1900, 1, 1)) && !p.birthDate().isAfter(LocalDate.now())),
                    f + "birthDate", "validation.birth_date");
            if (p.organisationId() != null) {
                organisations.add(p.organisationId());
            }
        }
        v.throwIfAny();
        for (Long org : organisations) {
            boolean exists = jpa.read(em -> em.find(OrganisationEntity.class, org) != null);
            if (!exists) {
                throw EduException.invalid("organisationId", "validation.organisation_unknown");
            }
            if (!access.isPermitted(me, UserService.MANAGE, org)) {
                throw EduException.forbidden();
            }
        }
        List<Person> created = jpa.tx(em -> {
            if (!iins.isEmpty()) {
                List<String> all = new ArrayList<>(iins);
                Validation unique = new Validation();
                for (int from = 0; from < all.size(); from += CHUNK) {
                    List<String> taken = em.createQuery("SELECT p.iin FROM PersonEntity p WHERE p.iin IN :v", String.class)
                            .setParameter("v", all.subList(from, Math.min(all.size(), from + CHUNK))).getResultList();
                    for (int i = 0; i < people.size(); i++) {
                        unique.check(!taken.contains(iin(people.get(i))), "people[" + i + "].iin", "validation.iin_taken");
                    }
                }
                unique.throwIfAny();
            }
            Instant now = Instant.now();
            List<PersonEntity> entities = new ArrayList<>();
            for (NewPerson p : people) {
                String iin = iin(p);
                PersonEntity e = new PersonEntity();
                e.organisationId = p.organisationId();
                e.iin = iin;
                e.lastName = p.lastName().strip();
                e.firstName = p.firstName().strip();
                e.middleName = blankToNull(p.middleName());
                e.lastNameLatin = blankToNull(p.lastNameLatin());
                e.firstNameLatin = blankToNull(p.firstNameLatin());
                e.birthDate = p.birthDate() != null ? p.birthDate() : iin != null ? Iin.birthDate(iin).orElse(null) : null;
                e.gender = p.gender() != null ? p.gender() : iin != null ? Iin.gender(iin).orElse(null) : null;
                e.createdAt = now;
                e.updatedAt = now;
                em.persist(e);
                entities.add(e);
            }
            em.flush();
            return entities.stream().map(PersonEntity::toApi).toList();
        });
        for (Person p : created) {
            audit.record("person.create", "person", p.id(), p.organisationId(), null, p);
        }
        return created;
    }

    private static String iin(NewPerson p) {
        return p == null || p.iin() == null || p.iin().isBlank() ? null : p.iin().strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public Map<Long, Person> persons(Collection<Long> personIds) {
        Map<Long, Person> out = new LinkedHashMap<>();
        if (personIds == null || personIds.isEmpty()) {
            return out;
        }
        List<Long> ids = new ArrayList<>(new HashSet<>(personIds));
        jpa.read(em -> {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                em.createQuery("SELECT p FROM PersonEntity p WHERE p.id IN :ids", PersonEntity.class)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).getResultList()
                        .forEach(p -> out.put(p.id, p.toApi()));
            }
            return null;
        });
        return out;
    }

    @Override
    public Optional<Person> personOfAccount(long accountId) {
        return Optional.ofNullable(personsOfAccounts(List.of(accountId)).get(accountId));
    }

    @Override
    public Map<Long, Person> personsOfAccounts(Collection<Long> accountIds) {
        Map<Long, Person> out = new HashMap<>();
        if (accountIds == null || accountIds.isEmpty()) {
            return out;
        }
        List<Long> ids = new ArrayList<>(new HashSet<>(accountIds));
        jpa.read(em -> {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Object[]> rows = em.createQuery("SELECT a.id, a.person FROM AccountEntity a WHERE a.id IN :ids", Object[].class)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).getResultList();
                for (Object[] r : rows) {
                    out.put((Long) r[0], ((PersonEntity) r[1]).toApi());
                }
            }
            return null;
        });
        return out;
    }

    @Override
    public List<Long> childrenOf(long parentAccountId) {
        return jpa.read(em -> {
            AccountEntity a = em.find(AccountEntity.class, parentAccountId);
            return a == null ? List.<Long>of() : a.childPersonIds.stream().sorted().toList();
        });
    }

    @Override
    public List<Long> parentAccountsOf(long childPersonId) {
        return jpa.read(em -> em.createQuery("SELECT DISTINCT a.id FROM AccountEntity a JOIN a.childPersonIds c WHERE c = :p", Long.class)
                .setParameter("p", childPersonId).getResultList());
    }
}
