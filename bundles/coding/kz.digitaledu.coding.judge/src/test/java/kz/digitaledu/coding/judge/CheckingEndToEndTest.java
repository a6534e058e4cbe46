package kz.digitaledu.coding.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.digitaledu.coding.judge.internal.cli.JudgeCli;

/** Float tolerance, a sandboxed custom checker, a larger input, and the CLI. */
class CheckingEndToEndTest {
    private static JudgeFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new JudgeFixture(2);
    }

    @AfterAll
    static void stop() throws Exception {
        fx.assertClean();
        fx.close();
    }

    @Test
    void floatTolerance() throws Exception {
        String good = "#include <cstdio>\nint main(){double a,b;scanf(\"%lf %lf\",&a,&b);printf(\"%.9f\\n\",a/b);}\n";
        String rough = "#include <cstdio>\nint main(){double a,b;scanf(\"%lf %lf\",&a,&b);printf(\"%.2f\\n\",a/b);}\n";
        assertEquals(Verdict.AC, fx.judge("floatdiv", "cpp", good).verdict());
        JudgeResult r = fx.judge("floatdiv", "cpp", rough);
        assertEquals(Verdict.WA, r.verdict());
        assertTrue(r.tests().stream().allMatch(t -> t.verdict() == Verdict.WA), r::toString);
    }

    @Test
    void customCheckerAcceptsAnyValidAnswer() throws Exception {
        JudgeResult ok = fx.judge("splitsum", "python", "s = int(input())\nprint(1, s - 1)\n");
        assertEquals(Verdict.AC, ok.verdict(), ok::toString);
        JudgeResult bad = fx.judge("splitsum", "python", "s = int(input())\nprint(s, 1)\n");
        assertEquals(Verdict.WA, bad.verdict(), bad::toString);
        assertTrue(bad.tests().get(0).detail().contains("!="), bad::toString);
    }

    @Test
    void concurrentSubmissionsKeepEveryOutput() throws Exception {
        // regression: output of a program that exits quickly must never be lost under load
        String src = JudgeFixture.source("cpp/ok.cpp");
        Task task = fx.task("aplusb");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<JudgeResult>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                fs.add(pool.submit(() -> fx.engine.judge(task, Submission.of("cpp", src))));
            }
            for (java.util.concurrent.Future<JudgeResult> f : fs) {
                JudgeResult r = f.get();
                assertEquals(Verdict.AC, r.verdict(), r::toString);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pythonParseErrorIsCompileErrorButARaisedSyntaxErrorIsRuntimeError() throws Exception {
        JudgeResult ce = fx.judge("aplusb", "python", "def f(:\n    pass\n");
        assertEquals(Verdict.CE, ce.verdict(), ce::toString);
        assertTrue(ce.compileMessage().contains("SyntaxError"), ce::toString);
        assertTrue(ce.tests().isEmpty());
        JudgeResult re = fx.judge("aplusb", "python", "raise SyntaxError('not a parse error')\n");
        assertEquals(Verdict.RE, re.verdict(), re::toString);
        assertEquals(3, re.tests().size());
    }

    @Test
    void largeInputPascal() throws Exception {
        String src = "var n,i:longint; x,s:int64;\nbegin readln(n); s:=0; for i:=1 to n do begin read(x); s:=s+x; end; writeln(s); end.\n";
        JudgeResult r = fx.judge("sumn", "pascal", src);
        assertEquals(Verdict.AC, r.verdict(), r::toString);
        assertTrue(r.tests().get(0).output().startsWith("6"), "sample output is shown");
        assertEquals(null, r.tests().get(2).output(), "secret output is not");
    }

    @Test
    void cliPrintsJson(@TempDir Path dir) throws Exception {
        // the sandbox users must be able to traverse to the work root (a @TempDir is 0700)
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "judge-cli-test-" + System.nanoTime());
        Path src = dir.resolve("Main.java");
        Files.writeString(src, JudgeFixture.source("java/ok.java"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new JudgeCli().run(new String[] {"--task", JudgeFixture.resource("tasks/aplusb").toString(), "--source", src.toString(),
            "--lang", "java", "--work", work.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("AC", json.get("verdict").asText());
        assertEquals(3, json.get("tests").size());
        for (int i = 0; i < 3; i++) {
            JsonNode t = json.get("tests").get(i);
            assertEquals(i + 1, t.get("number").asInt());
            assertEquals("AC", t.get("verdict").asText());
            assertTrue(t.get("timeMs").asLong() >= 0 && t.get("memoryKb").asLong() > 0);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int bad = new JudgeCli().run(new String[] {"--task", JudgeFixture.resource("tasks/aplusb").toString(), "--source", src.toString(),
            "--lang", "cobol", "--locale", "ru", "--work", work.toString()}, new PrintStream(err, true, StandardCharsets.UTF_8), System.err);
        assertEquals(2, bad);
        JsonNode e = new ObjectMapper().readTree(err.toString(StandardCharsets.UTF_8));
        assertEquals("language.unknown", e.get("error").asText());
        assertTrue(e.get("message").asText().startsWith("Неизвестный"));
        try (var left = Files.list(work)) {
            assertEquals(java.util.List.of(), left.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("seccomp")).toList(),
                    "CLI work root holds no submission");
        }
        try (var all = Files.walk(work)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
