package kz.digitaledu.coding.core.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kz.digitaledu.coding.core.CodingService;
import kz.digitaledu.coding.judge.Judge;
import kz.digitaledu.coding.judge.JudgeException;
import kz.digitaledu.coding.judge.JudgeResult;
import kz.digitaledu.coding.judge.Submission;
import kz.digitaledu.coding.judge.Task;
import kz.digitaledu.platform.api.AccessControl;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.CurrentUser;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.RoleGrant;
import kz.digitaledu.platform.api.SchemaMigrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores every submission before judging it, judges with a few workers taking submissions
 * round-robin between users, and on start puts back in the queue whatever a stop interrupted.
 */
@Component(service = CodingService.class, configurationPid = "kz.digitaledu.coding")
@Designate(ocd = CodingServiceImpl.Settings.class)
public class CodingServiceImpl implements CodingService {
    private static final Logger LOG = LoggerFactory.getLogger(CodingServiceImpl.class);
    private static final int MAX_SOURCE_CHARS = 32000;
    private static final int MAX_STATEMENT_CHARS = 20000;
    private static final int MAX_SAMPLE_CHARS = 4000;

    @ObjectClassDefinition(id = "kz.digitaledu.coding", name = "Digital Education coding school")
    public @interface Settings {
        @AttributeDefinition(description = "Submissions judged at once")
        int workers() default 2;

        @AttributeDefinition(description = "Submissions a user may send per minute")
        int submissionsPerMinute() default 20;

        @AttributeDefinition(description = "Folder of task packages (empty: <karaf.data>/coding/tasks)")
        String tasksDir() default "";
    }

    private final Judge judge;
    private final DataSource dataSource;
    private final CurrentUser currentUser;
    private final AccessControl access;
    private final FairQueue queue = new FairQueue();
    private final RateLimiter limiter;
    private final AuditService audit;
    private final Path tasksDir;
    private final TaskStore store;
    private final Map<String, Task> tasks;
    private final TaskPackages packages = new TaskPackages(TaskPackages.Limits.DEFAULT);
    private final ExecutorService workers;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private volatile boolean running = true;

