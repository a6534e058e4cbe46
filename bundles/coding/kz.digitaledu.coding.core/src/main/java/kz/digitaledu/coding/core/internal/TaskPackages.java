package kz.digitaledu.coding.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import kz.digitaledu.coding.core.CodingService.TaskDraft;
import kz.digitaledu.coding.core.CodingService.TestDraft;
import kz.digitaledu.coding.judge.CheckerSpec;
import kz.digitaledu.coding.judge.Task;
import kz.digitaledu.coding.judge.TestCase;
import kz.digitaledu.platform.api.EduException;

/**
 * Kattis/ICPC problem packages as files: a received .zip is unpacked only after every entry is checked (no absolute
 * or escaping paths, no links, entry count and unpacked size limited while reading, not trusting the headers); an
 * authored {@link TaskDraft} is written as a package directory; a package directory is zipped back; a loaded task is
 * read back as a draft. Errors are {@link EduException}s with {@code coding.package.*} keys (code
 * {@value #INVALID}) or field errors for drafts.
 */
final class TaskPackages {
    static final String INVALID = "task_package_invalid";
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    /** The largest test (input or output) authored in a form, in characters. */
    static final int MAX_DRAFT_TEST_CHARS = 1_000_000;
    static final int MAX_DRAFT_TESTS = 100;
    static final int MAX_STATEMENT_CHARS = 100_000;
    static final int MAX_NAME_CHARS = 200;

    /** Upper bounds of a received package. */
    record Limits(long maxZipBytes, long maxUnpackedBytes, int maxEntries) {
        static final Limits DEFAULT = new Limits(64L << 20, 256L << 20, 2000);
    }

    private final Limits limits;

    TaskPackages(Limits limits) {
        this.limits = limits;
    }

    static EduException invalid(String key, Object... args) {
        return new EduException(422, INVALID, "coding.package." + key, args);
    }

    /** Copies an upload to {@code file}, refusing an empty one or one larger than the limit (nothing kept then). */
    void receive(InputStream in, Path file) {
        long n;
        try (InputStream body = in == null ? InputStream.nullInputStream() : in;
                OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            n = copy(body, out, limits.maxZipBytes() + 1);
        } catch (IOException e) {
            throw invalid("unreadable", String.valueOf(e.getMessage()));
        }
        if (n == 0) {
            throw invalid("empty");
        }
        if (n > limits.maxZipBytes()) {
            throw invalid("too_large", limits.maxZipBytes() >> 20);
        }
    }

