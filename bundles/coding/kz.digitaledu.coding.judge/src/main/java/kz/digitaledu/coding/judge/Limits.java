package kz.digitaledu.coding.judge;

/**
 * Resource limits of a task: CPU time per test, memory, and output size.
 *
 * @param timeMs      CPU time limit per test in milliseconds
 * @param memoryMb    memory limit in MiB (all processes of the program together)
 * @param outputBytes maximal size of the program's standard output
 */
public record Limits(long timeMs, int memoryMb, long outputBytes) {
    public static final Limits DEFAULT = new Limits(1000, 256, 8L << 20);
}
