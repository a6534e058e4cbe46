package kz.digitaledu.coding.judge;

/** Every message key of the judge; each must exist in the en, ru and kk bundles (checked by a test). */
public enum MessageKey {
    SOURCE_EMPTY("source.empty"),
    SOURCE_TOO_LARGE("source.tooLarge"),
    SOURCE_BINARY("source.binary"),
    LANGUAGE_UNKNOWN("language.unknown"),
    LANGUAGES_INVALID("languages.invalid"),
    TASK_NOT_FOUND("task.notFound"),
    TASK_YAML_MISSING("task.yaml.missing"),
    TASK_YAML_INVALID("task.yaml.invalid"),
    TASK_LIMIT_INVALID("task.limit.invalid"),
    TASK_TESTS_TOO_FEW("task.tests.tooFew"),
    TASK_TEST_MISSING_ANSWER("task.test.missingAnswer"),
    TASK_TEST_UNREADABLE("task.test.unreadable"),
    TASK_VALIDATION_INVALID("task.validation.invalid"),
    TASK_VALIDATOR_MISSING("task.validator.missing"),
    TASK_VALIDATOR_UNSUPPORTED("task.validator.unsupported"),
    TASK_VALIDATOR_COMPILE("task.validator.compile"),
    SANDBOX_UNAVAILABLE("sandbox.unavailable"),
    SANDBOX_UNPRIVILEGED("sandbox.unprivileged"),
    SANDBOX_BWRAP_MISSING("sandbox.bwrapMissing"),
    SANDBOX_FAILED("sandbox.failed"),
    COMPILE_TIME_LIMIT("compile.timeLimit"),
    COMPILE_MEMORY_LIMIT("compile.memoryLimit"),
    COMPILE_OUTPUT_LIMIT("compile.outputLimit"),
    COMPILE_PROCESS_LIMIT("compile.processLimit"),
    CHECKER_FAILED("checker.failed"),
    JUDGE_INTERNAL("judge.internal"),
    TEST_PASSED("test.passed"),
    TEST_FAILED("test.failed"),
    RUNTIME_EXIT_CODE("runtime.exitCode"),
    RUNTIME_SIGNAL("runtime.signal"),
    CHECK_WRONG_TOKEN("check.wrongToken"),
    CHECK_TOO_SHORT("check.tooShort"),
    CHECK_TOO_LONG("check.tooLong"),
    CHECK_WRONG_LINE("check.wrongLine"),
    HEALTH_READY("health.ready"),
    VERDICT_AC("verdict.AC"),
    VERDICT_WA("verdict.WA"),
    VERDICT_TLE("verdict.TLE"),
    VERDICT_MLE("verdict.MLE"),
    VERDICT_RE("verdict.RE"),
    VERDICT_OLE("verdict.OLE"),
    VERDICT_CE("verdict.CE"),
    VERDICT_SV("verdict.SV"),
    VERDICT_IE("verdict.IE");

    private final String key;

    MessageKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
