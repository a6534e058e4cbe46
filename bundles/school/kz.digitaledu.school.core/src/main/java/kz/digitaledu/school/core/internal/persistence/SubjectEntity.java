package kz.digitaledu.school.core.internal.persistence;

import javax.persistence.Column;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_subject} (see db/school). */
@Entity
@Cache(isolation = CacheIsolationType.SHARED, expiry = 60_000)
@Table(name = "sch_subject")
public class SubjectEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "code", nullable = false)
    public String code;
    @Column(name = "name_kk")
    public String nameKk;
    @Column(name = "name_ru")
    public String nameRu;
    @Column(name = "name_en")
    public String nameEn;
}
