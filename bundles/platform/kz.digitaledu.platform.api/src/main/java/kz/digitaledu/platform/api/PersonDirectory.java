package kz.digitaledu.platform.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * People who need no account of their own yet (most students, parents before they sign up), and the
 * look-ups components need to show people they already decided the user may see. Creating is
 * checked ({@link UserService#MANAGE} in each person's organisation) and audited; the look-ups are
 * not checked, like {@link OrganisationService#subtree}: the calling component applies its rules.
 */
public interface PersonDirectory {

    /**
     * Creates people: every row is validated first (field names are prefixed with the row,
     * {@code people[3].iin}); either all are written or none.
     */
    List<Person> createPersons(List<NewPerson> people);

    /** The people with these ids that exist (unchecked). */
    Map<Long, Person> persons(Collection<Long> personIds);

    /** The person who holds an account (unchecked). */
    Optional<Person> personOfAccount(long accountId);

    /** For each account id that exists, its person (unchecked). */
    Map<Long, Person> personsOfAccounts(Collection<Long> accountIds);

    /** The people linked as children to a parent's account (unchecked). */
    List<Long> childrenOf(long parentAccountId);

    /** The accounts linked as parents to a child (unchecked): the recipients of a child's notifications. */
    List<Long> parentAccountsOf(long childPersonId);

    /** What a client sends to create a person without an account. */
    record NewPerson(Long organisationId, String iin, String lastName, String firstName, String middleName, String lastNameLatin,
            String firstNameLatin, LocalDate birthDate, Gender gender) {
    }
}
