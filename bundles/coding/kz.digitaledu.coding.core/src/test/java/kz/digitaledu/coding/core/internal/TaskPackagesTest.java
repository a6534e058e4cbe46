package kz.digitaledu.coding.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.digitaledu.coding.core.CodingService.TaskDraft;
import kz.digitaledu.coding.core.CodingService.TestDraft;
import kz.digitaledu.coding.judge.CheckerSpec;
import kz.digitaledu.coding.judge.Judge;
import kz.digitaledu.coding.judge.JudgeException;
import kz.digitaledu.coding.judge.JudgeHealth;
import kz.digitaledu.coding.judge.JudgeResult;
import kz.digitaledu.coding.judge.LanguageConfig;
import kz.digitaledu.coding.judge.Limits;
import kz.digitaledu.coding.judge.MessageKey;
import kz.digitaledu.coding.judge.Submission;
import kz.digitaledu.coding.judge.Task;
import kz.digitaledu.coding.judge.internal.task.KattisTaskLoader;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.i18n.TranslationCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Received packages are checked whole before anything is unpacked into place; authored tasks round-trip through a package. */
class TaskPackagesTest {
    @TempDir
    Path tmp;

    /** The judge's own package loader, without a sandbox. */
    static final class LoaderJudge implements Judge {
        private final KattisTaskLoader loader = new KattisTaskLoader();

        @Override
        public JudgeResult judge(Task task, Submission submission) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Task loadTask(Path packageDir) throws JudgeException {
            return loader.load(packageDir);
        }

        @Override
        public void verifyTask(Task task) {
            // no sandbox here: a custom checker is compiled by the real judge (TaskVerificationTest in the judge bundle)
        }

        @Override
        public JudgeHealth health() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LanguageConfig> languages() {
            return List.of();
        }
    }

    private final TaskPackages packages = new TaskPackages(new TaskPackages.Limits(1 << 20, 4 << 20, 50));

    private static final String YAML = "name:\n  en: Sum\nlimits:\n  time: 1\n  memory: 64\n";

    /** A zip of name → content pairs. */
    static byte[] zip(String... nameContent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameContent.length; i += 2) {
                z.putNextEntry(new ZipEntry(nameContent[i]));
                z.write(nameContent[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static String[] goodPackage(String prefix, int tests) {
        List<String> files = new ArrayList<>(List.of(prefix + "problem.yaml", YAML, prefix + "problem_statement/problem.en.md", "Add two numbers."));
        for (int i = 1; i <= tests; i++) {
            String dir = i == 1 ? "data/sample/" : "data/secret/";
            files.addAll(List.of(prefix + dir + i + ".in", i + " " + i + "\n", prefix + dir + i + ".ans", (2 * i) + "\n"));
        }
        return files.toArray(String[]::new);
    }

    private Path receive(byte[] zip) {
        Path file = tmp.resolve("upload-" + System.nanoTime() + ".zip");
        packages.receive(new ByteArrayInputStream(zip), file);
        return file;
    }

    private EduException refused(byte[] zip) {
        Path target = tmp.resolve("unpacked-" + System.nanoTime());
        EduException e = assertThrows(EduException.class, () -> packages.unpack(receive(zip), target));
        assertEquals(422, e.status());
        assertEquals(TaskPackages.INVALID, e.code());
        return e;
    }

    @Test
    void aPackageInOneFolderIsUnpackedWithoutTheFolder() throws Exception {
        Path target = tmp.resolve("out");
        assertEquals("sum", packages.unpack(receive(zip(goodPackage("sum/", 3))), target));
        assertTrue(Files.isRegularFile(target.resolve("problem.yaml")));
        assertTrue(Files.isRegularFile(target.resolve("data/secret/3.ans")));
        Path root = tmp.resolve("out2");
        assertNull(packages.unpack(receive(zip(goodPackage("", 3))), root));
        assertTrue(Files.isRegularFile(root.resolve("data/sample/1.in")));
    }

    @Test
    void zipSlipAndAbsolutePathsAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path outside = tmp.resolve("evil.txt");
        String[] slip = goodPackage("", 3);
        List<String> files = new ArrayList<>(List.of(slip));
        files.addAll(List.of("../evil.txt", "pwned"));
        EduException e = refused(zip(files.toArray(String[]::new)));
        assertEquals("coding.package.unsafe_path", e.messageKey());
        assertEquals(List.of("../evil.txt"), e.args());
        assertFalse(Files.exists(outside));

        assertEquals("coding.package.unsafe_path", refused(zip("problem.yaml", YAML, "/etc/evil", "x")).messageKey());
        assertEquals("coding.package.unsafe_path", refused(zip("problem.yaml", YAML, "data/../../evil", "x")).messageKey());
        assertEquals("coding.package.unsafe_path", refused(zip("problem.yaml", YAML, "C:\\evil", "x")).messageKey());
        try (Stream<Path> left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("unpacked-")), "nothing unpacked");
        }
    }

