package kz.digitaledu.timetable.solver.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import kz.digitaledu.timetable.solver.ConstraintViolation;
import kz.digitaledu.timetable.solver.FeasibilityProblem;
import kz.digitaledu.timetable.solver.SolveJob;
import kz.digitaledu.timetable.solver.SolveProgress;
import kz.digitaledu.timetable.solver.SolverOptions;
import kz.digitaledu.timetable.solver.fet.FetError;
import kz.digitaledu.timetable.solver.fet.FetImportException;
import kz.digitaledu.timetable.solver.fet.FetImportResult;
import kz.digitaledu.timetable.solver.internal.DefaultTimetableSolverService;
import kz.digitaledu.timetable.solver.internal.fet.DefaultFetInterchange;
import kz.digitaledu.timetable.solver.model.Timetable;

/**
 * Benchmark entry point: solves a .fet file without Karaf and prints one result line.
 *
 * <pre>timetable-solve --fet FILE --seconds N --out DIR [--threads NONE|AUTO|n] [--seed S]
 *                 [--stop-when-feasible] [--unimproved-seconds N] [--check-only] [--explain]
 * timetable-solve --check-dir DIR</pre>
 */
public final class TimetableSolveCli {

    private TimetableSolveCli() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String fet = null;
        String outDir = null;
        double seconds = 30;
        Double unimproved = null;
        String threads = "NONE";
        Long seed = null;
        boolean stopWhenFeasible = false;
        boolean checkOnly = false;
        boolean explain = false;
        int editSamples = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--fet" -> fet = args[++i];
                    case "--out" -> outDir = args[++i];
                    case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                    case "--unimproved-seconds" -> unimproved = Double.parseDouble(args[++i]);
                    case "--threads" -> threads = args[++i];
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--stop-when-feasible" -> stopWhenFeasible = true;
                    case "--check-only" -> checkOnly = true;
                    case "--explain" -> explain = true;
                    case "--edit-benchmark" -> editSamples = Integer.parseInt(args[++i]);
                    case "--check-dir" -> {
                        return checkDir(Path.of(args[++i]), out, err);
                    }
                    case "-h", "--help" -> {
                        usage(out);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (fet == null) {
                throw new IllegalArgumentException("--fet FILE is required");
            }
        } catch (RuntimeException e) {
            err.println("timetable-solve: " + e.getMessage());
            usage(err);
            return 2;
        }
        Path file = Path.of(fet);
        String instance = file.getFileName().toString().replaceFirst("\\.fet$", "");
        DefaultFetInterchange interchange = new DefaultFetInterchange();
        FetImportResult imported;
        try (InputStream in = Files.newInputStream(file)) {
            imported = interchange.read(in, instance);
        } catch (FetImportException e) {
            for (FetError error : e.getErrors()) {
                err.println(file + ":" + error.line() + ": " + error.message());
            }
            out.println(String.format(Locale.ROOT, "instance=%s result=import-error errors=%d", instance, e.getErrors().size()));
            return 1;
        } catch (IOException e) {
            err.println("timetable-solve: " + e);
            return 1;
        }
        Timetable problem = imported.timetable();
        String unmappedHard = compact(imported.unmappedHard());
        if (checkOnly) {
            out.println(String.format(Locale.ROOT, "instance=%s activities=%d supported=%s unmapped_hard=%s unmapped=%s",
                    instance, problem.getLessons().size(), imported.supported() ? "yes" : "no", unmappedHard,
                    compact(imported.unmappedConstraints())));
            return 0;
        }
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        try (DefaultTimetableSolverService service = new DefaultTimetableSolverService()) {
            List<FeasibilityProblem> problems = service.check(problem);
            for (FeasibilityProblem p : problems) {
                err.println("feasibility: " + p.message());
            }
            SolverOptions options = new SolverOptions(Duration.ofMillis((long) (seconds * 1000)),
                    unimproved == null ? null : Duration.ofMillis((long) (unimproved * 1000)), stopWhenFeasible, threads, seed);
            AtomicLong firstFeasibleNanos = new AtomicLong(-1);
            AtomicLong firstFeasibleWall = new AtomicLong(-1);
            AtomicReference<SolveProgress> last = new AtomicReference<>();
            SolveJob job = service.solve(problem, options, p -> {
                last.set(p);
                if (p.feasible() && firstFeasibleNanos.get() < 0) {
                    firstFeasibleNanos.set(p.elapsed().toNanos());
                    firstFeasibleWall.set(System.currentTimeMillis());
                }
            });
            Timetable best = job.result().get();
            if (outDir != null) {
                Path dir = Path.of(outDir);
                Files.createDirectories(dir);
                try (OutputStream o = Files.newOutputStream(dir.resolve(instance + "_activities.xml"))) {
                    interchange.writeActivitiesTimetable(best, o);
                }
                try (InputStream in = Files.newInputStream(file);
                     OutputStream o = Files.newOutputStream(dir.resolve(instance + "_data_and_timetable.fet"))) {
                    interchange.writeLockedInput(in, best, o);
                }
            }
            if (explain) {
                for (ConstraintViolation v : service.explain(best)) {
                    err.println(String.format(Locale.ROOT, "  %-60s %6d hard %10d soft  x%d", v.constraint().constraintName(),
                            v.hardScore(), v.softScore(), v.count()));
                }
            }
            if (editSamples > 0) {
                out.println(editBenchmark(service, best, instance, editSamples));
            }
            long hard = best.getScore() == null ? Long.MIN_VALUE : best.getScore().hardScore();
            long soft = best.getScore() == null ? 0 : best.getScore().softScore();
            boolean initialized = best.getScore() != null && best.getScore().isSolutionInitialized();
            String first = firstFeasibleNanos.get() < 0 ? "-" : String.format(Locale.ROOT, "%.2f", firstFeasibleNanos.get() / 1e9);
            String firstJvm = firstFeasibleWall.get() < 0 ? "-" : String.format(Locale.ROOT, "%.2f", (firstFeasibleWall.get() - jvmStart) / 1000.0);
            SolveProgress lp = last.get();
            out.println(String.format(Locale.ROOT,
                    "instance=%s activities=%d supported=%s first_zero_hard_s=%s first_zero_hard_since_jvm_start_s=%s hard=%d soft=%d "
                            + "fet_soft_penalty=%.2f initialized=%s unplaced=%d solve_s=%.2f unmapped_hard=%s",
                    instance, problem.getLessons().size(), imported.supported() ? "yes" : "no", first, firstJvm, hard, soft,
                    -soft / 100.0, initialized, best.countUnplaced(), lp == null ? 0.0 : lp.elapsed().toMillis() / 1000.0, unmappedHard));
            return hard == 0 && initialized ? 0 : 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException | IOException | FetImportException e) {
            err.println("timetable-solve: " + e);
            return 1;
        }
    }

    /**
     * Hand-editing latency on the solved timetable: opening an editing session, then for {@code samples} lessons
     * picked at random (fixed seed) the preview of a move to one of its allowed starts, the score of every allowed
     * start (what the screen colours) and the preview of a swap with another lesson.
     */
    static String editBenchmark(DefaultTimetableSolverService service, Timetable timetable, String instance, int samples) {
        java.util.Random random = new java.util.Random(1);
        List<kz.digitaledu.timetable.solver.model.Lesson> lessons = timetable.getLessons().stream()
                .filter(l -> l.getTimeslot() != null && !l.getTimeslotRange().isEmpty()).toList();
        long t0 = System.nanoTime();
        long[] preview = new long[samples];
        long[] fits = new long[samples];
        long[] swap = new long[samples];
        long open;
        try (kz.digitaledu.timetable.solver.TimetableEditor editor = service.edit(timetable)) {
            open = System.nanoTime() - t0;
            for (int i = 0; i < samples; i++) {
                var l = lessons.get(random.nextInt(lessons.size()));
                var start = l.getTimeslotRange().get(random.nextInt(l.getTimeslotRange().size()));
                long a = System.nanoTime();
                editor.preview(l.getId(), start, null);
                long b = System.nanoTime();
                editor.fits(l.getId());
                long c = System.nanoTime();
                editor.previewSwap(l.getId(), lessons.get(random.nextInt(lessons.size())).getId());
                long d = System.nanoTime();
                preview[i] = b - a;
                fits[i] = c - b;
                swap[i] = d - c;
            }
        }
        return String.format(Locale.ROOT, "edit instance=%s lessons=%d samples=%d open_ms=%.1f preview_ms p50=%.2f p95=%.2f max=%.2f"
                        + " fits_ms p50=%.2f p95=%.2f max=%.2f swap_preview_ms p50=%.2f p95=%.2f max=%.2f",
                instance, timetable.getLessons().size(), samples, open / 1e6, pct(preview, 50), pct(preview, 95), pct(preview, 100),
                pct(fits, 50), pct(fits, 95), pct(fits, 100), pct(swap, 50), pct(swap, 95), pct(swap, 100));
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int i = Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1));
        return sorted[i] / 1e6;
    }

    /** Imports every .fet file under {@code dir} and reports which are supported (all 100% constraints modelled). */
    static int checkDir(Path dir, PrintStream out, PrintStream err) {
        List<Path> files;
        try (var walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".fet")).sorted().toList();
        } catch (IOException e) {
            err.println("timetable-solve: " + e);
            return 1;
        }
        DefaultFetInterchange interchange = new DefaultFetInterchange();
        int supported = 0;
        int failed = 0;
        java.util.TreeMap<String, Integer> missing = new java.util.TreeMap<>();
        java.util.TreeMap<String, Integer> blocking = new java.util.TreeMap<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                FetImportResult r = interchange.read(in, f.getFileName().toString());
                if (r.supported()) {
                    supported++;
                }
                r.unmappedHard().keySet().forEach(k -> missing.merge(k, 1, Integer::sum));
                if (r.unmappedHard().size() == 1) {
                    blocking.merge(r.unmappedHard().keySet().iterator().next(), 1, Integer::sum);
                }
                out.println(String.format(Locale.ROOT, "file=%s activities=%d supported=%s unmapped_hard=%s", dir.relativize(f),
                        r.timetable().getLessons().size(), r.supported() ? "yes" : "no", compact(r.unmappedHard())));
            } catch (FetImportException | IOException | RuntimeException e) {
                failed++;
                out.println("file=" + dir.relativize(f) + " import_error=" + e.getMessage());
            }
        }
        out.println(String.format(Locale.ROOT, "summary files=%d supported=%d import_errors=%d", files.size(), supported, failed));
        out.println("missing_hard_types (files) " + missing);
        out.println("only_blocker (files) " + blocking);
        return 0;
    }

    private static String compact(Map<String, Integer> m) {
        if (m.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(e.getKey().replaceFirst("^Constraint", "").replace(' ', '_')).append(':').append(e.getValue());
        }
        return b.toString();
    }

    private static void usage(PrintStream s) {
        s.println("usage: timetable-solve --fet FILE [--seconds N] [--out DIR] [--threads NONE|AUTO|n] [--seed S]");
        s.println("                       [--stop-when-feasible] [--unimproved-seconds N] [--check-only] [--explain]");
        s.println("                       [--edit-benchmark SAMPLES]   (hand-editing latency on the solved timetable)");
        s.println("       timetable-solve --check-dir DIR   (which .fet files under DIR are supported)");
    }
}
