package kz.digitaledu.timetable.solver.model;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A teacher with unavailable timeslots, optional limits and preferred days off. */
public final class Teacher {

    private final String id;
    private final String name;
    private final Set<Integer> unavailable = new HashSet<>();
    private final Set<Integer> preferredDaysOff = new HashSet<>();
    private Limit maxLessonsPerDay;
    private Limit maxLessonsPerWeek;
    private Limit maxContinuous;
    private MinDailyLimit minLessonsPerDay;
    private Limit maxGapsPerDay;
    private Limit maxGapsPerWeek;
    private Limit maxDaysPerWeek;
    private Limit maxBuildingChangesPerWeek;
    /** At least {@code value} days with lessons. */
    private Limit minDaysPerWeek;

    public Teacher(String id, String name) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public Set<Integer> getUnavailable() { return unavailable; }
    public Set<Integer> getPreferredDaysOff() { return preferredDaysOff; }
    public Limit getMaxLessonsPerDay() { return maxLessonsPerDay; }
    public Limit getMaxLessonsPerWeek() { return maxLessonsPerWeek; }
    /** Most lessons one after another (break periods interrupt a run). */
    public Limit getMaxContinuous() { return maxContinuous; }
    public Teacher withMaxContinuous(Limit l) { this.maxContinuous = l; return this; }
    public MinDailyLimit getMinLessonsPerDay() { return minLessonsPerDay; }
    public Teacher withMinLessonsPerDay(MinDailyLimit l) { this.minLessonsPerDay = l; return this; }
    public Limit getMaxGapsPerDay() { return maxGapsPerDay; }
    public Limit getMaxGapsPerWeek() { return maxGapsPerWeek; }
    public Limit getMaxDaysPerWeek() { return maxDaysPerWeek; }
    public Limit getMaxBuildingChangesPerWeek() { return maxBuildingChangesPerWeek; }

    public Teacher unavailableAt(int... timeslotIndexes) {
        for (int i : timeslotIndexes) {
            unavailable.add(i);
        }
        return this;
    }

    public Teacher preferringDaysOff(int... dayIndexes) {
        for (int d : dayIndexes) {
            preferredDaysOff.add(d);
        }
        return this;
    }

    public Teacher withMaxLessonsPerDay(Limit l) { this.maxLessonsPerDay = l; return this; }
    public Teacher withMaxLessonsPerWeek(Limit l) { this.maxLessonsPerWeek = l; return this; }
    public Teacher withMaxGapsPerDay(Limit l) { this.maxGapsPerDay = l; return this; }
    public Teacher withMaxGapsPerWeek(Limit l) { this.maxGapsPerWeek = l; return this; }
    public Teacher withMaxDaysPerWeek(Limit l) { this.maxDaysPerWeek = l; return this; }
    public Teacher withMaxBuildingChangesPerWeek(Limit l) { this.maxBuildingChangesPerWeek = l; return this; }
    public Limit getMinDaysPerWeek() { return minDaysPerWeek; }
    public Teacher withMinDaysPerWeek(Limit l) { this.minDaysPerWeek = l; return this; }

    @Override
    public String toString() { return name; }
}
