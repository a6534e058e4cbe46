package kz.digitaledu.timetable.core.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A row of {@code tt_timetable} (see db/timetable). The long texts are plain strings on purpose: bound with
 * setString/getString they work on Derby's CLOB and PostgreSQL's TEXT alike.
 */
@Entity
@Table(name = "tt_timetable")
public class TimetableEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "organisation_id")
    public long organisationId;
    public String name;
    public String status;
    @Column(name = "fet_input", nullable = false)
    public String fetInput;
    @Column(name = "fet_current")
    public String fetCurrent;
    @Column(name = "hard_score")
    public Long hardScore;
    @Column(name = "soft_score")
    public Long softScore;
    @Column(name = "elapsed_ms")
    public long elapsedMillis;
    @Column(name = "lesson_count")
    public int lessonCount;
    public int unplaced;
    public int pinned;
    /** "Type=count" lines. */
    @Column(name = "unmapped_hard")
    public String unmappedHard;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by")
    public Long createdBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public Long publishedBy;
    /** Pins set or removed by hand: "lesson id=1|0" lines, over the uploaded file's locks. */
    public String pins;
}
