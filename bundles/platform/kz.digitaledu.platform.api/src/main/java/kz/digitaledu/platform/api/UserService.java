package kz.digitaledu.platform.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * People and their accounts. A school administrator manages the users of the school without a
 * system administrator; every change is written to the audit log.
 */
public interface UserService {

    /** Permission to create users and grant roles in an organisation. */
    String MANAGE = "platform.users.manage";
    /** Permission to see the users of an organisation. */
    String READ = "platform.users.read";

    /**
     * Creates a person with an account and their first role; validates everything before writing anything. The password
     * was chosen by the administrator: the owner must replace it at the first sign-in.
     */
    UserAccount create(NewUser user);

    /**
     * Creates several people with accounts at once, e.g. a school's teachers and parents from an import: every row is
     * checked first, also against the others (fields named {@code users[3].username}), the log-ins and IINs must be
     * nobody's, each parent's children must be people the current user manages; then all are written in one
     * transaction, or none. Each creation is audited and told to the account's owner like {@link #create}.
     */
    List<UserAccount> createAll(List<NewAccount> accounts);

    /**
     * Checks {@code accounts} as {@link #createAll} would (fields, rows against each other, log-ins and IINs nobody's
     * yet, the right to create them) and writes nothing; children are not looked at. Lets a caller that must write
     * other things first (a school's new students) know that the accounts will be accepted.
     */
    void checkAll(List<NewAccount> accounts);

    Optional<UserAccount> find(long accountId);

    Optional<UserAccount> findByUsername(String username);

    /** Accounts whose person belongs to an organisation the current user may read users of. */
    List<UserAccount> list(Long organisationId);

    /** Grants a role in an organisation (needs {@link #MANAGE} there). */
    UserAccount grant(long accountId, RoleGrant grant);

    /** Removes a role grant. */
    UserAccount revoke(long accountId, RoleGrant grant);

    /** Links a parent's account to a child (a student); a parent may have several children. */
    UserAccount linkChild(long parentAccountId, long childPersonId);

    /** Sets a new password chosen by an administrator; the owner must replace it at the next sign-in. */
    void resetPassword(long accountId, char[] newPassword);

    /** The signed-in user changes their own password. */
    void changeOwnPassword(char[] currentPassword, char[] newPassword);

    /** The signed-in user's language (kk, ru or en), remembered for the UI and messages. */
    void setOwnLanguage(String language);

    /** The contact details of an account: its owner, or someone who may read the users of its organisation. */
    Contacts contacts(long accountId);

    /**
     * Sets the contact details of an account: its owner, or someone who manages the users of its organisation.
     * The e-mail address and the phone number (Kazakhstan's +7 and ten digits; other countries' in E.164) are
     * validated and normalised; every change is audited with before and after.
     */
    Contacts setContacts(long accountId, Contacts contacts);

    /**
     * A user for {@link #createAll}: with contact details (validated as in {@link #setContacts}) and, for a parent,
     * children; {@code mustChangePassword}: the password was chosen by someone else and its owner must replace it at the
     * first sign-in (false only where the password is published on purpose, as for demo accounts).
     */
    record NewAccount(NewUser user, String email, String phone, List<Long> childPersonIds, boolean mustChangePassword) {
    }

    /** What a client sends to create a user. */
    record NewUser(String username, String password, String language, String iin, String lastName, String firstName,
            String middleName, String lastNameLatin, String firstNameLatin, LocalDate birthDate, Gender gender,
            Long organisationId, Role role) {
    }
}
