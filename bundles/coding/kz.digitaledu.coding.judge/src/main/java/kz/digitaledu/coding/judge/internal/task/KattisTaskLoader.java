package kz.digitaledu.coding.judge.internal.task;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import kz.digitaledu.coding.judge.CheckerSpec;
import kz.digitaledu.coding.judge.JudgeException;
import kz.digitaledu.coding.judge.Limits;
import kz.digitaledu.coding.judge.MessageKey;
import kz.digitaledu.coding.judge.Task;
import kz.digitaledu.coding.judge.TestCase;

/**
 * Loads a Kattis/ICPC problem package:
 * <pre>
 * problem.yaml            name, limits {time (s) | time_limit (s), memory (MiB), output (MiB)}, validation,
 *                         validator_flags (case_sensitive, space_change_sensitive, float_tolerance e,
 *                         float_absolute_tolerance e, float_relative_tolerance e); extension: checker: exact
 * .timelimit              optional time limit in seconds (Kattis legacy)
 * data/sample/*.in|.ans   sample tests (details visible to students)
 * data/secret/*.in|.ans   secret tests
 * output_validators/X/    one source file of a custom checker (validation: custom)
 * </pre>
 * Everything is validated before a {@link Task} is returned; at least {@value #MIN_TESTS} tests.
 */
public final class KattisTaskLoader {
    public static final int MIN_TESTS = 3;
    private final int minTests;

    public KattisTaskLoader() {
        this(MIN_TESTS);
    }

    public KattisTaskLoader(int minTests) {
        this.minTests = minTests;
    }

    public Task load(Path dir) throws JudgeException {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new JudgeException(MessageKey.TASK_NOT_FOUND, String.valueOf(dir));
        }
        Path yamlFile = dir.resolve("problem.yaml");
        if (!Files.isRegularFile(yamlFile)) {
            throw new JudgeException(MessageKey.TASK_YAML_MISSING, dir.getFileName());
        }
        Map<String, Object> yaml = readYaml(yamlFile);
        String id = dir.toAbsolutePath().normalize().getFileName().toString();
        Map<String, String> names = names(yaml.get("name"), id);
        Limits limits = limits(dir, yaml);
        CheckerSpec checker = checker(dir, yaml);
        List<TestCase> tests = new ArrayList<>();
        addTests(dir.resolve("data/sample"), true, tests);
        addTests(dir.resolve("data/secret"), false, tests);
        if (tests.size() < minTests) {
            throw new JudgeException(MessageKey.TASK_TESTS_TOO_FEW, tests.size(), minTests);
        }
        return new Task(id, names, dir.toAbsolutePath().normalize(), limits, checker, tests);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readYaml(Path file) throws JudgeException {
        try (InputStream in = Files.newInputStream(file)) {
            LoaderOptions opts = new LoaderOptions();
            opts.setMaxAliasesForCollections(10);
            opts.setCodePointLimit(1 << 20);
            Object o = new Yaml(new SafeConstructor(opts)).load(in);
            if (o == null) {
                return Map.of();
            }
            if (!(o instanceof Map)) {
                throw new JudgeException(MessageKey.TASK_YAML_INVALID, "problem.yaml", "not a mapping");
            }
            return (Map<String, Object>) o;
        } catch (IOException | RuntimeException e) {
            throw new JudgeException(MessageKey.TASK_YAML_INVALID, e, "problem.yaml", firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Map<String, String> names(Object name, String id) throws JudgeException {
        Map<String, String> out = new LinkedHashMap<>();
        if (name == null) {
            out.put("en", id);
        } else if (name instanceof String s) {
            out.put("en", s);
        } else if (name instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
            }
        } else {
            throw new JudgeException(MessageKey.TASK_YAML_INVALID, "name", "must be a string or a map");
        }
        return out;
    }

    private static double number(Object o, String field) throws JudgeException {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(o).trim());
        } catch (NumberFormatException e) {
            throw new JudgeException(MessageKey.TASK_LIMIT_INVALID, field, String.valueOf(o));
        }
    }

    private static Limits limits(Path dir, Map<String, Object> yaml) throws JudgeException {
        Object l = yaml.get("limits");
        Map<?, ?> limits = l == null ? Map.of() : l instanceof Map<?, ?> m ? m : null;
        if (limits == null) {
            throw new JudgeException(MessageKey.TASK_YAML_INVALID, "limits", "must be a map");
        }
        double timeS = Limits.DEFAULT.timeMs() / 1000.0;
        Path legacy = dir.resolve(".timelimit");
        if (Files.isRegularFile(legacy)) {
            try {
                timeS = number(Files.readString(legacy).trim(), ".timelimit");
            } catch (IOException e) {
                throw new JudgeException(MessageKey.TASK_LIMIT_INVALID, ".timelimit", e.getMessage());
            }
        }
        if (limits.get("time_limit") != null) {
            timeS = number(limits.get("time_limit"), "limits.time_limit");
        }
        if (limits.get("time") != null) {
            timeS = number(limits.get("time"), "limits.time");
        }
        double memoryMb = limits.get("memory") == null ? Limits.DEFAULT.memoryMb() : number(limits.get("memory"), "limits.memory");
        double outputMb = limits.get("output") == null ? Limits.DEFAULT.outputBytes() / 1048576.0 : number(limits.get("output"), "limits.output");
        if (!(timeS >= 0.1 && timeS <= 30)) {
            throw new JudgeException(MessageKey.TASK_LIMIT_INVALID, "time (0.1..30 s)", timeS);
        }
        if (!(memoryMb >= 16 && memoryMb <= 2048)) {
            throw new JudgeException(MessageKey.TASK_LIMIT_INVALID, "memory (16..2048 MiB)", memoryMb);
        }
        if (!(outputMb > 0 && outputMb <= 256)) {
            throw new JudgeException(MessageKey.TASK_LIMIT_INVALID, "output (0..256 MiB)", outputMb);
        }
        return new Limits(Math.round(timeS * 1000), (int) Math.round(memoryMb), Math.round(outputMb * 1048576));
    }

