package kz.digitaledu.platform.core.internal;

import kz.digitaledu.platform.api.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.Contacts;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Iin;
import kz.digitaledu.platform.api.Notification;
import kz.digitaledu.platform.api.NotificationService;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.RoleGrant;
import kz.digitaledu.platform.api.UserAccount;
import kz.digitaledu.platform.api.UserService;
import kz.digitaledu.platform.core.internal.persistence.AccountEntity;
import kz.digitaledu.platform.core.internal.persistence.GrantEmbeddable;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.platform.core.internal.persistence.OrganisationEntity;
import kz.digitaledu.platform.core.internal.persistence.PersonEntity;
import kz.digitaledu.platform.core.internal.security.PasswordHasher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

@Component(service = UserService.class, configurationPid = "kz.digitaledu.platform.security")
@Designate(ocd = SecuritySettings.class)
public class UserServiceImpl implements UserService {
    static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";
    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    private final Jpa jpa;
    private final CurrentUser currentUser;
    private final AccessControl access;
    private final AuditService audit;
    private final PasswordHasher hasher;
    private final int minPasswordLength;
    private volatile NotificationService notifications;

    @Activate
    public UserServiceImpl(@Reference(target = "(osgi.unit.name=digitaledu.platform)") EntityManagerFactory emf,
            @Reference PlatformSchema schema, @Reference CurrentUser currentUser, @Reference AccessControl access,
            @Reference AuditService audit, SecuritySettings settings) {
        this(new Jpa(emf), currentUser, access, audit, new PasswordHasher(settings.argon2MemoryKib(), settings.argon2Iterations(), 1),
                settings.minPasswordLength());
    }

    public UserServiceImpl(Jpa jpa, CurrentUser currentUser, AccessControl access, AuditService audit, PasswordHasher hasher,
            int minPasswordLength) {
        this.jpa = jpa;
        this.currentUser = currentUser;
        this.access = access;
        this.audit = audit;
        this.hasher = hasher;
        this.minPasswordLength = minPasswordLength;
    }

    @Override
    public UserAccount create(NewUser u) {
        EduPrincipal me = currentUser.require();
        if (u == null) {
            throw EduException.invalid("body", "validation.required");
        }
        Validation v = new Validation();
        Checked c = validate(u, "", v);
        v.throwIfAny();
        checkMayGrant(me, u.role(), u.organisationId());
        String hash = hasher.hash(u.password().toCharArray());
        UserAccount created = jpa.tx(em -> {
            Validation unique = new Validation();
            checkUnique(em, c, "", unique);
            unique.throwIfAny();
            AccountEntity a = persistNew(em, u, c, hash, Instant.now());
            a.passwordChangeRequired = true; // the administrator chose it
            return a.toApi(Instant.now());
        });
        audit.record("user.create", "account", created.id(), created.person().organisationId(), null, snapshot(created));
        notify(created.id(), "notify.account_created", me.displayName());
        return created;
    }

