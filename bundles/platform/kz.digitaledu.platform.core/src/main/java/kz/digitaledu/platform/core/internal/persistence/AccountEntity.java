package kz.digitaledu.platform.core.internal.persistence;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import kz.digitaledu.platform.api.UserAccount;

@Entity
@Table(name = "edu_account")
public class AccountEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id")
    public PersonEntity person;
    @Column(nullable = false, unique = true)
    public String username;
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;
    @Column(nullable = false)
    public String language;
    public boolean enabled;
    @Column(name = "failed_attempts")
    public int failedAttempts;
    @Column(name = "locked_until")
    public Instant lockedUntil;
    @Column(name = "totp_secret")
    public String totpSecret;
    @Column(name = "totp_pending_secret")
    public String totpPendingSecret;
    @Column(name = "totp_enabled")
    public boolean totpEnabled;
    @Column(name = "totp_last_step")
    public long totpLastStep = -1;
    @Column(name = "mfa_exempt_consent")
    public String mfaExemptConsent;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "last_login_at")
    public Instant lastLoginAt;
    public String email;
    public String phone;
    /** Set when someone else chose the password (a school's import): the owner must choose their own first. */
    @Column(name = "password_change_required")
    public boolean passwordChangeRequired;
    @Column(name = "notify_email")
    public boolean notifyEmail = true;
    @Column(name = "notify_sms")
    public boolean notifySms = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "edu_role_grant", joinColumns = @JoinColumn(name = "account_id"))
    public Set<GrantEmbeddable> grants = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "edu_parent_child", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "child_person_id")
    public Set<Long> childPersonIds = new HashSet<>();

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public kz.digitaledu.platform.api.Contacts contacts() {
        return new kz.digitaledu.platform.api.Contacts(email, phone, notifyEmail, notifySms);
    }

    public UserAccount toApi(Instant now) {
        return new UserAccount(id, username, person.toApi(), language, enabled, isLocked(now), totpEnabled,
                mfaExemptConsent != null, grants.stream().map(GrantEmbeddable::toApi)
                        .sorted(java.util.Comparator.comparing((kz.digitaledu.platform.api.RoleGrant g) -> g.role()).thenComparing(g -> g.organisationId()))
                        .toList(),
                List.copyOf(new java.util.TreeSet<>(childPersonIds)), lastLoginAt, passwordChangeRequired);
    }
}
