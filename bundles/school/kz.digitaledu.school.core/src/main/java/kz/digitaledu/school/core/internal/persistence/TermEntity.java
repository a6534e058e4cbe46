package kz.digitaledu.school.core.internal.persistence;

import java.time.LocalDate;
import javax.persistence.Column;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_term} (see db/school). */
@Entity
@Cache(isolation = CacheIsolationType.SHARED, expiry = 60_000)
@Table(name = "sch_term")
public class TermEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "year_id")
    public long yearId;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "term_number")
    public int number;
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;
}
