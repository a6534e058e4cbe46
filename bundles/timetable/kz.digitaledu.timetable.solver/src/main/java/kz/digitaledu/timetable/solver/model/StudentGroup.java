package kz.digitaledu.timetable.solver.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A set of students: a class (e.g. "7A"), a group of a class (a language, gender or level group) or
 * several classes taught together. The smallest sets, those that are not split further, are the
 * <em>atoms</em>; two lessons clash when they share an atom. Limits and unavailability apply per atom
 * (use {@link #propagateToAtoms()} after setting them on a class).
 */
public final class StudentGroup {

    private final String id;
    private final String name;
    private final int size;
    private final List<StudentGroup> parts = new ArrayList<>();
    private final Set<Integer> unavailable = new HashSet<>();
    private Integer shift;
    private int maxSummativePerDay = 3;
    private Limit maxLessonsPerDay;
    private Limit maxLessonsPerWeek;
    private Limit maxContinuous;
    private MinDailyLimit minLessonsPerDay;
    private Limit maxGapsPerWeek;
    private Limit earlyMaxBeginningsAtSecondPeriod;

    public StudentGroup(String id, String name, int size) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.size = size;
    }

    /** Splits this set into the given parts (e.g. a class into language groups). */
    public StudentGroup splitInto(StudentGroup... groups) {
        Collections.addAll(parts, groups);
        return this;
    }

    public boolean isAtom() { return parts.isEmpty(); }

    /** The atoms of this set: itself when not split, else the atoms of its parts. */
    public Set<StudentGroup> atoms() {
        Set<StudentGroup> out = new LinkedHashSet<>();
        collectAtoms(out);
        return out;
    }

    private void collectAtoms(Set<StudentGroup> out) {
        if (parts.isEmpty()) {
            out.add(this);
        } else {
            for (StudentGroup p : parts) {
                p.collectAtoms(out);
            }
        }
    }

    /** Copies this set's unavailability, shift and limits to all of its atoms (keeping stricter atom values). */
    public StudentGroup propagateToAtoms() {
        for (StudentGroup atom : atoms()) {
            if (atom == this) {
                continue;
            }
            atom.unavailable.addAll(unavailable);
            if (shift != null) {
                atom.shift = shift;
            }
            atom.maxSummativePerDay = Math.min(atom.maxSummativePerDay, maxSummativePerDay);
            atom.maxLessonsPerDay = stricter(atom.maxLessonsPerDay, maxLessonsPerDay);
            atom.maxLessonsPerWeek = stricter(atom.maxLessonsPerWeek, maxLessonsPerWeek);
            atom.maxContinuous = stricter(atom.maxContinuous, maxContinuous);
            if (minLessonsPerDay != null && (atom.minLessonsPerDay == null || atom.minLessonsPerDay.value() < minLessonsPerDay.value())) {
                atom.minLessonsPerDay = minLessonsPerDay;
            }
            atom.maxGapsPerWeek = stricter(atom.maxGapsPerWeek, maxGapsPerWeek);
            atom.earlyMaxBeginningsAtSecondPeriod = stricter(atom.earlyMaxBeginningsAtSecondPeriod, earlyMaxBeginningsAtSecondPeriod);
        }
        return this;
    }

    static Limit stricter(Limit a, Limit b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.hard() != b.hard()) {
            return a.hard() ? a : b;
        }
        return a.value() <= b.value() ? a : b;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public int getSize() { return size; }
    public List<StudentGroup> getParts() { return parts; }
    public Set<Integer> getUnavailable() { return unavailable; }
    public Integer getShift() { return shift; }
    public int getMaxSummativePerDay() { return maxSummativePerDay; }
    public Limit getMaxLessonsPerDay() { return maxLessonsPerDay; }
    public Limit getMaxLessonsPerWeek() { return maxLessonsPerWeek; }
    /** Most lessons one after another (break periods interrupt a run). */
    public Limit getMaxContinuous() { return maxContinuous; }
    public StudentGroup withMaxContinuous(Limit l) { this.maxContinuous = l; return this; }
    public MinDailyLimit getMinLessonsPerDay() { return minLessonsPerDay; }
    public StudentGroup withMinLessonsPerDay(MinDailyLimit l) { this.minLessonsPerDay = l; return this; }
    public Limit getMaxGapsPerWeek() { return maxGapsPerWeek; }
    public Limit getEarlyMaxBeginningsAtSecondPeriod() { return earlyMaxBeginningsAtSecondPeriod; }

    public StudentGroup unavailableAt(int... timeslotIndexes) {
        for (int i : timeslotIndexes) {
            unavailable.add(i);
        }
        return this;
    }

    public StudentGroup inShift(Integer shift) { this.shift = shift; return this; }
    public StudentGroup withMaxSummativePerDay(int max) { this.maxSummativePerDay = max; return this; }
    public StudentGroup withMaxLessonsPerDay(Limit l) { this.maxLessonsPerDay = l; return this; }
    public StudentGroup withMaxLessonsPerWeek(Limit l) { this.maxLessonsPerWeek = l; return this; }
    public StudentGroup withMaxGapsPerWeek(Limit l) { this.maxGapsPerWeek = l; return this; }
    public StudentGroup withEarlyMaxBeginningsAtSecondPeriod(Limit l) { this.earlyMaxBeginningsAtSecondPeriod = l; return this; }

    @Override
    public String toString() { return name; }
}
