import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load test of the e-journal against a running server with the demo school (scripts/run.sh), on
 * loopback. Measures: opening every teacher's journal for the first quarter; saving marks one at a
 * time (one teacher); N simulated teachers saving marks at once through PUT /api/school/marks. Then
 * reads every journal back and checks that each written mark is there exactly once with its value.
 * Appends a Markdown section to the output file. Run through scripts/bench-journal.sh.
 */
public class JournalLoad {
    static final ObjectMapper JSON = new ObjectMapper();
    static HttpClient http;
    static String base;

    record Reply(int status, JsonNode json, long nanos) {
    }

    static Reply call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        long t = System.nanoTime() - t0;
        JsonNode json = null;
        try {
            json = JSON.readTree(r.body());
        } catch (Exception notJson) {
            // keep null
        }
        return new Reply(r.statusCode(), json, t);
    }

    record Cell(long lessonId, long studentId, long assignmentId, long termId) {
    }

    static String stats(List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        if (s.isEmpty()) {
            return "| 0 | – | – | – | – |";
        }
        return String.format("| %d | %.1f | %.1f | %.1f | %.1f |", s.size(), pct(s, 50), pct(s, 95), pct(s, 99), s.get(s.size() - 1) / 1e6);
    }

    static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8181";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int marksPerUser = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path out = Path.of(args.length > 3 ? args[3] : "docs/benchmarks/journal.md");
        long paceMillis = args.length > 4 ? Long.parseLong(args[4]) : 0;
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

        List<String> usernames = new ArrayList<>();
        usernames.add("teacher");
        for (int i = 1; i <= 49; i++) {
            usernames.add(String.format("teacher%02d", i));
        }
        Map<String, String> tokens = new HashMap<>();
        for (String u : usernames) {
            Reply r = call("POST", "/api/auth/token", null, "{\"username\":\"" + u + "\",\"password\":\"Teacher-2026!\"}");
            if (r.status() != 200) {
                throw new IllegalStateException("cannot sign in " + u + ": " + r.status() + " " + r.json());
            }
            tokens.put(u, r.json().get("token").asText());
        }

        // 1. open every writable journal of every teacher for the first quarter
        List<Long> openNanos = new ArrayList<>();
        Map<String, List<Cell>> freeCells = new HashMap<>();
        int maxStudents = 0;
        int maxLessons = 0;
        for (String u : usernames) {
            Reply journals = call("GET", "/api/school/journals", tokens.get(u), null);
            List<Cell> cells = new ArrayList<>();
            for (JsonNode j : journals.json()) {
                if (!j.get("writable").asBoolean()) {
                    continue;
                }
                long term = j.at("/terms/0/id").asLong();
                Reply page = call("GET", "/api/school/journals/" + j.get("assignmentId").asLong() + "?termId=" + term, tokens.get(u), null);
                openNanos.add(page.nanos());
                maxStudents = Math.max(maxStudents, page.json().get("students").size());
                maxLessons = Math.max(maxLessons, page.json().get("lessons").size());
                java.util.Set<String> marked = new java.util.HashSet<>();
                for (JsonNode m : page.json().get("marks")) {
                    marked.add(m.get("lessonId").asLong() + "/" + m.get("studentPersonId").asLong());
                }
                java.util.Set<String> away = new java.util.HashSet<>();
                for (JsonNode a : page.json().get("attendance")) {
                    away.add(a.get("lessonId").asLong() + "/" + a.get("studentPersonId").asLong());
                }
                for (JsonNode l : page.json().get("lessons")) {
                    if (!l.get("assessment").asText().equals("FORMATIVE")) {
                        continue;
                    }
                    for (JsonNode s : page.json().get("students")) {
                        String key = l.get("id").asLong() + "/" + s.get("personId").asLong();
                        if (!marked.contains(key) && !away.contains(key)) {
                            cells.add(new Cell(l.get("id").asLong(), s.get("personId").asLong(), j.get("assignmentId").asLong(), term));
                        }
                    }
                }
            }
            Collections.shuffle(cells, new java.util.Random(u.hashCode()));
            freeCells.put(u, cells);
        }

        // 2. one teacher saves marks one after the other
        List<Long> singleNanos = new ArrayList<>();
        List<Cell> mine = freeCells.get("teacher");
        Map<Cell, Integer> expected = new ConcurrentHashMap<>();
        for (int i = 0; i < 200 && !mine.isEmpty(); i++) {
            Cell c = mine.remove(mine.size() - 1);
            int v = 1 + i % 10;
            Reply r = call("PUT", "/api/school/marks", tokens.get("teacher"),
                    "{\"lessonId\":" + c.lessonId() + ",\"studentPersonId\":" + c.studentId() + ",\"value\":" + v + "}");
            if (r.status() != 200) {
                throw new IllegalStateException("mark refused: " + r.status() + " " + r.json());
            }
            singleNanos.add(r.nanos());
            expected.put(c, v);
        }

        // 3. N simulated teachers at once (the 50 demo teachers' accounts, N/50 sessions each), each saving marksPerUser marks
        List<Long> loadNanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        Map<String, Integer> next = new HashMap<>();
        List<List<Cell>> work = new ArrayList<>();
        for (int vu = 0; vu < users; vu++) {
            String u = usernames.get(vu % usernames.size());
            List<Cell> cells = freeCells.get(u);
            List<Cell> chunk = new ArrayList<>();
            int from = next.getOrDefault(u, 0);
            for (int k = 0; k < marksPerUser && from + k < cells.size(); k++) {
                chunk.add(cells.get(from + k));
            }
            next.put(u, from + chunk.size());
            work.add(chunk);
        }
        // each simulated teacher saves its marks one after the other; with a pace, the next mark is scheduled after a
        // person's think time (random around the pace), otherwise as soon as the previous one is answered
        java.util.concurrent.ScheduledExecutorService pool = java.util.concurrent.Executors.newScheduledThreadPool(users);
        CountDownLatch done = new CountDownLatch(users);
        long t0 = System.nanoTime();
        for (int vu = 0; vu < users; vu++) {
            String token = tokens.get(usernames.get(vu % usernames.size()));
            List<Cell> chunk = work.get(vu);
            java.util.Random random = new java.util.Random(vu);
            int seed = vu;
            Runnable[] step = new Runnable[1];
            AtomicInteger k = new AtomicInteger();
            step[0] = () -> {
                int i = k.getAndIncrement();
                if (i >= chunk.size()) {
                    done.countDown();
                    return;
                }
                Cell c = chunk.get(i);
                int v = 1 + (seed + i) % 10;
                try {
                    Reply r = call("PUT", "/api/school/marks", token,
                            "{\"lessonId\":" + c.lessonId() + ",\"studentPersonId\":" + c.studentId() + ",\"value\":" + v + "}");
                    loadNanos.add(r.nanos());
                    if (r.status() == 200) {
                        expected.put(c, v);
                    } else {
                        errors.incrementAndGet();
                        System.err.println("refused: " + r.status() + " " + r.json());
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println(e);
                }
                pool.schedule(step[0], paceMillis > 0 ? paceMillis / 2 + random.nextInt((int) paceMillis) : 0,
                        java.util.concurrent.TimeUnit.MILLISECONDS);
            };
            pool.schedule(step[0], paceMillis > 0 ? random.nextInt((int) paceMillis) : 0, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        done.await();
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;

        // 4. every written mark is there once with its value
        Map<String, Map<String, Integer>> found = new HashMap<>();
        int lost = 0;
        int wrong = 0;
        int duplicated = 0;
        Map<String, List<Cell>> byJournal = new HashMap<>();
        for (Cell c : expected.keySet()) {
            byJournal.computeIfAbsent(c.assignmentId() + "?termId=" + c.termId(), k -> new ArrayList<>()).add(c);
        }
        String director = call("POST", "/api/auth/token", null, "{\"username\":\"director\",\"password\":\"Director-2026!\"}").json()
                .get("token").asText();
        for (Map.Entry<String, List<Cell>> e : byJournal.entrySet()) {
            JsonNode page = call("GET", "/api/school/journals/" + e.getKey(), director, null).json();
            Map<String, Integer> values = new HashMap<>();
            for (JsonNode m : page.get("marks")) {
                String key = m.get("lessonId").asLong() + "/" + m.get("studentPersonId").asLong();
                if (values.put(key, m.get("value").asInt()) != null) {
                    duplicated++;
                }
            }
            for (Cell c : e.getValue()) {
                Integer v = values.get(c.lessonId() + "/" + c.studentId());
                if (v == null) {
                    lost++;
                } else if (!v.equals(expected.get(c))) {
                    wrong++;
                }
            }
            found.put(e.getKey(), values);
        }

        String when = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        StringBuilder md = new StringBuilder();
        md.append("\n## Run of ").append(when).append(" (").append(Runtime.getRuntime().availableProcessors()).append(" cores, client and server on one machine)\n\n");
        md.append("Journals: up to ").append(maxStudents).append(" students × ").append(maxLessons).append(" lessons (first quarter of the demo school).\n\n");
        md.append("| Measure (ms, round trip on loopback) | n | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n");
        md.append("| Open a class-subject journal for a quarter (GET /api/school/journals/{id}) ").append(stats(openNanos)).append('\n');
        md.append("| Save a mark, one teacher alone (PUT /api/school/marks) ").append(stats(singleNanos)).append('\n');
        md.append("| Save a mark, ").append(users).append(" simulated teachers at once").append(paceMillis > 0
                ? ", each entering a mark every " + paceMillis / 1000.0 + " s on average " : ", each as fast as the server answers ")
                .append(stats(loadNanos)).append('\n');
        md.append(String.format("%nUnder load: %d marks in %.1f s (%.0f marks/s), %d refused or failed. Read back: %d marks checked,"
                + " %d lost, %d with a wrong value, %d duplicated.%n", loadNanos.size(), seconds, loadNanos.size() / seconds, errors.get(),
                expected.size(), lost, wrong, duplicated));
        System.out.print(md);
        Files.writeString(out, md.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (lost > 0 || wrong > 0 || duplicated > 0 || errors.get() > 0) {
            System.exit(1);
        }
    }
}
