package kz.digitaledu.platform.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in: password, then the TOTP code when the account has MFA; lock-out after repeated failures;
 * bearer tokens for mobile apps and partners; a log of failed access.
 */
public interface AuthService {

    /** Permission to see failed access attempts. */
    String READ_ACCESS_LOG = "platform.security.access-log.read";

    /** Checks the credentials and answers a principal, or throws 401 ({@code bad_credentials}, {@code mfa_required}, {@code locked}). */
    EduPrincipal authenticate(String username, char[] password, String totpCode, String remoteAddress);

    /** Signs in and issues a bearer token. */
    Token issueToken(String username, char[] password, String totpCode, String remoteAddress);

    /**
     * Whether the account must choose its own password before anything else: its password was chosen by someone else
     * (a school's import). Changing it ({@link UserService#changeOwnPassword}) clears this.
     */
    boolean passwordChangeRequired(long accountId);

    /** The principal behind a valid, unexpired token. */
    Optional<EduPrincipal> resolveToken(String token);

    void revokeToken(String token);

    /** Starts MFA enrolment for the signed-in user: a new secret, not active until {@link #confirmTotp}. */
    TotpEnrolment beginTotpEnrolment();

    /** Activates MFA with a code from the authenticator app. */
    void confirmTotp(String code);

    /**
     * Switches MFA off for a student under 16 with the recorded consent of a parent (Order No. 456,
     * p.5.11). Needs {@link UserService#MANAGE} in the student's school.
     */
    void exemptFromMfa(long studentAccountId, String consentRecord);

    /** Failed and successful sign-ins, newest first. */
    List<LoginAttempt> accessLog(String username, Instant from, Instant to, boolean failuresOnly, int limit);

    record Token(String token, Instant expiresAt, EduPrincipal principal) {
    }

    record TotpEnrolment(String secret, String otpauthUri, byte[] qrPng) {
    }

    record LoginAttempt(Instant at, String username, boolean success, String reason, String remoteAddress) {
    }
}
