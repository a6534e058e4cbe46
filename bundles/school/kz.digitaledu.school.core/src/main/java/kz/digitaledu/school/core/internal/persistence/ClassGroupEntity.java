package kz.digitaledu.school.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_class_group}: a sub-group of a class for a split subject. */
@Entity
@Table(name = "sch_class_group")
public class ClassGroupEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "class_id")
    public long classId;
    public String name;
}
