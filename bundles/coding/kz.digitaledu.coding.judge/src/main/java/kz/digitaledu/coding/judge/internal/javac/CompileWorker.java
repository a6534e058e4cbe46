package kz.digitaledu.coding.judge.internal.javac;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The persistent Java compile service, run inside its own sandbox (bubblewrap + cgroup) by {@link JavacService}.
 * It reads a job name per line on stdin, compiles {@code /spool/<job>/Main.java} in-process with javac
 * (annotation processing off, so no submitted code ever runs here), writes the diagnostics to
 * {@code /spool/<job>/compile.log} and answers {@code <job> OK} or {@code <job> FAIL} on stdout.
 * Only JDK classes are used and the class is self-contained (no nested classes), because the judge copies just
 * this one class file into the sandbox.
 */
public final class CompileWorker {
    private CompileWorker() {
    }

    public static void main(String[] args) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            out.println("READY");
            String job;
            while ((job = in.readLine()) != null) {
                job = job.trim();
                if (!job.matches("[A-Za-z0-9-]{1,64}")) {
                    out.println(job + " FAIL");
                    continue;
                }
                Path dir = Path.of("/spool", job);
                StringWriter log = new StringWriter();
                boolean ok;
                try {
                    ok = javac.getTask(log, files, null,
                            List.of("-encoding", "UTF-8", "-proc:none", "-implicit:none", "-d", dir.toString(), "-sourcepath", dir.toString()),
                            null, files.getJavaFileObjects(dir.resolve("Main.java"))).call();
                } catch (RuntimeException | Error e) {
                    ok = false;
                    log.write(String.valueOf(e));
                }
                Files.writeString(dir.resolve("compile.log"), log.toString(), StandardCharsets.UTF_8);
                out.println(job + (ok ? " OK" : " FAIL"));
            }
        }
    }
}
