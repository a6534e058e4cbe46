package kz.digitaledu.school.core.internal.persistence;

import javax.persistence.Column;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_class} (see db/school). */
@Entity
@Cache(isolation = CacheIsolationType.SHARED, expiry = 60_000)
@Table(name = "sch_class")
public class ClassEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "year_id")
    public long yearId;
    @Column(name = "grade")
    public int grade;
    @Column(name = "letter", nullable = false)
    public String letter;
    @Column(name = "language", nullable = false)
    public String language;
    @Column(name = "shift")
    public int shift;
    @Column(name = "profile")
    public String profile;
    @Column(name = "class_teacher_account_id")
    public Long classTeacherAccountId;
}