    /** Copies at most {@code max} bytes; returns how many were copied (max means: there was more, or exactly max). */
    private static long copy(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        while (total < max) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, max - total));
            if (r < 0) {
                break;
            }
            out.write(buf, 0, r);
            total += r;
        }
        return total;
    }

    /**
     * Unpacks {@code zip} into {@code target} (created; must not exist) after checking every entry name and link. The
     * package is the zip's root when it holds {@code problem.yaml}, else its one top-level folder.
     *
     * @return the name of that top-level folder, or null when the package is at the zip's root
     */
    String unpack(Path zip, Path target) {
        try {
            checkNoLinks(zip);
        } catch (IOException e) {
            throw invalid("not_zip");
        }
        try (ZipFile zf = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            if (zf.size() > limits.maxEntries()) {
                throw invalid("too_many_entries", limits.maxEntries());
            }
            List<ZipEntry> entries = new ArrayList<>();
            zf.stream().forEach(entries::add);
            if (entries.isEmpty()) {
                throw invalid("empty");
            }
            for (ZipEntry e : entries) {
                checkName(e.getName());
            }
            String folder = topFolder(entries);
            String prefix = folder == null ? "" : folder + "/";
            Files.createDirectories(target);
            Path root = target.toAbsolutePath().normalize();
            long total = 0;
            for (ZipEntry e : entries) {
                String name = e.getName().substring(prefix.length());
                if (name.isEmpty()) {
                    continue;
                }
                Path dest = root.resolve(name).normalize();
                if (!dest.startsWith(root) || dest.equals(root)) {
                    throw invalid("unsafe_path", e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(dest);
                    continue;
                }
                Files.createDirectories(dest.getParent());
                try (InputStream in = zf.getInputStream(e);
                        OutputStream out = Files.newOutputStream(dest, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    long left = limits.maxUnpackedBytes() - total;
                    long n = copy(in, out, left + 1);
                    total += n;
                    if (total > limits.maxUnpackedBytes()) {
                        throw invalid("unpacked_too_large", limits.maxUnpackedBytes() >> 20);
                    }
                } catch (java.nio.file.FileAlreadyExistsException dup) {
                    throw invalid("unsafe_path", e.getName());
                }
            }
            return folder;
        } catch (ZipException e) {
            throw invalid("not_zip");
        } catch (IOException e) {
            throw invalid("unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static void checkName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
                || (name.length() > 1 && name.charAt(1) == ':')) {
            throw invalid("unsafe_path", name);
        }
        for (String part : name.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                throw invalid("unsafe_path", name);
            }
        }
    }

    /** The one top-level folder holding problem.yaml when problem.yaml is not at the root; null otherwise. */
    private static String topFolder(List<ZipEntry> entries) {
        if (entries.stream().anyMatch(e -> e.getName().equals("problem.yaml"))) {
            return null;
        }
        String folder = null;
        for (ZipEntry e : entries) {
            int slash = e.getName().indexOf('/');
            String top = slash < 0 ? null : e.getName().substring(0, slash);
            if (top == null || (folder != null && !folder.equals(top))) {
                return null; // a file at the root or several folders: the loader will say problem.yaml is missing
            }
            folder = top;
        }
        String f = folder;
        return entries.stream().anyMatch(e -> e.getName().equals(f + "/problem.yaml")) ? folder : null;
    }

    /**
     * Reads the zip's central directory and refuses symbolic links (Unix mode in the external attributes), which
     * {@link ZipFile} does not report; also refuses zip64 archives (beyond every limit here).
     */
    private void checkNoLinks(Path zip) throws IOException {
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 22 + 65535);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(end, size - tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == 0x06054b50) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new ZipException("no end of central directory");
            }
            int count = Short.toUnsignedInt(end.getShort(eocd + 10));
            long cdSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
            long cdOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
            if (count == 0xFFFF || cdOffset == 0xFFFFFFFFL || cdSize == 0xFFFFFFFFL) {
                throw invalid("too_many_entries", limits.maxEntries());
            }
            if (count > limits.maxEntries()) {
                throw invalid("too_many_entries", limits.maxEntries());
            }
            if (cdOffset + cdSize > size) {
                throw new ZipException("central directory outside the file");
            }
            ByteBuffer cd = ByteBuffer.allocate((int) cdSize).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(cd, cdOffset);
            int p = 0;
            for (int i = 0; i < count; i++) {
                if (p + 46 > cdSize || cd.getInt(p) != 0x02014b50) {
                    throw new ZipException("bad central directory");
                }
                int madeBy = Short.toUnsignedInt(cd.getShort(p + 4)) >> 8;
                int nameLen = Short.toUnsignedInt(cd.getShort(p + 28));
                int extraLen = Short.toUnsignedInt(cd.getShort(p + 30));
                int commentLen = Short.toUnsignedInt(cd.getShort(p + 32));
                long external = Integer.toUnsignedLong(cd.getInt(p + 38));
                if (p + 46 + nameLen > cdSize) {
                    throw new ZipException("bad central directory");
                }
                byte[] name = new byte[nameLen];
                cd.get(p + 46, name);
                int type = (int) ((external >>> 16) & 0xF000);
                if (madeBy == 3 && type == 0xA000) {
                    throw invalid("link", new String(name, StandardCharsets.UTF_8));
                }
                p += 46 + nameLen + extraLen + commentLen;
            }
        }
    }

    // ---- authored tasks ----------------------------------------------------------------------------------------

    /** Checks a draft's fields (limits and the checker are checked again by the judge's loader). */
    static void check(TaskDraft d) {
        List<EduException.FieldError> errors = new ArrayList<>();
        if (d.id() == null || d.id().isBlank()) {
            errors.add(new EduException.FieldError("id", "coding.task.id_required", List.of()));
        } else if (!ID.matcher(d.id()).matches()) {
            errors.add(new EduException.FieldError("id", "coding.task.id_invalid", List.of(d.id())));
        }
        Map<String, String> names = d.names() == null ? Map.of() : d.names();
        if (names.values().stream().allMatch(n -> n == null || n.isBlank())) {
            errors.add(new EduException.FieldError("names", "coding.task.name_required", List.of()));
        }
        names.forEach((lang, name) -> {
            if (!LANGUAGES.contains(lang)) {
                errors.add(new EduException.FieldError("names", "coding.task.language_invalid", List.of(String.valueOf(lang))));
            } else if (name != null && name.length() > MAX_NAME_CHARS) {
                errors.add(new EduException.FieldError("names." + lang, "coding.task.name_too_long", List.of(MAX_NAME_CHARS)));
            }
        });
        Map<String, String> statements = d.statements() == null ? Map.of() : d.statements();
        statements.forEach((lang, text) -> {
            if (!LANGUAGES.contains(lang)) {
                errors.add(new EduException.FieldError("statements", "coding.task.language_invalid", List.of(String.valueOf(lang))));
            } else if (text != null && text.length() > MAX_STATEMENT_CHARS) {
                errors.add(new EduException.FieldError("statements." + lang, "coding.task.statement_too_long", List.of(MAX_STATEMENT_CHARS)));
            }
        });
        String checker = d.checker() == null ? "tokens" : d.checker();
        if (!List.of("exact", "tokens", "float").contains(checker)) {
            errors.add(new EduException.FieldError("checker", "coding.task.checker_invalid", List.of(checker)));
        }
        for (Double tol : new Double[] {d.absTolerance(), d.relTolerance()}) {
            if (tol != null && !(tol >= 0 && tol <= 1e6)) {
                errors.add(new EduException.FieldError("tolerance", "coding.task.tolerance_invalid", List.of(tol)));
            }
        }
        List<TestDraft> tests = d.tests() == null ? List.of() : d.tests();
        if (tests.size() < 3) {
            errors.add(new EduException.FieldError("tests", "coding.task.tests_too_few", List.of(tests.size(), 3)));
        }
        if (tests.size() > MAX_DRAFT_TESTS) {
            errors.add(new EduException.FieldError("tests", "coding.task.tests_too_many", List.of(MAX_DRAFT_TESTS)));
        }
        for (int i = 0; i < tests.size(); i++) {
            TestDraft t = tests.get(i);
            if (t == null || t.input() == null || t.output() == null || t.output().isBlank()) {
                errors.add(new EduException.FieldError("tests." + (i + 1), "coding.task.test_incomplete", List.of(i + 1)));
            } else if (t.input().length() > MAX_DRAFT_TEST_CHARS || t.output().length() > MAX_DRAFT_TEST_CHARS) {
                errors.add(new EduException.FieldError("tests." + (i + 1), "coding.task.test_too_large", List.of(i + 1, MAX_DRAFT_TEST_CHARS)));
            } else if (t.input().indexOf('\0') >= 0 || t.output().indexOf('\0') >= 0) {
                errors.add(new EduException.FieldError("tests." + (i + 1), "coding.task.test_binary", List.of(i + 1)));
            }
        }
        if (!errors.isEmpty()) {
            throw EduException.invalid(errors);
        }
    }

    /**
     * Writes a checked draft as a Kattis package into {@code dir} (created): {@code problem.yaml},
     * {@code problem_statement/problem.<lang>.md}, {@code data/sample|secret/<n>.in|.ans} numbered in the draft's order.
     * Line endings become "\n" and every non-empty file ends with one.
     */
    static void write(TaskDraft d, Path dir) throws IOException {
        check(d);
        Files.createDirectories(dir);
        StringBuilder yaml = new StringBuilder("# written by Digital Education (authored in the coding school)\nname:\n");
        for (String lang : LANGUAGES) {
            String name = d.names().get(lang);
            if (name != null && !name.isBlank()) {
                yaml.append("  ").append(lang).append(": ").append(quote(name.strip())).append('\n');
            }
        }
        yaml.append("limits:\n");
        yaml.append("  time_limit: ").append(number(d.timeLimitSeconds() == null ? 1.0 : d.timeLimitSeconds())).append('\n');
        yaml.append("  memory: ").append(d.memoryLimitMb() == null ? 256 : d.memoryLimitMb()).append('\n');
        yaml.append("  output: ").append(number(d.outputLimitMb() == null ? 8.0 : d.outputLimitMb())).append('\n');
        boolean caseSensitive = d.caseSensitive() == null || d.caseSensitive();
        String checker = d.checker() == null ? "tokens" : d.checker();
        List<String> flags = new ArrayList<>();
        switch (checker) {
            case "exact" -> flags.addAll(List.of("case_sensitive", "space_change_sensitive"));
            case "float" -> {
                if (caseSensitive) {
                    flags.add("case_sensitive");
                }
                flags.addAll(List.of("float_absolute_tolerance", number(d.absTolerance() == null ? 1e-6 : d.absTolerance()),
                        "float_relative_tolerance", number(d.relTolerance() == null ? 1e-6 : d.relTolerance())));
            }
            default -> {
                if (caseSensitive) {
                    flags.add("case_sensitive");
                }
            }
        }
        yaml.append("validation: default\n");
        if (!flags.isEmpty()) {
            yaml.append("validator_flags: ").append(quote(String.join(" ", flags))).append('\n');
        }
        Files.writeString(dir.resolve("problem.yaml"), yaml, StandardCharsets.UTF_8);
        Map<String, String> statements = d.statements() == null ? Map.of() : d.statements();
        for (String lang : LANGUAGES) {
            String text = statements.get(lang);
            if (text != null && !text.isBlank()) {
                Path st = dir.resolve("problem_statement");
                Files.createDirectories(st);
                Files.writeString(st.resolve("problem." + lang + ".md"), text(text), StandardCharsets.UTF_8);
            }
        }
        for (int i = 0; i < d.tests().size(); i++) {
            TestDraft t = d.tests().get(i);
            Path data = dir.resolve("data").resolve(t.sample() ? "sample" : "secret");
            Files.createDirectories(data);
            Files.writeString(data.resolve((i + 1) + ".in"), text(t.input()), StandardCharsets.UTF_8);
            Files.writeString(data.resolve((i + 1) + ".ans"), text(t.output()), StandardCharsets.UTF_8);
        }
    }

    private static String text(String s) {
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        return t.isEmpty() || t.endsWith("\n") ? t : t + "\n";
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /**
     * A loaded task as a draft to edit, or a 409 when the form cannot hold it (a custom checker, tests that are not
     * short UTF-8 text).
     */
    static TaskDraft draft(Task task) {
        if (task.checker().kind() == CheckerSpec.Kind.PROGRAM) {
            throw EduException.conflict("coding.task.not_editable_checker");
        }
        Map<String, String> statements = new TreeMap<>();
        for (String lang : LANGUAGES) {
            for (String ext : List.of("md", "txt")) {
                Path file = task.dir().resolve("problem_statement").resolve("problem." + lang + "." + ext);
                if (!statements.containsKey(lang) && Files.isRegularFile(file)) {
                    statements.put(lang, editable(file, MAX_STATEMENT_CHARS));
                }
            }
        }
        List<TestDraft> tests = new ArrayList<>();
        for (TestCase t : task.tests()) {
            tests.add(new TestDraft(editable(t.input(), MAX_DRAFT_TEST_CHARS), editable(t.answer(), MAX_DRAFT_TEST_CHARS), t.sample()));
        }
        CheckerSpec c = task.checker();
        String checker = switch (c.kind()) {
            case EXACT -> "exact";
            case FLOAT -> "float";
            default -> "tokens";
        };
        Map<String, String> names = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            if (task.names().containsKey(lang)) {
                names.put(lang, task.names().get(lang));
            }
        }
        return new TaskDraft(task.id(), names, statements, task.limits().timeMs() / 1000.0, task.limits().memoryMb(),
                task.limits().outputBytes() / 1048576.0, checker, c.caseSensitive(),
                c.kind() == CheckerSpec.Kind.FLOAT ? Math.max(0, c.absTolerance()) : null,
                c.kind() == CheckerSpec.Kind.FLOAT ? Math.max(0, c.relTolerance()) : null, tests);
    }

    private static String editable(Path file, int maxChars) {
        try {
            if (Files.size(file) > maxChars * 4L) {
                throw EduException.conflict("coding.task.not_editable_large", file.getFileName().toString());
            }
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (s.length() > maxChars || s.indexOf('\0') >= 0) {
                throw EduException.conflict("coding.task.not_editable_large", file.getFileName().toString());
            }
            return s;
        } catch (CharacterCodingException e) {
            throw EduException.conflict("coding.task.not_editable_binary", file.getFileName().toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    // ---- export ------------------------------------------------------------------------------------------------

    /** Zips the package directory with its files under {@code <folder>/}, in name order; links and other non-files are left out. */
    static void zip(Path dir, String folder, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path f : files) {
            String rel = dir.relativize(f).toString().replace('\\', '/');
            zip.putNextEntry(new ZipEntry(folder + "/" + rel));
            Files.copy(f, zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }
}
