package kz.digitaledu.coding.judge;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A task (problem) loaded from a Kattis/ICPC problem package.
 *
 * @param id      short name (the package directory name)
 * @param names   title per language code ("en", "ru", "kk"...) as given in problem.yaml
 * @param dir     the package directory
 * @param limits  resource limits
 * @param checker output comparison
 * @param tests   all tests, samples first, numbered from 1
 */
public record Task(String id, Map<String, String> names, Path dir, Limits limits, CheckerSpec checker, List<TestCase> tests) {
    public Task {
        names = Map.copyOf(names);
        tests = List.copyOf(tests);
    }
}
