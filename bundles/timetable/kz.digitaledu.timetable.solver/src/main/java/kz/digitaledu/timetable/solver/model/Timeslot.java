package kz.digitaledu.timetable.solver.model;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * One period of the bell schedule on one day. Timeslots are numbered day by day ({@link #getIndex()} is
 * global and contiguous within a day); breaks are the gaps between one period's end and the next one's start.
 */
public final class Timeslot {

    private final int index;
    private final int dayIndex;
    private final String dayName;
    private final int period;
    private final String periodName;
    private final LocalTime start;
    private final LocalTime end;
    private final int shift;
    private boolean early;
    private boolean late;
    private boolean breakSlot;
    private int periodsInDay;
    private Timeslot next;
    private Timeslot previous;
    private boolean longBreakAfter;

    public Timeslot(int index, int dayIndex, String dayName, int period, String periodName,
                    LocalTime start, LocalTime end, int shift) {
        this.index = index;
        this.dayIndex = dayIndex;
        this.dayName = Objects.requireNonNull(dayName);
        this.period = period;
        this.periodName = Objects.requireNonNull(periodName);
        this.start = Objects.requireNonNull(start);
        this.end = Objects.requireNonNull(end);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("period must end after it starts: " + start + "-" + end);
        }
        this.shift = shift;
    }

    /** Links {@code slots} (ordered by index) day by day and marks breaks longer than {@code maxBreakInsideMultiPeriodLesson} minutes. */
    public static void link(java.util.List<Timeslot> slots, int maxBreakInsideMultiPeriodLessonMinutes) {
        for (int i = 0; i < slots.size(); i++) {
            Timeslot s = slots.get(i);
            if (s.index != i) {
                throw new IllegalArgumentException("timeslot indexes must be 0..n-1 in order, got " + s.index + " at " + i);
            }
            Timeslot n = i + 1 < slots.size() ? slots.get(i + 1) : null;
            Timeslot p = i > 0 ? slots.get(i - 1) : null;
            s.previous = p != null && p.dayIndex == s.dayIndex ? p : null;
            if (n != null && n.dayIndex == s.dayIndex) {
                s.next = n;
                s.longBreakAfter = s.breakMinutesAfter() > maxBreakInsideMultiPeriodLessonMinutes;
            } else {
                s.next = null;
                s.longBreakAfter = false;
            }
        }
        for (Timeslot s : slots) {
            int count = 0;
            for (Timeslot t : slots) {
                if (t.dayIndex == s.dayIndex) {
                    count++;
                }
            }
            s.periodsInDay = count;
        }
    }

    @PlanningId
    public Integer getPlanningId() { return index; }

    public int getIndex() { return index; }
    public int getDayIndex() { return dayIndex; }
    public String getDayName() { return dayName; }
    public int getPeriod() { return period; }
    public String getPeriodName() { return periodName; }
    public LocalTime getStart() { return start; }
    public LocalTime getEnd() { return end; }
    public int getShift() { return shift; }
    public boolean isEarly() { return early; }
    public boolean isLate() { return late; }
    public int getPeriodsInDay() { return periodsInDay; }
    public Timeslot getNext() { return next; }
    /** The period before on the same day, or null for the first. */
    public Timeslot getPrevious() { return previous; }
    public boolean isLongBreakAfter() { return longBreakAfter; }

    /** Marks this period as undesirable early (e.g. a "zero" period) or late; soft constraints avoid them. */
    public Timeslot withEarlyLate(boolean early, boolean late) {
        this.early = early;
        this.late = late;
        return this;
    }

    /**
     * Marks this period as a break in which no lesson may take place (FET's break times); lessons on both sides
     * of it still count as back to back, and it is not a gap.
     */
    public Timeslot markBreak() {
        this.breakSlot = true;
        return this;
    }

    public boolean isBreakSlot() { return breakSlot; }

    /** Minutes between this period's end and the next period's start on the same day; -1 when last of the day. */
    public int breakMinutesAfter() {
        Timeslot n = next;
        if (n == null) {
            return -1;
        }
        return (int) Duration.between(end, n.start).toMinutes();
    }

    @Override
    public String toString() {
        return dayName + " " + periodName;
    }
}
