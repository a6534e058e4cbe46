package kz.digitaledu.platform.api;

import java.time.LocalDate;

/**
 * A person: names in Cyrillic (Kazakh and Russian spelling are the same letters) and Latin script,
 * the optional IIN, birth date and gender.
 */
public record Person(long id, long organisationId, String iin, String lastName, String firstName, String middleName,
        String lastNameLatin, String firstNameLatin, LocalDate birthDate, Gender gender) {

    public String fullName() {
        StringBuilder b = new StringBuilder(lastName).append(' ').append(firstName);
        if (middleName != null && !middleName.isBlank()) {
            b.append(' ').append(middleName);
        }
        return b.toString();
    }
}
