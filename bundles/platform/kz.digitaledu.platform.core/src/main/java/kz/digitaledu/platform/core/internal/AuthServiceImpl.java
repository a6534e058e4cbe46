package kz.digitaledu.platform.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.AuthService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.api.UserService;
import kz.digitaledu.platform.core.internal.persistence.AccountEntity;
import kz.digitaledu.platform.core.internal.persistence.ApiTokenEntity;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.platform.core.internal.persistence.LoginAttemptEntity;
import kz.digitaledu.platform.core.internal.security.PasswordHasher;
import kz.digitaledu.platform.core.internal.security.Totp;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Sign-in with password and TOTP, lock-out, bearer tokens, MFA enrolment and exemption, the access log. */
@Component(service = AuthService.class, configurationPid = "kz.digitaledu.platform.security")
public class AuthServiceImpl implements AuthService {
    private final Jpa jpa;
    private final CurrentUser currentUser;
    private final AccessControl access;
    private final AuditService audit;
    private final PasswordHasher hasher;
    private final Totp totp = new Totp();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final PrincipalCache principals = new PrincipalCache();
    private final int maxFailures;
    private final Duration lockFor;
    private final Duration tokenTtl;
    private final String issuer;
    /** A hash to verify against when the user does not exist, so that timing does not reveal valid usernames. */
    private final String decoyHash;

    @Activate
    public AuthServiceImpl(@Reference(target = "(osgi.unit.name=digitaledu.platform)") EntityManagerFactory emf,
            @Reference PlatformSchema schema, @Reference CurrentUser currentUser, @Reference AccessControl access,
            @Reference AuditService audit, SecuritySettings s) {
        this(new Jpa(emf), currentUser, access, audit, new PasswordHasher(s.argon2MemoryKib(), s.argon2Iterations(), 1),
                Clock.systemUTC(), s.maxFailedAttempts(), Duration.ofMinutes(s.lockMinutes()), Duration.ofHours(s.tokenHours()),
                s.totpIssuer());
    }

    public AuthServiceImpl(Jpa jpa, CurrentUser currentUser, AccessControl access, AuditService audit, PasswordHasher hasher,
            Clock clock, int maxFailures, Duration lockFor, Duration tokenTtl, String issuer) {
        this.jpa = jpa;
        this.currentUser = currentUser;
        this.access = access;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.tokenTtl = tokenTtl;
        this.issuer = issuer;
        this.decoyHash = hasher.hash("decoy".toCharArray());
    }

    private record Outcome(EduPrincipal principal, EduException failure, boolean lockedNow) {
    }

