package kz.digitaledu.timetable.solver.model;

import java.util.Objects;

public final class Subject {
    private final String id;
    private final String name;

    public Subject(String id, String name) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
    }

    public String getId() { return id; }
    public String getName() { return name; }

    @Override
    public String toString() { return name; }
}
