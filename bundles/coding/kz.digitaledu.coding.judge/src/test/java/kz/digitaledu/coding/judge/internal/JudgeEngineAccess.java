package kz.digitaledu.coding.judge.internal;

/** Test access to package-private engine operations. */
public final class JudgeEngineAccess {
    private JudgeEngineAccess() {
    }

    public static void stopJavacService(JudgeEngine engine) {
        engine.stopJavacService();
    }
}
