package kz.digitaledu.coding.judge;

/**
 * Result of one test.
 *
 * @param number   test number (1-based, samples first)
 * @param sample   whether it is a sample test; only sample tests show details to students
 * @param verdict  verdict of the test
 * @param timeMs   CPU time used (all processes of the program)
 * @param wallMs   wall-clock time
 * @param memoryKb peak memory (cgroup accounting) in KiB
 * @param exitCode exit code, or -1 when killed by a signal
 * @param signal   terminating signal, or 0
 * @param detail   checker or runtime detail (English); null if none
 * @param output   the beginning of the program's output (sample tests only), null otherwise
 */
public record TestResult(int number, boolean sample, Verdict verdict, long timeMs, long wallMs, long memoryKb,
                         int exitCode, int signal, String detail, String output) {

    public boolean passed() {
        return verdict == Verdict.AC;
    }

    /** Whether a student may see the verdict details, timing and output of this test. */
    public boolean detailsVisible() {
        return sample;
    }

    /**
     * The view for a student: secret tests keep only their number and pass/fail
     * (the verdict becomes AC or WA, detail and output are removed, limits-related codes hidden).
     */
    public TestResult forStudent() {
        if (sample) {
            return this;
        }
        return new TestResult(number, false, passed() ? Verdict.AC : Verdict.WA, 0, 0, 0, 0, 0, null, null);
    }
}
