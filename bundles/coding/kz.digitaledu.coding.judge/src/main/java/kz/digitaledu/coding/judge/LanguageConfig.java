package kz.digitaledu.coding.judge;

import java.util.List;
import java.util.Map;

/**
 * A programming language as configured in {@code languages.json}.
 * Placeholders in commands: {@code {memoryMb}} (task memory limit), {@code {stackMb}}.
 *
 * @param id                 id used in submissions, e.g. "python"
 * @param name               display name, e.g. "Python 3.11"
 * @param sourceFile         file name the source is stored under, e.g. "Main.java"
 * @param compile            compile command (run in the sandbox, work dir writable); empty if none
 * @param run                run command (run in the sandbox, work dir read-only)
 * @param extensions         source file extensions (used for custom checkers)
 * @param memoryOverheadMb   added to the task memory limit for the cgroup (e.g. JVM non-heap)
 * @param pids               process/thread limit when running
 * @param timeFactor         multiplier of the task time limit
 * @param memoryErrorPatterns stderr substrings that mean "out of memory" (e.g. java.lang.OutOfMemoryError)
 * @param env                extra environment variables inside the sandbox
 * @param prepare            optional one-off command building warm artefacts (e.g. a precompiled header) in a
 *                           directory mounted at {@code preparedMount}; run once in the sandbox and cached
 * @param preparedMount      where the prepared directory is mounted (read-only) when compiling
 * @param preparedCompile    compile command used once the prepared artefacts exist (else {@code compile})
 * @param runtimeCompileError for languages without a compile step: a regex on the standard error of a failed run
 *                           meaning the source did not parse (then the verdict is CE with that message)
 * @param compileService     "javac": compile through the persistent sandboxed javac service (falls back to
 *                           {@code compile} when the service is unavailable); null for none
 */
public record LanguageConfig(String id, String name, String sourceFile, List<String> compile, List<String> run,
                             List<String> extensions, int memoryOverheadMb, int pids, double timeFactor,
                             List<String> memoryErrorPatterns, Map<String, String> env, List<String> prepare,
                             String preparedMount, List<String> preparedCompile, String runtimeCompileError,
                             String compileService) {
    public LanguageConfig {
        compile = compile == null ? List.of() : List.copyOf(compile);
        run = List.copyOf(run);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        memoryErrorPatterns = memoryErrorPatterns == null ? List.of() : List.copyOf(memoryErrorPatterns);
        env = env == null ? Map.of() : Map.copyOf(env);
        prepare = prepare == null ? List.of() : List.copyOf(prepare);
        preparedCompile = preparedCompile == null ? List.of() : List.copyOf(preparedCompile);
        if (pids <= 0) {
            pids = 64;
        }
        if (timeFactor <= 0) {
            timeFactor = 1.0;
        }
    }
}
