package kz.digitaledu.timetable.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of {@code tt_lesson}: one period of one placed lesson. Names are joined with a line feed. */
@Entity
@Table(name = "tt_lesson")
public class TimetableLessonEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "timetable_id")
    public long timetableId;
    @Column(name = "day_of_week")
    public int dayOfWeek;
    public int period;
    @Column(name = "start_time")
    public String startTime;
    @Column(name = "end_time")
    public String endTime;
    public String subject;
    public String teachers;
    @Column(name = "student_sets")
    public String studentSets;
    public String room;
    public String building;
}
