package kz.digitaledu.timetable.solver.fet;

import java.util.List;

/** The .fet file is malformed or inconsistent; nothing was imported. */
public class FetImportException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<FetError> errors;

    public FetImportException(List<FetError> errors) {
        super(errors.size() + " error(s) in .fet file; first: " + (errors.isEmpty() ? "" : errors.get(0)));
        this.errors = List.copyOf(errors);
    }

    public List<FetError> getErrors() {
        return errors;
    }
}
