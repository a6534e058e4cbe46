package kz.digitaledu.timetable.solver.fet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import kz.digitaledu.timetable.solver.model.Timetable;

/** Reads FET's {@code .fet} files and writes FET's formats. */
public interface FetInterchange {

    /**
     * Validates the whole file, then builds the timetable problem; nothing is built when any error is found.
     *
     * @throws FetImportException with line-numbered errors
     */
    FetImportResult read(InputStream in, String name) throws FetImportException, IOException;

    /** Writes {@code <Activities_Timetable>} as {@code fet-cl} does, with the imported ids, day, hour and room names. */
    void writeActivitiesTimetable(Timetable timetable, OutputStream out) throws IOException;

    /**
     * Writes the original {@code .fet} input with the timetable locked in (a locked preferred starting time and,
     * where a room is set, a locked preferred room per placed activity), so FET can open, check and continue it.
     */
    void writeLockedInput(InputStream originalFet, Timetable timetable, OutputStream out) throws IOException, FetImportException;
}