    @Test
    void symbolicLinksAreRefused() throws Exception {
        byte[] zip = zip("problem.yaml", YAML, "data/secret/1.in", "/etc/passwd");
        markAsSymlink(zip, "data/secret/1.in");
        EduException e = refused(zip);
        assertEquals("coding.package.link", e.messageKey());
        assertEquals(List.of("data/secret/1.in"), e.args());
    }

    /** Sets "made by Unix" and the mode lrwxrwxrwx on the central-directory entry of {@code name}, as `zip -y` does. */
    private static void markAsSymlink(byte[] zip, String name) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        for (int p = 0; p + 46 + n.length <= zip.length; p++) {
            if (b.getInt(p) == 0x02014b50 && b.getShort(p + 28) == n.length
                    && new String(zip, p + 46, n.length, StandardCharsets.UTF_8).equals(name)) {
                b.putShort(p + 4, (short) ((3 << 8) | 20));
                b.putInt(p + 38, 0120777 << 16);
                return;
            }
        }
        throw new AssertionError("entry not found: " + name);
    }

    @Test
    void binaryOversizedAndBombPackagesAreRefused() throws Exception {
        byte[] noise = new byte[4096];
        new java.util.Random(1).nextBytes(noise);
        assertEquals("coding.package.not_zip", refused(noise).messageKey());
        assertEquals("coding.package.empty",
                assertThrows(EduException.class, () -> packages.receive(new ByteArrayInputStream(new byte[0]), tmp.resolve("e.zip"))).messageKey());

        byte[] big = new byte[(1 << 20) + 1];
        new java.util.Random(2).nextBytes(big);
        EduException tooLarge = assertThrows(EduException.class, () -> packages.receive(new ByteArrayInputStream(big), tmp.resolve("big.zip")));
        assertEquals("coding.package.too_large", tooLarge.messageKey());
        assertFalse(Files.exists(tmp.resolve("big.zip")) && Files.size(tmp.resolve("big.zip")) > (1 << 20) + 1);

        // 5 MiB of zeros compress to a few KiB: the unpacked size is counted while reading, not taken from the headers
        String zeros = "0".repeat(5 << 20);
        EduException bomb = refused(zip("problem.yaml", YAML, "data/secret/1.in", zeros));
        assertEquals("coding.package.unpacked_too_large", bomb.messageKey());

        List<String> many = new ArrayList<>(List.of("problem.yaml", YAML));
        for (int i = 0; i < 60; i++) {
            many.addAll(List.of("data/secret/" + i + ".in", "1"));
        }
        assertEquals("coding.package.too_many_entries", refused(zip(many.toArray(String[]::new))).messageKey());
    }

    // ---- the store: validation by the judge's loader, atomic installation ----------------------------------------

    private TaskStore store() throws IOException {
        TaskStore store = new TaskStore(new LoaderJudge(), tmp.resolve("tasks"));
        Files.createDirectories(store.root());
        store.loadAll();
        return store;
    }

    private Path staged(TaskStore store, String id, byte[] zip) throws IOException {
        Path staging = store.stage();
        Path dir = staging.resolve(id);
        packages.unpack(receive(zip), dir);
        return dir;
    }

    @Test
    void badPackagesGetTheJudgesTranslatedReasonAndChangeNothing() throws Exception {
        TaskStore store = store();
        store.install("sum", staged(store, "sum", zip(goodPackage("", 3))), false);
        Path yaml = store.root().resolve("sum/problem.yaml");
        String before = Files.readString(yaml);

        EduException tooFew = assertThrows(EduException.class, () -> store.install("sum", staged(store, "sum", zip(goodPackage("", 2))), true));
        assertEquals("coding.package." + MessageKey.TASK_TESTS_TOO_FEW.key(), tooFew.messageKey());
        assertEquals(List.of(2, 3), tooFew.args());
        assertEquals(422, tooFew.status());

        EduException malformed = assertThrows(EduException.class,
                () -> store.install("sum", staged(store, "sum", zip("problem.yaml", "name: [unclosed\nlimits: {", "data/secret/1.in", "1")), true));
        assertEquals("coding.package." + MessageKey.TASK_YAML_INVALID.key(), malformed.messageKey());

        EduException limits = assertThrows(EduException.class, () -> store.install("sum",
                staged(store, "sum", zip(Stream.concat(Stream.of("problem.yaml", "limits:\n  time: 100\n"),
                        Stream.of(goodPackage("", 3)).skip(2)).toArray(String[]::new))), true));
        assertEquals("coding.package." + MessageKey.TASK_LIMIT_INVALID.key(), limits.messageKey());

        EduException noYaml = assertThrows(EduException.class, () -> store.install("other", staged(store, "other", zip("a/x.in", "1", "b/y.in", "2")), false));
        assertEquals("coding.package." + MessageKey.TASK_YAML_MISSING.key(), noYaml.messageKey());

        assertEquals(before, Files.readString(yaml), "the installed task is untouched");
        assertEquals(3, store.get("sum").orElseThrow().tests().size());
        assertFalse(store.exists("other"));
    }

    @Test
    void replacingIsExplicitAndSwapsTheWholeFolder() throws Exception {
        TaskStore store = store();
        TaskStore.Installed first = store.install("sum", staged(store, "sum", zip(goodPackage("", 3))), false);
        assertNull(first.before());
        EduException exists = assertThrows(EduException.class, () -> store.install("sum", staged(store, "sum", zip(goodPackage("", 4))), false));
        assertEquals(409, exists.status());
        assertEquals("coding.task.exists", exists.messageKey());
        assertEquals(3, store.get("sum").orElseThrow().tests().size());

        TaskStore.Installed second = store.install("sum", staged(store, "sum", zip(goodPackage("", 5))), true);
        assertEquals(3, second.before().tests().size());
        assertEquals(5, store.get("sum").orElseThrow().tests().size());
        assertTrue(Files.exists(store.root().resolve("sum/data/secret/5.ans")));

        // a replacement with fewer tests leaves no file of the old one behind
        store.install("sum", staged(store, "sum", zip(goodPackage("", 3))), true);
        assertFalse(Files.exists(store.root().resolve("sum/data/secret/5.ans")));

        assertTrue(store.delete("sum").isPresent());
        assertFalse(store.exists("sum"));
        assertTrue(store.wasDeleted("sum"));
        assertTrue(store.delete("../tasks").isEmpty());
    }

    @Test
    void aStartAfterACrashMidReplacementPutsTheOldTaskBack() throws Exception {
        TaskStore store = store();
        store.install("sum", staged(store, "sum", zip(goodPackage("", 3))), false);
        // the crash: the old folder moved aside, the new one not yet in place
        Path staging = store.stage();
        Files.move(store.root().resolve("sum"), staging.resolve("old-sum"));
        Files.createDirectories(staging.resolve("sum"));

        TaskStore restarted = store();
        assertEquals(3, restarted.get("sum").orElseThrow().tests().size());
        try (Stream<Path> left = Files.list(restarted.root())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(TaskStore.STAGING)), "staging folders removed");
        }
    }

    @Test
    void aStartAfterACrashMidDeletionDoesNotBringTheTaskBack() throws Exception {
        TaskStore store = store();
        store.install("sum", staged(store, "sum", zip(goodPackage("", 3))), false);
        store.delete("sum");
        // the same crash state as a deletion interrupted between its move and its clean-up
        store.install("sum", staged(store, "sum", zip(goodPackage("", 3))), false);
        assertFalse(store.wasDeleted("sum"), "adding the task again clears the deletion");
        Files.createFile(store.root().resolve(".deleted-sum"));
        Path staging = store.stage();
        Files.move(store.root().resolve("sum"), staging.resolve("old-sum"));

        TaskStore restarted = store();
        assertFalse(restarted.exists("sum"));
    }

    // ---- authored tasks ----------------------------------------------------------------------------------------

    static TaskDraft draft(String checker, List<TestDraft> tests) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("kk", "Екі санның қосындысы");
        names.put("ru", "Сумма \"двух\" чисел: a+b");
        names.put("en", "Sum of two numbers");
        return new TaskDraft("sum2", names, Map.of("en", "Print **a + b**.", "kk", "a + b шығарыңыз."), 2.5, 128, 4.0, checker, true,
                "float".equals(checker) ? 1e-4 : null, "float".equals(checker) ? 1e-3 : null, tests);
    }

    static List<TestDraft> threeTests() {
        return List.of(new TestDraft("1 2", "3", true), new TestDraft("5 5\r\n", "10\r\n", false), new TestDraft("-1 1\n", "0\n", false));
    }

    @Test
    void anAuthoredTaskRoundTripsThroughAKattisPackage() throws Exception {
        Path dir = tmp.resolve("sum2");
        TaskPackages.write(draft("float", threeTests()), dir);
        Task task = new KattisTaskLoader().load(dir);
        assertEquals("sum2", task.id());
        assertEquals("Сумма \"двух\" чисел: a+b", task.names().get("ru"));
        assertEquals(new Limits(2500, 128, 4L << 20), task.limits());
        assertEquals(CheckerSpec.Kind.FLOAT, task.checker().kind());
        assertEquals(1e-4, task.checker().absTolerance());
        assertEquals(1e-3, task.checker().relTolerance());
        assertEquals(3, task.tests().size());
        assertTrue(task.tests().get(0).sample());
        assertEquals("5 5\n", Files.readString(task.tests().get(1).input()), "line endings normalised");
        assertEquals("3\n", Files.readString(task.tests().get(0).answer()), "a final newline added");
        assertEquals("Print **a + b**.\n", Files.readString(dir.resolve("problem_statement/problem.en.md")));

        TaskDraft back = TaskPackages.draft(task);
        assertEquals(List.of(new TestDraft("1 2\n", "3\n", true), new TestDraft("5 5\n", "10\n", false), new TestDraft("-1 1\n", "0\n", false)),
                back.tests());
        assertEquals(draft("float", threeTests()).names(), back.names());
        assertEquals("float", back.checker());
        assertEquals(2.5, back.timeLimitSeconds());
        assertEquals(128, back.memoryLimitMb());
        assertEquals(4.0, back.outputLimitMb());

        assertEquals(CheckerSpec.Kind.EXACT, load("exact").checker().kind());
        assertEquals(CheckerSpec.Kind.TOKENS, load("tokens").checker().kind());
        assertEquals("exact", TaskPackages.draft(load("exact")).checker());

        // exported as a zip and uploaded again: the same task
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        TaskPackages.zip(dir, "sum2", zip);
        Path again = tmp.resolve("again/sum2");
        assertEquals("sum2", packages.unpack(receive(zip.toByteArray()), again));
        Task reloaded = new KattisTaskLoader().load(again);
        assertEquals(task.limits(), reloaded.limits());
        assertEquals(task.names(), reloaded.names());
        assertEquals(TaskPackages.draft(task), TaskPackages.draft(reloaded));
    }

    private Task load(String checker) throws Exception {
        Path dir = tmp.resolve(checker).resolve("sum2");
        TaskPackages.write(draft(checker, threeTests()), dir);
        return new KattisTaskLoader().load(dir);
    }

    @Test
    void draftsAreCheckedFieldByField() {
        EduException tooFew = assertThrows(EduException.class, () -> TaskPackages.check(draft("tokens", threeTests().subList(0, 2))));
        assertEquals(422, tooFew.status());
        assertEquals("coding.task.tests_too_few", tooFew.fieldErrors().get(0).messageKey());
        assertEquals(List.of(2, 3), tooFew.fieldErrors().get(0).args());

        TaskDraft bad = new TaskDraft("Bad Id", Map.of("en", " "), Map.of("de", "x"), 1.0, 64, 1.0, "regex", true, -1.0, null,
                List.of(new TestDraft("1", "", false), new TestDraft(null, "1", true), new TestDraft("1", "1", false)));
        List<String> keys = assertThrows(EduException.class, () -> TaskPackages.check(bad)).fieldErrors().stream()
                .map(EduException.FieldError::messageKey).toList();
        assertEquals(List.of("coding.task.id_invalid", "coding.task.name_required", "coding.task.language_invalid", "coding.task.checker_invalid",
                "coding.task.tolerance_invalid", "coding.task.test_incomplete", "coding.task.test_incomplete"), keys);
        assertThrows(EduException.class, () -> TaskPackages.write(bad, tmp.resolve("bad")));
        assertFalse(Files.exists(tmp.resolve("bad")), "nothing written for a bad draft");
    }

    @Test
    void everyPackageErrorOfTheJudgeIsTranslatedHere() throws Exception {
        assertEquals(List.of(), TranslationCheck.problems(getClass().getClassLoader(), "i18n/messages"));
        Properties en = TranslationCheck.load(getClass().getClassLoader(), "i18n/messages", Locale.ENGLISH);
        for (MessageKey k : MessageKey.values()) {
            if (k.name().startsWith("TASK_")) {
                assertTrue(en.containsKey("coding.package." + k.key()), k::key);
            }
        }
    }

    @Test
    void aTaskIsReplacedOnlyAfterTheJudgingThatReadsItIsOver() throws Exception {
        TaskStore store = store();
        store.install("sum", staged(store, "sum", zip(goodPackage("", 3))), false);
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<String> judged = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return store.whileReading("sum", task -> {
                    reading.countDown();
                    release.await();
                    // the files of the task this judging started with are all still there
                    StringBuilder answers = new StringBuilder();
                    for (kz.digitaledu.coding.judge.TestCase t : task.tests()) {
                        answers.append(Files.readString(t.answer()).strip());
                    }
                    return task.tests().size() + ":" + answers;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        reading.await();
        Path replacement = staged(store, "sum", zip(goodPackage("", 5)));
        java.util.concurrent.CompletableFuture<TaskStore.Installed> replaced = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> store.install("sum", replacement, true));
        org.awaitility.Awaitility.await().during(java.time.Duration.ofMillis(300)).atMost(java.time.Duration.ofSeconds(2))
                .until(() -> !replaced.isDone());
        assertEquals(3, store.get("sum").orElseThrow().tests().size(), "not replaced while it is being judged");
        release.countDown();
        String seen = judged.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(seen.startsWith("3:"), seen);
        assertEquals(5, replaced.get(10, java.util.concurrent.TimeUnit.SECONDS).after().tests().size());
        assertEquals(5, (int) store.whileReading("sum", task -> task.tests().size()), "judging after the replacement sees the new task");
    }
}