    private static CheckerSpec checker(Path dir, Map<String, Object> yaml) throws JudgeException {
        String validation = String.valueOf(yaml.getOrDefault("validation", "default")).trim();
        String flags = String.valueOf(yaml.getOrDefault("validator_flags", "")).trim();
        if (validation.startsWith("custom")) {
            Path validators = dir.resolve("output_validators");
            List<Path> sources = new ArrayList<>();
            if (Files.isDirectory(validators)) {
                try (Stream<Path> s = Files.walk(validators, 2)) {
                    s.filter(Files::isRegularFile).sorted().forEach(sources::add);
                } catch (IOException e) {
                    throw new JudgeException(MessageKey.TASK_VALIDATOR_MISSING, e, validators);
                }
            }
            if (sources.isEmpty()) {
                throw new JudgeException(MessageKey.TASK_VALIDATOR_MISSING, "output_validators");
            }
            if (sources.size() > 1) {
                throw new JudgeException(MessageKey.TASK_VALIDATOR_UNSUPPORTED, sources.size());
            }
            return new CheckerSpec(CheckerSpec.Kind.PROGRAM, true, -1, -1, sources.get(0));
        }
        if (!validation.equals("default")) {
            throw new JudgeException(MessageKey.TASK_VALIDATION_INVALID, validation);
        }
        boolean caseSensitive = false;
        boolean spaceSensitive = false;
        double abs = -1;
        double rel = -1;
        String[] f = flags.isEmpty() ? new String[0] : flags.split("\\s+");
        for (int i = 0; i < f.length; i++) {
            switch (f[i]) {
                case "case_sensitive" -> caseSensitive = true;
                case "space_change_sensitive" -> spaceSensitive = true;
                case "float_tolerance", "float_absolute_tolerance", "float_relative_tolerance" -> {
                    if (i + 1 >= f.length) {
                        throw new JudgeException(MessageKey.TASK_VALIDATION_INVALID, flags);
                    }
                    double v = number(f[++i], "validator_flags");
                    if (v < 0) {
                        throw new JudgeException(MessageKey.TASK_VALIDATION_INVALID, flags);
                    }
                    if (!f[i - 1].equals("float_relative_tolerance")) {
                        abs = v;
                    }
                    if (!f[i - 1].equals("float_absolute_tolerance")) {
                        rel = v;
                    }
                }
                default -> throw new JudgeException(MessageKey.TASK_VALIDATION_INVALID, flags);
            }
        }
        Object checker = yaml.get("checker");
        if (checker != null) {
            String c = String.valueOf(checker).trim();
            switch (c) {
                case "exact" -> {
                    return CheckerSpec.exact();
                }
                case "tokens" -> {
                    return new CheckerSpec(CheckerSpec.Kind.TOKENS, caseSensitive, -1, -1, null);
                }
                case "float" -> {
                    return CheckerSpec.floats(abs >= 0 ? abs : 1e-6, rel >= 0 ? rel : 1e-6);
                }
                default -> throw new JudgeException(MessageKey.TASK_VALIDATION_INVALID, "checker: " + c);
            }
        }
        if (abs >= 0 || rel >= 0) {
            return new CheckerSpec(CheckerSpec.Kind.FLOAT, caseSensitive, abs, rel, null);
        }
        if (spaceSensitive) {
            return new CheckerSpec(CheckerSpec.Kind.EXACT, caseSensitive, -1, -1, null);
        }
        return new CheckerSpec(CheckerSpec.Kind.TOKENS, caseSensitive, -1, -1, null);
    }

    private static void addTests(Path dir, boolean sample, List<TestCase> out) throws JudgeException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".in") && Files.isRegularFile(p)).forEach(inputs::add);
        } catch (IOException e) {
            throw new JudgeException(MessageKey.TASK_TEST_UNREADABLE, e, dir.getFileName(), e.getMessage());
        }
        inputs.sort(Comparator.comparing((Path p) -> naturalKey(p.getFileName().toString())));
        for (Path in : inputs) {
            String base = in.getFileName().toString();
            base = base.substring(0, base.length() - 3);
            Path ans = dir.resolve(base + ".ans");
            String name = dir.getFileName() + "/" + base;
            if (!Files.isRegularFile(ans)) {
                throw new JudgeException(MessageKey.TASK_TEST_MISSING_ANSWER, name);
            }
            if (!Files.isReadable(in) || !Files.isReadable(ans)) {
                throw new JudgeException(MessageKey.TASK_TEST_UNREADABLE, name, "not readable");
            }
            out.add(new TestCase(out.size() + 1, name, sample, in.toAbsolutePath().normalize(), ans.toAbsolutePath().normalize()));
        }
    }

    /** Pads digit runs so that "2" sorts before "10". */
    private static String naturalKey(String s) {
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+|\\D+").matcher(s);
        while (m.find()) {
            String g = m.group();
            b.append(Character.isDigit(g.charAt(0)) ? "0".repeat(Math.max(0, 12 - g.length())) + g : g);
        }
        return b.toString();
    }
}
