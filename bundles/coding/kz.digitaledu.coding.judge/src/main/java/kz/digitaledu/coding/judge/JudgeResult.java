package kz.digitaledu.coding.judge;

import java.util.List;

/**
 * Result of a submission.
 *
 * @param verdict        overall verdict: CE, or the verdict of the first test not accepted, or AC
 * @param compileMessage compiler output (trimmed), empty if none
 * @param tests          one result per test in test order (empty on CE)
 * @param compileMs      wall-clock compile time
 * @param totalMs        wall-clock time from start of judging to the full verdict
 * @param compileCpuMs   CPU time of the compilation (cgroup accounting), 0 if none
 * @param compileLimit   on CE caused by a compile limit (time, memory, output, processes): its message key, so the
 *                       UI can show it translated; null otherwise (the compileMessage then starts with the English text)
 */
public record JudgeResult(Verdict verdict, String compileMessage, List<TestResult> tests, long compileMs, long totalMs,
                          long compileCpuMs, MessageKey compileLimit) {
    public JudgeResult {
        tests = List.copyOf(tests);
    }

    /** The view for a student (secret tests reduced to passed/failed). */
    public JudgeResult forStudent() {
        return new JudgeResult(verdict, compileMessage, tests.stream().map(TestResult::forStudent).toList(), compileMs, totalMs, compileCpuMs, compileLimit);
    }
}
