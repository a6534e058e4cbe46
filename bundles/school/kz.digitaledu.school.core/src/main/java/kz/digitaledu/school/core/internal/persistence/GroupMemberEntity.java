package kz.digitaledu.school.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_group_member}: a student in a sub-group of their class. */
@Entity
@Table(name = "sch_group_member")
public class GroupMemberEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "group_id")
    public long groupId;
    @Column(name = "student_person_id")
    public long studentPersonId;
}
