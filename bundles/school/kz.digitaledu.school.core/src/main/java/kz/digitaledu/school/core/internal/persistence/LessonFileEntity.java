package kz.digitaledu.school.core.internal.persistence;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code sch_lesson_file}: a platform file attached to a lesson's homework. */
@Entity
@Table(name = "sch_lesson_file")
public class LessonFileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    @Column(name = "lesson_id")
    public long lessonId;
    @Column(name = "file_id")
    public long fileId;
    @Column(nullable = false)
    public String name;
    @Column(name = "content_type", nullable = false)
    public String contentType;
    @Column(name = "size_bytes")
    public long size;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by")
    public long createdBy;
}