    @Activate
    public CodingServiceImpl(@Reference Judge judge, @Reference(target = "(osgi.jndi.service.name=digitaledu)") DataSource dataSource,
            @Reference SchemaMigrator migrator, @Reference CurrentUser currentUser, @Reference AccessControl access,
            @Reference AuditService audit, Settings settings) throws IOException {
        this.judge = judge;
        this.dataSource = dataSource;
        this.currentUser = currentUser;
        this.access = access;
        this.audit = audit;
        this.limiter = new RateLimiter(Math.max(1, settings.submissionsPerMinute()), 60_000);
        migrator.migrate("coding", getClass().getClassLoader());
        this.tasksDir = settings.tasksDir().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "coding", "tasks") : Path.of(settings.tasksDir());
        this.store = new TaskStore(judge, tasksDir);
        this.tasks = store.tasks();
        store.recover(); // before the demo tasks, so that a task a crash left aside is not mistaken for a missing one
        installDemoTasks();
        store.loadAll();
        requeueUnfinished();
        int n = Math.max(1, settings.workers());
        this.workers = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "coding-judge-worker");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < n; i++) {
            workers.submit(this::work);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        running = false;
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    /**
     * Copies the bundled demo tasks into the tasks folder, once: a demo task whose folder exists (perhaps replaced by a
     * teacher) or that a teacher deleted is left alone. Each task is copied into a staging folder and moved into place.
     */
    private void installDemoTasks() throws IOException {
        try (InputStream index = getClass().getClassLoader().getResourceAsStream("demo/tasks/index.txt")) {
            if (index == null) {
                return;
            }
            Map<String, List<String>> byTask = new java.util.TreeMap<>();
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String rel = line.strip();
                if (!rel.isEmpty()) {
                    String path = rel.substring("demo/tasks/".length());
                    byTask.computeIfAbsent(path.substring(0, path.indexOf('/')), k -> new ArrayList<>()).add(rel);
                }
            }
            for (Map.Entry<String, List<String>> task : byTask.entrySet()) {
                if (store.exists(task.getKey()) || store.wasDeleted(task.getKey())) {
                    continue;
                }
                Path staging = store.stage();
                try {
                    Path dir = staging.resolve(task.getKey());
                    for (String rel : task.getValue()) {
                        Path target = staging.resolve(rel.substring("demo/tasks/".length()));
                        Files.createDirectories(target.getParent());
                        try (InputStream in = getClass().getClassLoader().getResourceAsStream(rel)) {
                            Files.copy(in, target);
                        }
                    }
                    Files.move(dir, tasksDir.resolve(task.getKey()), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    TaskStore.deleteTree(staging);
                }
            }
        }
    }

    private void requeueUnfinished() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE coding_submission SET status = 'QUEUED' WHERE status = 'RUNNING'");
            try (ResultSet rs = st.executeQuery("SELECT id, account_id FROM coding_submission WHERE status = 'QUEUED' ORDER BY id")) {
                int n = 0;
                while (rs.next()) {
                    queue.add(rs.getLong(2), rs.getLong(1));
                    n++;
                }
                if (n > 0) {
                    LOG.info("{} unfinished submission(s) queued again after a restart", n);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read unfinished submissions", e);
        }
    }

    @Override
    public List<TaskInfo> tasks() {
        currentUser.require();
        return tasks.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new TaskInfo(e.getKey(), e.getValue().names(), e.getValue().limits().timeMs() / 1000.0,
                        e.getValue().limits().memoryMb(), e.getValue().tests().size()))
                .toList();
    }

    @Override
    public Optional<TaskDetails> task(String taskId) {
        currentUser.require();
        Task task = taskId == null ? null : tasks.get(taskId);
        if (task == null) {
            return Optional.empty();
        }
        TaskInfo info = new TaskInfo(taskId, task.names(), task.limits().timeMs() / 1000.0, task.limits().memoryMb(), task.tests().size());
        Map<String, String> statements = new java.util.TreeMap<>();
        for (String lang : List.of("kk", "ru", "en")) {
            for (String ext : List.of("md", "txt")) {
                Path file = task.dir().resolve("problem_statement").resolve("problem." + lang + "." + ext);
                if (!statements.containsKey(lang) && Files.isRegularFile(file)) {
                    statements.put(lang, readText(file, MAX_STATEMENT_CHARS));
                }
            }
        }
        List<Sample> samples = task.tests().stream().filter(kz.digitaledu.coding.judge.TestCase::sample)
                .map(t -> new Sample(t.number(), readText(t.input(), MAX_SAMPLE_CHARS), readText(t.answer(), MAX_SAMPLE_CHARS)))
                .toList();
        return Optional.of(new TaskDetails(info, statements, samples));
    }

    private static String readText(Path file, int maxChars) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.length() > maxChars ? text.substring(0, maxChars) + "\n…" : text;
        } catch (IOException e) {
            LOG.warn("Cannot read {}: {}", file, e.getMessage());
            return "";
        }
    }

    // ---- managing tasks ----------------------------------------------------------------------------------------

    @Override
    public boolean canManageTasks() {
        return currentUser.get().map(me -> access.isPermittedAnywhere(me, MANAGE_TASKS)).orElse(false);
    }

    private EduPrincipal requireManager() {
        EduPrincipal me = currentUser.require();
        if (!access.isPermittedAnywhere(me, MANAGE_TASKS)) {
            throw EduException.forbidden();
        }
        return me;
    }

    /** The organisation an audit entry belongs to: the first one where the user holds the permission. */
    private Long auditOrganisation(EduPrincipal me) {
        return me.grants().stream().map(RoleGrant::organisationId).filter(o -> access.isPermitted(me, MANAGE_TASKS, o)).findFirst()
                .orElse(null);
    }

    private static TaskInfo info(Task t) {
        return new TaskInfo(t.id(), t.names(), t.limits().timeMs() / 1000.0, t.limits().memoryMb(), t.tests().size());
    }

    private TaskInfo installed(EduPrincipal me, TaskStore.Installed done, String how) {
        TaskInfo after = info(done.after());
        audit.record(done.before() == null ? "coding.task.create" : "coding.task.replace", "coding_task", after.id(), auditOrganisation(me),
                done.before() == null ? null : info(done.before()), Map.of("task", after, "source", how));
        LOG.info("Task {} {} by {} ({})", after.id(), done.before() == null ? "added" : "replaced", me.username(), how);
        return after;
    }

    @Override
    public TaskInfo uploadTask(String taskId, InputStream zip, boolean replace) {
        EduPrincipal me = requireManager();
        String id = taskId == null || taskId.isBlank() ? null : taskId.strip();
        if (id != null) {
            TaskStore.checkId(id);
            if (!replace && store.exists(id)) {
                throw EduException.conflict("coding.task.exists", id);
            }
        }
        Path staging = null;
        try {
            staging = store.stage();
            Path file = staging.resolve("upload.zip");
            packages.receive(zip, file);
            Path unpacked = staging.resolve("unpacked");
            String folder = packages.unpack(file, unpacked);
            Files.delete(file);
            if (id == null) {
                id = folder;
                TaskStore.checkId(id);
            }
            Path dir = staging.resolve(id);
            Files.move(unpacked, dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return installed(me, store.install(id, dir, replace), "upload");
        } catch (IOException e) {
            throw new IllegalStateException("cannot store the task package", e);
        } finally {
            TaskStore.deleteTree(staging);
        }
    }

    @Override
    public TaskInfo saveTask(TaskDraft draft, boolean replace) {
        EduPrincipal me = requireManager();
        if (draft == null) {
            throw EduException.invalid("id", "validation.required");
        }
        TaskPackages.check(draft);
        if (!replace && store.exists(draft.id())) {
            throw EduException.conflict("coding.task.exists", draft.id());
        }
        Path staging = null;
        try {
            staging = store.stage();
            Path dir = staging.resolve(draft.id());
            TaskPackages.write(draft, dir);
            return installed(me, store.install(draft.id(), dir, replace), "authored");
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the task package", e);
        } finally {
            TaskStore.deleteTree(staging);
        }
    }

    @Override
    public TaskDraft draft(String taskId) {
        requireManager();
        return TaskPackages.draft(store.get(taskId).orElseThrow(() -> EduException.notFound("task", taskId)));
    }

    @Override
    public void exportTask(String taskId, OutputStream out) {
        requireManager();
        Task task = store.get(taskId).orElseThrow(() -> EduException.notFound("task", taskId));
        try {
            TaskPackages.zip(task.dir(), task.id(), out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot zip task " + taskId, e);
        }
    }

    @Override
    public void deleteTask(String taskId) {
        EduPrincipal me = requireManager();
        Task before = store.delete(taskId).orElseThrow(() -> EduException.notFound("task", taskId));
        audit.record("coding.task.delete", "coding_task", taskId, auditOrganisation(me), info(before), null);
        LOG.info("Task {} deleted by {}", taskId, me.username());
    }

    @Override
    public List<Language> languages() {
        return judge.languages().stream().map(l -> new Language(l.id(), l.name())).toList();
    }

    @Override
    public Map<String, String> myVerdicts() {
        EduPrincipal me = currentUser.require();
        Map<String, String> best = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT task_id, verdict FROM coding_submission WHERE account_id = ? AND status = 'DONE' ORDER BY id")) {
            ps.setLong(1, me.accountId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String task = rs.getString(1);
                    String verdict = rs.getString(2);
                    if (verdict != null && !"AC".equals(best.get(task))) {
                        best.put(task, verdict); // later rows are newer; AC sticks
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read submissions", e);
        }
        return best;
    }

    @Override
    public SubmissionView submit(String taskId, String language, String source) {
        EduPrincipal me = currentUser.require();
        if (!access.isPermittedAnywhere(me, SUBMIT)) {
            throw EduException.forbidden();
        }
        if (taskId == null || !tasks.containsKey(taskId)) {
            throw EduException.invalid("taskId", "coding.task_unknown");
        }
        if (language == null || judge.languages().stream().noneMatch(l -> l.id().equals(language))) {
            throw EduException.invalid("language", "coding.language_unknown",
                    String.join(", ", judge.languages().stream().map(l -> l.id()).toList()));
        }
        if (source == null || source.isBlank()) {
            throw EduException.invalid("source", "coding.source_empty");
        }
        if (source.length() > MAX_SOURCE_CHARS) {
            throw EduException.invalid("source", "coding.source_too_long", MAX_SOURCE_CHARS);
        }
        if (source.indexOf('\0') >= 0) {
            throw EduException.invalid("source", "coding.source_binary");
        }
        if (!limiter.tryAcquire(me.accountId(), System.currentTimeMillis())) {
            throw new EduException(429, "rate_limited", "coding.rate_limited");
        }
        long id;
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO coding_submission (account_id, task_id, language, source, status, created_at) VALUES (?, ?, ?, ?, 'QUEUED', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, me.accountId());
            ps.setString(2, taskId);
            ps.setString(3, language);
            ps.setString(4, source);
            ps.setTimestamp(5, Timestamp.from(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the submission", e);
        }
        queue.add(me.accountId(), id);
        return new SubmissionView(id, me.accountId(), taskId, language, Status.QUEUED, null, null, now, null);
    }

    private void work() {
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                Optional<Long> next = queue.take(1000);
                if (next.isPresent()) {
                    judgeOne(next.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Judging failed", e);
            }
        }
    }

    private void judgeOne(long id) {
        String taskId;
        String language;
        String source;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT task_id, language, source FROM coding_submission WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                taskId = rs.getString(1);
                language = rs.getString(2);
                source = rs.getString(3);
            }
            update(c, "UPDATE coding_submission SET status = 'RUNNING' WHERE id = ?", id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        JudgeResult result;
        String verdict;
        try {
            // a teacher replacing or deleting the task waits until this judging is over (the tests cannot change under it)
            result = store.whileReading(taskId, task -> {
                if (task == null) {
                    throw new JudgeException(kz.digitaledu.coding.judge.MessageKey.TASK_NOT_FOUND, taskId);
                }
                return judge.judge(task, Submission.of(language, source));
            });
            verdict = result.verdict().name();
        } catch (JudgeException e) {
            // The sandbox refused (no enforceable limits) or the input is bad: keep it queued only if the judge is not ready.
            if (!judge.health().ready()) {
                LOG.warn("Judge not ready, submission {} stays queued: {}", id, e.getMessage());
                markQueued(id);
                return;
            }
            result = null;
            verdict = "IE";
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE coding_submission SET status = 'DONE', verdict = ?, result_json = ?, finished_at = ? WHERE id = ?")) {
            ps.setString(1, verdict);
            String resultJson = result == null ? null : json.writeValueAsString(result);
            ps.setString(2, resultJson != null && resultJson.length() > 32000 ? json.writeValueAsString(trimmed(result)) : resultJson);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setLong(4, id);
            ps.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JudgeResult trimmed(JudgeResult r) {
        String m = r.compileMessage();
        return new JudgeResult(r.verdict(), m == null ? null : m.substring(0, Math.min(m.length(), 2000)), r.tests(), r.compileMs(),
                r.totalMs(), r.compileCpuMs(), r.compileLimit());
    }

    private void markQueued(long id) {
        try (Connection c = dataSource.getConnection()) {
            update(c, "UPDATE coding_submission SET status = 'QUEUED' WHERE id = ?", id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<SubmissionView> find(long id) {
        EduPrincipal me = currentUser.require();
        boolean teacher = access.isPermittedAnywhere(me, REJUDGE);
        return query("WHERE id = ?", ps -> ps.setLong(1, id)).stream()
                .filter(s -> s.accountId() == me.accountId() || teacher)
                .map(s -> s.accountId() == me.accountId() && !teacher && s.result() != null
                        ? new SubmissionView(s.id(), s.accountId(), s.taskId(), s.language(), s.status(), s.verdict(), s.result().forStudent(),
                                s.createdAt(), s.finishedAt())
                        : s)
                .findFirst();
    }

    @Override
    public List<SubmissionView> mine(String taskId) {
        EduPrincipal me = currentUser.require();
        return query("WHERE account_id = ? AND task_id = ? ORDER BY id DESC", ps -> {
            ps.setLong(1, me.accountId());
            ps.setString(2, taskId == null ? "" : taskId);
        }).stream().map(s -> s.result() == null ? s : new SubmissionView(s.id(), s.accountId(), s.taskId(), s.language(), s.status(),
                s.verdict(), s.result().forStudent(), s.createdAt(), s.finishedAt())).toList();
    }

    @Override
    public int rejudge(String taskId) {
        EduPrincipal me = currentUser.require();
        if (!access.isPermittedAnywhere(me, REJUDGE)) {
            throw EduException.forbidden();
        }
        if (taskId == null || !tasks.containsKey(taskId)) {
            throw EduException.invalid("taskId", "coding.task_unknown");
        }
        List<long[]> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, account_id FROM coding_submission WHERE task_id = ? AND status = 'DONE' ORDER BY id")) {
            ps.setString(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            for (long[] s : ids) {
                update(c, "UPDATE coding_submission SET status = 'QUEUED', verdict = NULL, result_json = NULL, finished_at = NULL WHERE id = ?", s[0]);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        ids.forEach(s -> queue.add(s[1], s[0]));
        return ids.size();
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<SubmissionView> query(String where, Binder binder) {
        List<SubmissionView> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, account_id, task_id, language, status, verdict, result_json, created_at, finished_at FROM coding_submission " + where)) {
            binder.bind(ps);
            ps.setMaxRows(200);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String rj = rs.getString(7);
                    Timestamp fin = rs.getTimestamp(9);
                    out.add(new SubmissionView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            Status.valueOf(rs.getString(5)), rs.getString(6), rj == null ? null : json.readValue(rj, JudgeResult.class),
                            rs.getTimestamp(8).toInstant(), fin == null ? null : fin.toInstant()));
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
