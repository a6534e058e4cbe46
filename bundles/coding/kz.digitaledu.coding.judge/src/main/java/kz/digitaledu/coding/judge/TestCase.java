package kz.digitaledu.coding.judge;

import java.nio.file.Path;

/**
 * One test of a task.
 *
 * @param number 1-based number shown to the student (samples first)
 * @param name   file name without extension, e.g. {@code secret/02}
 * @param sample whether it is a sample test (details visible to students)
 * @param input  the {@code .in} file
 * @param answer the {@code .ans} file
 */
public record TestCase(int number, String name, boolean sample, Path input, Path answer) {
}