    @Override
    public EduPrincipal authenticate(String username, char[] password, String totpCode, String remoteAddress) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > 64 || password == null || password.length == 0 || password.length > 128) {
            throw new EduException(401, "bad_credentials", "auth.bad_credentials");
        }
        Instant now = clock.instant();
        Outcome outcome = jpa.tx(em -> {
            List<AccountEntity> found = em.createQuery("SELECT a FROM AccountEntity a WHERE a.username = :u", AccountEntity.class)
                    .setParameter("u", name).getResultList();
            if (found.isEmpty()) {
                hasher.verify(password, decoyHash);
                logAttempt(em, name, false, "unknown_user", remoteAddress, now);
                return new Outcome(null, new EduException(401, "bad_credentials", "auth.bad_credentials"), false);
            }
            AccountEntity a = found.get(0);
            if (!a.enabled) {
                logAttempt(em, name, false, "disabled", remoteAddress, now);
                return new Outcome(null, new EduException(401, "bad_credentials", "auth.bad_credentials"), false);
            }
            if (a.isLocked(now)) {
                logAttempt(em, name, false, "locked", remoteAddress, now);
                long minutes = Math.max(1, Duration.between(now, a.lockedUntil).toMinutes() + 1);
                return new Outcome(null, new EduException(401, "locked", "auth.locked", minutes), false);
            }
            if (!hasher.verify(password, a.passwordHash)) {
                return fail(em, a, "bad_password", remoteAddress, now);
            }
            if (a.totpEnabled) {
                if (totpCode == null || totpCode.isBlank()) {
                    logAttempt(em, name, false, "mfa_required", remoteAddress, now);
                    return new Outcome(null, new EduException(401, "mfa_required", "auth.mfa_required"), false);
                }
                OptionalLong step = totp.verify(a.totpSecret, totpCode.strip(), now, a.totpLastStep);
                if (step.isEmpty()) {
                    return fail(em, a, "bad_totp", remoteAddress, now);
                }
                a.totpLastStep = step.getAsLong();
            }
            a.failedAttempts = 0;
            a.lockedUntil = null;
            a.lastLoginAt = now;
            logAttempt(em, name, true, "ok", remoteAddress, now);
            return new Outcome(Principals.of(a), null, false);
        });
        if (outcome.lockedNow()) {
            audit.record("security.account_locked", "account", name, null, null, null);
        }
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.principal();
    }

    private Outcome fail(javax.persistence.EntityManager em, AccountEntity a, String reason, String remote, Instant now) {
        a.failedAttempts++;
        boolean lockNow = a.failedAttempts >= maxFailures;
        if (lockNow) {
            a.lockedUntil = now.plus(lockFor);
            a.failedAttempts = 0;
            PrincipalCache.changed();
        }
        logAttempt(em, a.username, false, reason, remote, now);
        EduException e = lockNow ? new EduException(401, "locked", "auth.locked", lockFor.toMinutes())
                : new EduException(401, "bad_credentials", "auth.bad_credentials");
        return new Outcome(null, e, lockNow);
    }

    private static void logAttempt(javax.persistence.EntityManager em, String username, boolean success, String reason,
            String remote, Instant now) {
        LoginAttemptEntity l = new LoginAttemptEntity();
        l.at = now;
        l.username = username.length() > 64 ? username.substring(0, 64) : username;
        l.success = success;
        l.reason = reason;
        l.remoteAddress = remote == null ? null : remote.length() > 64 ? remote.substring(0, 64) : remote;
        em.persist(l);
    }

    @Override
    public Token issueToken(String username, char[] password, String totpCode, String remoteAddress) {
        EduPrincipal p = authenticate(username, password, totpCode, remoteAddress);
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expires = now.plus(tokenTtl);
        jpa.run(em -> {
            ApiTokenEntity t = new ApiTokenEntity();
            t.tokenHash = sha256(token);
            t.accountId = p.accountId();
            t.createdAt = now;
            t.expiresAt = expires;
            em.persist(t);
        });
        return new Token(token, expires, p);
    }

    @Override
    public boolean passwordChangeRequired(long accountId) {
        return jpa.read(em -> {
            AccountEntity a = em.find(AccountEntity.class, accountId);
            return a != null && a.passwordChangeRequired;
        });
    }

    @Override
    public Optional<EduPrincipal> resolveToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = sha256(token);
        Optional<EduPrincipal> cached = principals.get(hash, now);
        if (cached.isPresent()) {
            return cached;
        }
        return jpa.read(em -> {
            List<ApiTokenEntity> found = em.createQuery("SELECT t FROM ApiTokenEntity t WHERE t.tokenHash = :h", ApiTokenEntity.class)
                    .setParameter("h", hash).getResultList();
            if (found.isEmpty() || found.get(0).revoked || !found.get(0).expiresAt.isAfter(now)) {
                return Optional.empty();
            }
            AccountEntity a = em.find(AccountEntity.class, found.get(0).accountId);
            if (a == null || !a.enabled || a.isLocked(now)) {
                return Optional.empty();
            }
            EduPrincipal p = Principals.of(a);
            principals.put(hash, p, now, found.get(0).expiresAt);
            return Optional.of(p);
        });
    }


    @Override
    public void revokeToken(String token) {
        if (token == null) {
            return;
        }
        // Boolean values as parameters: EclipseLink writes boolean literals as 0/1, which Derby's BOOLEAN refuses.
        jpa.run(em -> em.createQuery("UPDATE ApiTokenEntity t SET t.revoked = :yes WHERE t.tokenHash = :h")
                .setParameter("yes", Boolean.TRUE).setParameter("h", sha256(token)).executeUpdate());
        PrincipalCache.changed();
    }

    @Override
    public TotpEnrolment beginTotpEnrolment() {
        EduPrincipal me = currentUser.require();
        String secret = totp.newSecret();
        jpa.run(em -> em.find(AccountEntity.class, me.accountId()).totpPendingSecret = secret);
        String uri = totp.otpauthUri(issuer, me.username(), secret);
        return new TotpEnrolment(secret, uri, totp.qrPng(uri, 240));
    }

    @Override
    public void confirmTotp(String code) {
        EduPrincipal me = currentUser.require();
        Instant now = clock.instant();
        jpa.run(em -> {
            AccountEntity a = em.find(AccountEntity.class, me.accountId());
            if (a.totpPendingSecret == null) {
                throw EduException.invalid("code", "auth.mfa_not_started");
            }
            OptionalLong step = totp.verify(a.totpPendingSecret, code == null ? "" : code.strip(), now, -1);
            if (step.isEmpty()) {
                throw EduException.invalid("code", "auth.mfa_code_wrong");
            }
            a.totpSecret = a.totpPendingSecret;
            a.totpPendingSecret = null;
            a.totpEnabled = true;
            a.totpLastStep = step.getAsLong();
            a.mfaExemptConsent = null;
        });
        audit.record("security.mfa_enabled", "account", me.accountId(), null, null, null);
    }

    @Override
    public void exemptFromMfa(long studentAccountId, String consentRecord) {
        EduPrincipal me = currentUser.require();
        if (consentRecord == null || consentRecord.isBlank()) {
            throw EduException.invalid("consent", "validation.required");
        }
        if (consentRecord.length() > 1000) {
            throw EduException.invalid("consent", "validation.too_long", 1000);
        }
        LocalDate today = LocalDate.now(clock);
        Long[] org = new Long[1];
        jpa.run(em -> {
            AccountEntity a = em.find(AccountEntity.class, studentAccountId);
            if (a == null || !access.isPermitted(me, UserService.MANAGE, a.person.organisationId)) {
                throw EduException.notFound("account", studentAccountId);
            }
            boolean student = a.grants.stream().anyMatch(g -> g.role == Role.STUDENT);
            boolean under16 = a.person.birthDate != null && Period.between(a.person.birthDate, today).getYears() < 16;
            if (!student || !under16) {
                throw EduException.invalid("account", "auth.mfa_exempt_only_under_16");
            }
            a.mfaExemptConsent = consentRecord.strip() + " (" + me.username() + ", " + clock.instant() + ")";
            a.totpEnabled = false;
            a.totpSecret = null;
            org[0] = a.person.organisationId;
        });
        audit.record("security.mfa_exempted", "account", studentAccountId, org[0], null, consentRecord.strip());
    }

    @Override
    public List<LoginAttempt> accessLog(String username, Instant from, Instant to, boolean failuresOnly, int limit) {
        EduPrincipal me = currentUser.require();
        if (!access.isPermittedAnywhere(me, READ_ACCESS_LOG)) {
            throw EduException.forbidden();
        }
        boolean all = me.hasRole(Role.SYSTEM_ADMIN);
        java.util.Set<Long> orgs = access.organisationsWith(me, READ_ACCESS_LOG);
        StringBuilder jpql = new StringBuilder("SELECT l FROM LoginAttemptEntity l WHERE 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (!all) {
            // Only attempts on accounts of people in the reader's organisations (attempts on unknown names: system administrators only).
            jpql.append(" AND l.username IN (SELECT a.username FROM AccountEntity a WHERE a.person.organisationId IN :orgs)");
            params.add(new Object[] {"orgs", orgs});
        }
        if (username != null && !username.isBlank()) {
            jpql.append(" AND l.username = :u");
            params.add(new Object[] {"u", username.strip().toLowerCase(Locale.ROOT)});
        }
        if (from != null) {
            jpql.append(" AND l.at >= :from");
            params.add(new Object[] {"from", from});
        }
        if (to != null) {
            jpql.append(" AND l.at < :to");
            params.add(new Object[] {"to", to});
        }
        if (failuresOnly) {
            // Filtering on the BOOLEAN column binds an integer on Derby; a successful attempt is exactly reason 'ok'.
            jpql.append(" AND l.reason <> :ok");
            params.add(new Object[] {"ok", "ok"});
        }
        jpql.append(" ORDER BY l.id DESC");
        int max = limit <= 0 || limit > 1000 ? 100 : limit;
        return jpa.read(em -> {
            TypedQuery<LoginAttemptEntity> q = em.createQuery(jpql.toString(), LoginAttemptEntity.class);
            params.forEach(p -> q.setParameter((String) p[0], p[1]));
            return q.setMaxResults(max).getResultList();
        }).stream().map(l -> new LoginAttempt(l.at, l.username, l.success, l.reason, l.remoteAddress)).toList();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