    @Override
    public List<UserAccount> createAll(List<NewAccount> accounts) {
        EduPrincipal me = currentUser.require();
        if (accounts == null || accounts.isEmpty()) {
            return List.of();
        }
        List<Checked> checked = validateAll(accounts, me);
        // Argon2 takes tens of milliseconds a password: hashed before the transaction, which then stays short
        List<String> hashes = accounts.stream().map(n -> hasher.hash(n.user().password().toCharArray())).toList();
        Instant now = Instant.now();
        List<UserAccount> created = jpa.tx(em -> {
            checkStored(em, accounts, checked, me, true);
            List<UserAccount> out = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i++) {
                NewAccount n = accounts.get(i);
                AccountEntity a = persistNew(em, n.user(), checked.get(i), hashes.get(i), now);
                a.email = ContactRules.email(n.email());
                a.phone = ContactRules.phone(n.phone());
                a.passwordChangeRequired = n.mustChangePassword();
                if (n.childPersonIds() != null) {
                    a.childPersonIds.addAll(n.childPersonIds());
                }
                em.flush();
                out.add(a.toApi(now));
            }
            return out;
        });
        for (UserAccount a : created) {
            audit.record("user.create", "account", a.id(), a.person().organisationId(), null, snapshot(a));
            notify(a.id(), "notify.account_created", me.displayName());
        }
        return created;
    }

    @Override
    public void checkAll(List<NewAccount> accounts) {
        EduPrincipal me = currentUser.require();
        if (accounts == null || accounts.isEmpty()) {
            return;
        }
        List<Checked> checked = validateAll(accounts, me);
        jpa.read(em -> {
            checkStored(em, accounts, checked, me, false);
            return null;
        });
    }

    /** Every row's fields, and the rows against each other; then whether the current user may create each. */
    private List<Checked> validateAll(List<NewAccount> accounts, EduPrincipal me) {
        Validation v = new Validation();
        List<Checked> checked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> iins = new HashSet<>();
        for (int i = 0; i < accounts.size(); i++) {
            String p = "users[" + i + "].";
            NewAccount n = accounts.get(i);
            if (n == null || n.user() == null) {
                v.check(false, "users[" + i + "]", "validation.required");
                checked.add(null);
                continue;
            }
            Checked c = validate(n.user(), p, v);
            checked.add(c);
            if (c.username() != null && c.username().matches(USERNAME) && !names.add(c.username())) {
                v.check(false, p + "username", "validation.username_taken", c.username());
            }
            if (c.iin() != null && Iin.isValid(c.iin()) && !iins.add(c.iin())) {
                v.check(false, p + "iin", "validation.iin_taken");
            }
            v.check(ContactRules.email(n.email()) != null || blankToNull(n.email()) == null, p + "email", "validation.email");
            v.check(ContactRules.phone(n.phone()) != null || blankToNull(n.phone()) == null, p + "phone", "validation.phone");
        }
        v.throwIfAny();
        for (NewAccount n : accounts) {
            checkMayGrant(me, n.user().role(), n.user().organisationId());
        }
        return checked;
    }

    /** The log-ins and IINs are nobody's yet and, when {@code children}, every child is a person the user manages. */
    private void checkStored(EntityManager em, List<NewAccount> accounts, List<Checked> checked, EduPrincipal me, boolean children) {
        Validation unique = new Validation();
        for (int i = 0; i < accounts.size(); i++) {
            checkUnique(em, checked.get(i), "users[" + i + "].", unique);
            List<Long> ids = accounts.get(i).childPersonIds();
            for (Long child : !children || ids == null ? List.<Long>of() : ids) {
                PersonEntity person = child == null ? null : em.find(PersonEntity.class, child);
                unique.check(person != null && access.isPermitted(me, MANAGE, person.organisationId), "users[" + i + "].childPersonIds",
                        "validation.person_unknown");
            }
        }
        unique.throwIfAny();
    }

    /** A new user's normalised log-in and IIN, once their fields have been checked. */
    private record Checked(String username, String iin, long organisationId) {
    }

    /** Checks a new user's fields, named with {@code p} before each ({@code users[3].}); the rest of the batch is not looked at. */
    private Checked validate(NewUser u, String p, Validation v) {
        String username = u.username() == null ? null : u.username().strip().toLowerCase(Locale.ROOT);
        v.required(p + "username", username == null || username.isEmpty() ? null : username).required(p + "password", u.password())
                .required(p + "lastName", blankToNull(u.lastName())).required(p + "firstName", blankToNull(u.firstName()))
                .required(p + "role", u.role())
                .maxLength(p + "lastName", u.lastName(), 100).maxLength(p + "firstName", u.firstName(), 100)
                .maxLength(p + "middleName", u.middleName(), 100).maxLength(p + "lastNameLatin", u.lastNameLatin(), 100)
                .maxLength(p + "firstNameLatin", u.firstNameLatin(), 100);
        if (username != null && !username.isEmpty()) {
            v.check(username.matches(USERNAME), p + "username", "validation.username");
        }
        checkPassword(v, p + "password", u.password());
        v.check(u.language() == null || LANGUAGES.contains(u.language()), p + "language", "validation.language");
        String iin = u.iin() == null || u.iin().isBlank() ? null : u.iin().strip();
        if (iin != null) {
            v.check(Iin.isValid(iin), p + "iin", "validation.iin");
            if (Iin.isValid(iin) && u.birthDate() != null) {
                v.check(Iin.birthDate(iin).orElseThrow().equals(u.birthDate()), p + "birthDate", "validation.iin_birth_date");
            }
        }
        v.check(u.birthDate() == null || (u.birthDate().isAfter(LocalDate.of(1900, 1, 1)) && !u.birthDate().isAfter(LocalDate.now())),
                p + "birthDate", "validation.birth_date");
        v.required(p + "organisationId", u.organisationId());
        if (u.organisationId() != null) {
            boolean orgExists = jpa.read(em -> em.find(OrganisationEntity.class, u.organisationId()) != null);
            v.check(orgExists, p + "organisationId", "validation.organisation_unknown");
        }
        return new Checked(username, iin, u.organisationId() == null ? -1 : u.organisationId());
    }

    /** The log-in and the IIN are nobody's yet. */
    private static void checkUnique(EntityManager em, Checked c, String p, Validation unique) {
        unique.check(count(em, "SELECT COUNT(a) FROM AccountEntity a WHERE a.username = :v", c.username()) == 0, p + "username",
                "validation.username_taken", c.username());
        if (c.iin() != null) {
            unique.check(count(em, "SELECT COUNT(p) FROM PersonEntity p WHERE p.iin = :v", c.iin()) == 0, p + "iin", "validation.iin_taken");
        }
    }

    /** Writes the person and the account with its first role; the fields were checked. */
    private static AccountEntity persistNew(EntityManager em, NewUser u, Checked c, String passwordHash, Instant now) {
        PersonEntity p = new PersonEntity();
        p.organisationId = c.organisationId();
        p.iin = c.iin();
        p.lastName = u.lastName().strip();
        p.firstName = u.firstName().strip();
        p.middleName = blankToNull(u.middleName());
        p.lastNameLatin = blankToNull(u.lastNameLatin());
        p.firstNameLatin = blankToNull(u.firstNameLatin());
        p.birthDate = u.birthDate() != null ? u.birthDate() : c.iin() != null ? Iin.birthDate(c.iin()).orElse(null) : null;
        p.gender = u.gender() != null ? u.gender() : c.iin() != null ? Iin.gender(c.iin()).orElse(null) : null;
        p.createdAt = now;
        p.updatedAt = now;
        em.persist(p);
        AccountEntity a = new AccountEntity();
        a.person = p;
        a.username = c.username();
        a.passwordHash = passwordHash;
        a.language = u.language() == null ? "ru" : u.language();
        a.enabled = true;
        a.createdAt = now;
        a.grants.add(new GrantEmbeddable(new RoleGrant(u.role(), c.organisationId())));
        em.persist(a);
        em.flush();
        return a;
    }

    private void checkPassword(Validation v, String field, String password) {
        if (password != null) {
            v.check(password.length() >= minPasswordLength, field, "validation.password_short", minPasswordLength);
            v.check(password.length() <= 128, field, "validation.too_long", 128);
        }
    }

    private void checkMayGrant(EduPrincipal me, Role role, long organisationId) {
        if (role == Role.SYSTEM_ADMIN && !me.hasRole(Role.SYSTEM_ADMIN)) {
            throw EduException.forbidden();
        }
        if (!access.isPermitted(me, MANAGE, organisationId)) {
            throw EduException.forbidden();
        }
    }

    private static long count(EntityManager em, String jpql, Object value) {
        return em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult();
    }

    /** What the audit log keeps of an account: no secrets. */
    static Map<String, Object> snapshot(UserAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.username());
        m.put("person", a.person());
        m.put("language", a.language());
        m.put("enabled", a.enabled());
        m.put("grants", a.grants());
        m.put("children", a.childPersonIds());
        m.put("mfaEnabled", a.mfaEnabled());
        m.put("mfaExempt", a.mfaExempt());
        return m;
    }

    @Override
    public Optional<UserAccount> find(long accountId) {
        Set<Long> visible = access.organisationsWith(currentUser.require(), READ);
        EduPrincipal me = currentUser.require();
        return jpa.read(em -> Optional.ofNullable(em.find(AccountEntity.class, accountId)))
                .filter(a -> a.id == me.accountId() || visible.contains(a.person.organisationId))
                .map(a -> a.toApi(Instant.now()));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Optional<Long> id = jpa.read(em -> em.createQuery("SELECT a.id FROM AccountEntity a WHERE a.username = :u", Long.class)
                .setParameter("u", username.strip().toLowerCase(Locale.ROOT)).getResultList().stream().findFirst());
        return id.flatMap(this::find);
    }

    @Override
    public List<UserAccount> list(Long organisationId) {
        Set<Long> visible = access.organisationsWith(currentUser.require(), READ);
        if (organisationId != null) {
            visible = visible.contains(organisationId) ? Set.of(organisationId) : Set.of();
        }
        if (visible.isEmpty()) {
            return List.of();
        }
        Set<Long> orgs = visible;
        Instant now = Instant.now();
        return jpa.read(em -> em.createQuery(
                "SELECT a FROM AccountEntity a WHERE a.person.organisationId IN :orgs ORDER BY a.person.lastName, a.person.firstName, a.id",
                AccountEntity.class).setParameter("orgs", orgs).setMaxResults(5000).getResultList())
                .stream().map(a -> a.toApi(now)).toList();
    }

    private UserAccount change(long accountId, String action, java.util.function.BiConsumer<EntityManager, AccountEntity> change,
            java.util.function.Function<AccountEntity, Long> requiredOrg) {
        EduPrincipal me = currentUser.require();
        UserAccount[] beforeAfter = new UserAccount[2];
        jpa.run(em -> {
            AccountEntity a = em.find(AccountEntity.class, accountId);
            if (a == null || !access.organisationsWith(me, READ).contains(a.person.organisationId)) {
                throw EduException.notFound("account", accountId);
            }
            if (!access.isPermitted(me, MANAGE, requiredOrg.apply(a))) {
                throw EduException.forbidden();
            }
            beforeAfter[0] = a.toApi(Instant.now());
            change.accept(em, a);
            em.flush();
            beforeAfter[1] = a.toApi(Instant.now());
        });
        PrincipalCache.changed();
        audit.record(action, "account", accountId, beforeAfter[1].person().organisationId(), snapshot(beforeAfter[0]),
                snapshot(beforeAfter[1]));
        return beforeAfter[1];
    }

    @Override
    public UserAccount grant(long accountId, RoleGrant grant) {
        if (grant == null || grant.role() == null) {
            throw EduException.invalid("role", "validation.required");
        }
        EduPrincipal me = currentUser.require();
        checkMayGrant(me, grant.role(), grant.organisationId());
        return change(accountId, "user.grant", (em, a) -> {
            if (em.find(OrganisationEntity.class, grant.organisationId()) == null) {
                throw EduException.invalid("organisationId", "validation.organisation_unknown");
            }
            a.grants.add(new GrantEmbeddable(grant));
        }, a -> a.person.organisationId);
    }

    @Override
    public UserAccount revoke(long accountId, RoleGrant grant) {
        EduPrincipal me = currentUser.require();
        checkMayGrant(me, grant.role(), grant.organisationId());
        return change(accountId, "user.revoke", (em, a) -> a.grants.remove(new GrantEmbeddable(grant)), a -> a.person.organisationId);
    }

    @Override
    public UserAccount linkChild(long parentAccountId, long childPersonId) {
        return change(parentAccountId, "user.link_child", (em, a) -> {
            PersonEntity child = em.find(PersonEntity.class, childPersonId);
            if (child == null || !access.isPermitted(currentUser.require(), MANAGE, child.organisationId)) {
                throw EduException.invalid("childPersonId", "validation.person_unknown");
            }
            a.childPersonIds.add(childPersonId);
        }, a -> a.person.organisationId);
    }

    @Override
    public void resetPassword(long accountId, char[] newPassword) {
        Validation v = new Validation().required("password", newPassword == null ? null : new String(newPassword));
        checkPassword(v, "password", newPassword == null ? null : new String(newPassword));
        v.throwIfAny();
        change(accountId, "user.password_reset", (em, a) -> {
            a.passwordHash = hasher.hash(newPassword);
            a.failedAttempts = 0;
            a.lockedUntil = null;
            EduPrincipal by = currentUser.get().orElse(null);
            a.passwordChangeRequired = by == null || by.accountId() != accountId; // chosen by someone else
        }, a -> a.person.organisationId);
        EduPrincipal me = currentUser.get().orElse(null);
        if (me == null || me.accountId() != accountId) {
            notify(accountId, "notify.password_reset", me == null ? "—" : me.displayName());
        }
    }

    /**
     * Tells the account's owner of a security-relevant change made by someone else (in-app, and through the configured
     * gateways). A failing notification never undoes the change: it is logged.
     */
    private void notify(long accountId, String key, String by) {
        NotificationService n = notifications;
        if (n == null) {
            return;
        }
        try {
            n.send(new Notification(accountId, "security", key + ".title", key + ".body", List.of(by), Map.of("profile", "profile")));
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(UserServiceImpl.class).warn("Could not notify account {} of {}", accountId, key, e);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindNotifications(NotificationService n) {
        notifications = n;
    }

    public void unbindNotifications(NotificationService n) {
        if (notifications == n) {
            notifications = null;
        }
    }

    @Override
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        EduPrincipal me = currentUser.require();
        Validation v = new Validation().required("newPassword", newPassword == null ? null : new String(newPassword));
        checkPassword(v, "newPassword", newPassword == null ? null : new String(newPassword));
        v.throwIfAny();
        jpa.run(em -> {
            AccountEntity a = em.find(AccountEntity.class, me.accountId());
            if (currentPassword == null || !hasher.verify(currentPassword, a.passwordHash)) {
                throw EduException.invalid("currentPassword", "validation.password_wrong");
            }
            a.passwordHash = hasher.hash(newPassword);
            a.passwordChangeRequired = false;
        });
        audit.record("user.password_change", "account", me.accountId(), null, null, null);
    }

    @Override
    public void setOwnLanguage(String language) {
        EduPrincipal me = currentUser.require();
        if (language == null || !LANGUAGES.contains(language)) {
            throw EduException.invalid("language", "validation.language");
        }
        jpa.run(em -> em.find(AccountEntity.class, me.accountId()).language = language);
        PrincipalCache.changed();
    }

    @Override
    public Contacts contacts(long accountId) {
        EduPrincipal me = currentUser.require();
        return jpa.read(em -> {
            AccountEntity a = em.find(AccountEntity.class, accountId);
            if (a == null || (me.accountId() != accountId && !access.organisationsWith(me, READ).contains(a.person.organisationId))) {
                throw EduException.notFound("account", accountId);
            }
            return a.contacts();
        });
    }

    @Override
    public Contacts setContacts(long accountId, Contacts wanted) {
        EduPrincipal me = currentUser.require();
        if (wanted == null) {
            throw EduException.invalid("email", "validation.required");
        }
        Validation v = new Validation();
        String email = ContactRules.email(wanted.email());
        String phone = ContactRules.phone(wanted.phone());
        v.check(email != null || blankToNull(wanted.email()) == null, "email", "validation.email");
        v.check(phone != null || blankToNull(wanted.phone()) == null, "phone", "validation.phone");
        v.throwIfAny();
        Contacts[] beforeAfter = new Contacts[2];
        Long[] organisation = new Long[1];
        jpa.run(em -> {
            AccountEntity a = em.find(AccountEntity.class, accountId);
            if (a == null || (me.accountId() != accountId && !access.organisationsWith(me, READ).contains(a.person.organisationId))) {
                throw EduException.notFound("account", accountId);
            }
            if (me.accountId() != accountId && !access.isPermitted(me, MANAGE, a.person.organisationId)) {
                throw EduException.forbidden();
            }
            beforeAfter[0] = a.contacts();
            a.email = email;
            a.phone = phone;
            a.notifyEmail = wanted.byEmail();
            a.notifySms = wanted.bySms();
            beforeAfter[1] = a.contacts();
            organisation[0] = a.person.organisationId;
        });
        if (!beforeAfter[0].equals(beforeAfter[1])) {
            audit.record("user.contacts", "account", accountId, organisation[0], beforeAfter[0], beforeAfter[1]);
        }
        return beforeAfter[1];
    }

    PasswordHasher hasher() {
        return hasher;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
