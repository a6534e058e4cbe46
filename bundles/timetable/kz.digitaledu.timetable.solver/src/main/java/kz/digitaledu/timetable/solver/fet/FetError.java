package kz.digitaledu.timetable.solver.fet;

/** A problem in a .fet file, at a line (1-based; 0 when unknown). */
public record FetError(int line, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
