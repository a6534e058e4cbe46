package kz.digitaledu.coding.judge;

/** Verdict of one test or of a whole submission. */
public enum Verdict {
    /** Accepted. */
    AC,
    /** Wrong answer. */
    WA,
    /** Time limit exceeded (CPU time or wall clock). */
    TLE,
    /** Memory limit exceeded. */
    MLE,
    /** Runtime error: non-zero exit code or killed by a signal. */
    RE,
    /** Output limit exceeded. */
    OLE,
    /** Compilation error. */
    CE,
    /** Security violation: the program hit the process/thread limit of the sandbox. */
    SV,
    /** Internal error of the judge (for example a broken custom checker); not the student's fault. */
    IE;

    /** Message key of the human-readable name, see {@link Messages}. */
    public String messageKey() {
        return "verdict." + name();
    }
}
