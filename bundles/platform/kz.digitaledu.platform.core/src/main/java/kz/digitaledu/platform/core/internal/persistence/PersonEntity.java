package kz.digitaledu.platform.core.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import kz.digitaledu.platform.api.Gender;
import kz.digitaledu.platform.api.Person;

@Entity
@Table(name = "edu_person")
public class PersonEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id", nullable = false)
    public long organisationId;
    public String iin;
    @Column(name = "last_name", nullable = false)
    public String lastName;
    @Column(name = "first_name", nullable = false)
    public String firstName;
    @Column(name = "middle_name")
    public String middleName;
    @Column(name = "last_name_latin")
    public String lastNameLatin;
    @Column(name = "first_name_latin")
    public String firstNameLatin;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    public Gender gender;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Person toApi() {
        return new Person(id, organisationId, iin, lastName, firstName, middleName, lastNameLatin, firstNameLatin, birthDate, gender);
    }
}
