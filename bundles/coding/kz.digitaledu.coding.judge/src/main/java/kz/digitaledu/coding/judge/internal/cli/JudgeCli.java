package kz.digitaledu.coding.judge.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import kz.digitaledu.coding.judge.JudgeException;
import kz.digitaledu.coding.judge.JudgeResult;
import kz.digitaledu.coding.judge.MessageKey;
import kz.digitaledu.coding.judge.Submission;
import kz.digitaledu.coding.judge.Task;
import kz.digitaledu.coding.judge.TestResult;
import kz.digitaledu.coding.judge.internal.JudgeConfig;
import kz.digitaledu.coding.judge.internal.JudgeEngine;

/**
 * Command-line entry: {@code judge --task DIR --source FILE --lang python|cpp|java|pascal [--languages FILE]
 * [--parallel N] [--work DIR] [--locale kk|ru|en] [--health]}. Prints JSON on stdout; exit 0 when judged
 * (whatever the verdict), 2 on a judge error (JSON with "error" and "message"), 64 on bad usage.
 */
public final class JudgeCli {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static void main(String[] args) {
        int code = new JudgeCli().run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--health") || a.equals("--benchmark") || a.equals("--prepare")) {
                opts.put(a.substring(2), "true");
            } else if (a.startsWith("--") && i + 1 < args.length) {
                opts.put(a.substring(2), args[++i]);
            } else {
                err.println("unexpected argument: " + a);
                return usage(err);
            }
        }
        Locale locale = Locale.forLanguageTag(opts.getOrDefault("locale", "en"));
        // warm artefacts (precompiled header, javac archive) are used when present; built only with --prepare/--benchmark
        // the persistent javac worker pays off only in a long-running engine (server, benchmark), not for one CLI call
        JudgeConfig cfg = JudgeConfig.defaults().withPrepare(opts.containsKey("prepare") || opts.containsKey("benchmark"))
                .withCompileServices(opts.containsKey("benchmark") && !"false".equals(opts.get("javac-service")));
        if (opts.containsKey("languages")) {
            cfg = cfg.withLanguagesFile(Path.of(opts.get("languages")));
        }
        if (opts.containsKey("parallel")) {
            cfg = cfg.withParallelism(Integer.parseInt(opts.get("parallel")));
        }
        if (opts.containsKey("work")) {
            cfg = cfg.withWorkRoot(Path.of(opts.get("work")));
        }
        try (JudgeEngine engine = new JudgeEngine(cfg)) {
            if (opts.containsKey("prepare")) {
                engine.awaitPrepared(300_000);
            }
            if (opts.containsKey("health") || opts.containsKey("prepare")) {
                out.println(json.writeValueAsString(engine.health()));
                return engine.health().ready() ? 0 : 2;
            }
            if (opts.containsKey("benchmark")) {
                engine.awaitPrepared(300_000);
                Task task = engine.loadTask(Path.of(opts.get("task")));
                int runs = Integer.parseInt(opts.getOrDefault("runs", "12"));
                String md = kz.digitaledu.coding.judge.internal.JudgeBenchmark.report(engine, task, Path.of(opts.get("solutions")), runs,
                        opts.containsKey("langs") ? java.util.Set.of(opts.get("langs").split(",")) : null);
                if (opts.containsKey("out")) {
                    Files.writeString(Path.of(opts.get("out")), md);
                }
                out.println(md);
                return 0;
            }
            if (!opts.containsKey("task") || !opts.containsKey("source") || !opts.containsKey("lang")) {
                return usage(err);
            }
            Task task = engine.loadTask(Path.of(opts.get("task")));
            byte[] source;
            try {
                source = Files.readAllBytes(Path.of(opts.get("source")));
            } catch (IOException e) {
                throw new JudgeException(MessageKey.SOURCE_EMPTY, e);
            }
            JudgeResult r = engine.judge(task, new Submission(opts.get("lang"), source));
            out.println(json.writeValueAsString(toJson(r, locale)));
            return 0;
        } catch (JudgeException e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("error", e.key().key());
            m.put("message", e.getMessage(locale));
            try {
                out.println(json.writeValueAsString(m));
            } catch (JsonProcessingException ex) {
                err.println(e.getMessage(locale));
            }
            return 2;
        } catch (JsonProcessingException e) {
            err.println(e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("judge: " + e);
            return 2;
        }
    }

    static Map<String, Object> toJson(JudgeResult r, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", r.verdict().name());
        m.put("verdictText", kz.digitaledu.coding.judge.Messages.format(locale, r.verdict().messageKey()));
        m.put("compileMessage", r.compileMessage());
        if (r.compileLimit() != null) {
            m.put("compileLimit", r.compileLimit().key());
            m.put("compileLimitText", kz.digitaledu.coding.judge.Messages.format(locale, r.compileLimit().key()));
        }
        m.put("compileMs", r.compileMs());
        m.put("compileCpuMs", r.compileCpuMs());
        m.put("totalMs", r.totalMs());
        List<Map<String, Object>> tests = r.tests().stream().map(JudgeCli::test).toList();
        m.put("tests", tests);
        return m;
    }

    private static Map<String, Object> test(TestResult t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("sample", t.sample());
        m.put("verdict", t.verdict().name());
        m.put("timeMs", t.timeMs());
        m.put("wallMs", t.wallMs());
        m.put("memoryKb", t.memoryKb());
        m.put("exitCode", t.exitCode());
        m.put("signal", t.signal());
        if (t.detail() != null) {
            m.put("detail", t.detail());
        }
        return m;
    }

    private static int usage(PrintStream err) {
        err.println("usage: judge --task DIR --source FILE --lang python|cpp|java|pascal [--languages FILE] [--parallel N] [--work DIR] [--locale kk|ru|en]");
        err.println("       judge --health | --prepare   (status; --prepare also builds the precompiled header / javac archive and waits)");
        err.println("       judge --benchmark --task DIR --solutions DIR [--runs N] [--out FILE.md] [--langs python,cpp,java,pascal] [--javac-service false]");
        return 64;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
