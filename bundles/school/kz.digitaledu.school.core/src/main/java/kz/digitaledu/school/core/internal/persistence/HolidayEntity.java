package kz.digitaledu.school.core.internal.persistence;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_holiday} (see db/school). */
@Entity
@Table(name = "sch_holiday")
public class HolidayEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "year_id")
    public long yearId;
    @Column(name = "holiday", nullable = false)
    public LocalDate holiday;
}
