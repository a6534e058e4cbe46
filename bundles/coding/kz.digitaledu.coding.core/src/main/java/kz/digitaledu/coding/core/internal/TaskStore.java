package kz.digitaledu.coding.core.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import kz.digitaledu.coding.judge.Judge;
import kz.digitaledu.coding.judge.JudgeException;
import kz.digitaledu.coding.judge.Task;
import kz.digitaledu.platform.api.EduException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task packages under one folder ({@code <karaf.data>/coding/tasks/<id>/}) and the tasks loaded from them. A new
 * or replacing package is prepared in a staging folder beside them ({@code .staging-<uuid>/<id>}, same file system),
 * loaded and verified there by the judge, and only then swapped in with atomic renames: the old folder is moved aside,
 * the new one moved into place (the old one moved back if that fails), and the loaded task replaced in memory. A
 * start after a crash between the two renames puts the old folder back.
 */
final class TaskStore {
    private static final Logger LOG = LoggerFactory.getLogger(TaskStore.class);
    static final String STAGING = ".staging-";
    private static final String OLD = "old-";
    /** A marker left by a deletion, so that a deleted demo task does not come back at the next start. */
    private static final String DELETED = ".deleted-";

    private final Judge judge;
    private final Path root;
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final Object lock = new Object();

    TaskStore(Judge judge, Path root) {
        this.judge = judge;
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Puts back what a crash left aside, removes staging folders, and loads every package (a bad one is logged and skipped). */
    void loadAll() throws IOException {
        recover();
        if (!Files.isDirectory(root)) {
            return;
        }
        try (var dirs = Files.list(root)) {
            for (Path dir : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !p.getFileName().toString().startsWith("."))
                    .toList()) {
                try {
                    tasks.put(dir.getFileName().toString(), judge.loadTask(dir));
                } catch (JudgeException e) {
                    LOG.warn("Task {} not loaded: {}", dir, e.getMessage());
                }
            }
        }
    }

    /** Puts back a task folder that a crash left moved aside by a replacement, and removes staging folders. */
    void recover() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (var dirs = Files.list(root)) {
            for (Path staging : dirs.filter(p -> p.getFileName().toString().startsWith(STAGING)).toList()) {
                try (var inside = Files.list(staging)) {
                    for (Path old : inside.filter(p -> p.getFileName().toString().startsWith(OLD)).toList()) {
                        String id = old.getFileName().toString().substring(OLD.length());
                        Path target = root.resolve(id);
                        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !wasDeleted(id)) {
                            LOG.warn("Task {} restored after an interrupted replacement", target.getFileName());
                            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                        }
                    }
                }
                deleteTree(staging);
            }
        }
    }

    /** The loaded tasks by id (a live, unmodifiable view). */
    Map<String, Task> tasks() {
        return Collections.unmodifiableMap(tasks);
    }

    Optional<Task> get(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(tasks.get(id));
    }

    /** Work on a task's files that must not see them replaced or deleted half-way (judging a submission). */
    @FunctionalInterface
    interface TaskWork<T, E extends Exception> {
        T run(Task task) throws E;
    }

    /**
     * Runs {@code work} on the task as it is now (null when there is none) while no replacement or deletion of it can
     * happen: those wait until every such work on the task has ended, and work that starts after them sees the new task.
     */
    <T, E extends Exception> T whileReading(String id, TaskWork<T, E> work) throws E {
        java.util.concurrent.locks.Lock read = lockOf(id).readLock();
        read.lock();
        try {
            return work.run(tasks.get(id));
        } finally {
            read.unlock();
        }
    }

    /** One read/write lock per task id: judging reads, installing and deleting write. */
    private final Map<String, java.util.concurrent.locks.ReentrantReadWriteLock> taskLocks = new ConcurrentHashMap<>();

    private java.util.concurrent.locks.ReentrantReadWriteLock lockOf(String id) {
        return taskLocks.computeIfAbsent(id == null ? "" : id, k -> new java.util.concurrent.locks.ReentrantReadWriteLock());
    }

    boolean exists(String id) {
        return id != null && (tasks.containsKey(id) || Files.exists(root.resolve(id), LinkOption.NOFOLLOW_LINKS));
    }

    boolean wasDeleted(String id) {
        return Files.exists(root.resolve(DELETED + id));
    }

    /** A new, empty staging folder beside the packages; the caller deletes it with {@link #deleteTree} when done. */
    Path stage() throws IOException {
        Files.createDirectories(root);
        return Files.createDirectory(root.resolve(STAGING + UUID.randomUUID()));
    }

    static void checkId(String id) {
        if (id == null || id.isBlank()) {
            throw EduException.invalid("id", "coding.task.id_required");
        }
        if (!TaskPackages.ID.matcher(id).matches()) {
            throw EduException.invalid("id", "coding.task.id_invalid", id);
        }
    }

    /** Loads and verifies a package with the judge; a judge error becomes a translated 422 (503 when the sandbox is not ready). */
    Task verify(Path dir) {
        try {
            Task t = judge.loadTask(dir);
            judge.verifyTask(t);
            return t;
        } catch (JudgeException e) {
            throw translate(e);
        }
    }

    static EduException translate(JudgeException e) {
        Object[] args = Arrays.stream(e.args()).map(a -> a instanceof Path p ? String.valueOf(p.getFileName()) : a).toArray();
        if (e.key().name().startsWith("TASK_")) {
            return new EduException(422, TaskPackages.INVALID, "coding.package." + e.key().key(), args);
        }
        return new EduException(503, "judge_unavailable", "coding.judge_unavailable", e.getMessage());
    }

    /** What an installation replaced (null when the task is new) and the task now in place. */
    record Installed(Task before, Task after) {
    }

    /**
     * Swaps the package {@code staged} (a folder named {@code id} directly in a {@link #stage()} folder) in as task {@code id}.
     * The package is verified first; an existing task is replaced only when {@code replace} is set (409 otherwise).
     */
    Installed install(String id, Path staged, boolean replace) {
        checkId(id);
        if (!staged.getFileName().toString().equals(id) || !staged.getParent().getParent().equals(root)) {
            throw new IllegalArgumentException("not staged as " + id + ": " + staged);
        }
        if (!replace && exists(id)) {
            throw EduException.conflict("coding.task.exists", id);
        }
        verify(staged);
        java.util.concurrent.locks.Lock write = lockOf(id).writeLock();
        write.lock();
        try {
            return swapIn(id, staged, replace);
        } finally {
            write.unlock();
        }
    }

    private Installed swapIn(String id, Path staged, boolean replace) {
        synchronized (lock) {
            Path target = root.resolve(id);
            boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (exists && !replace) {
                throw EduException.conflict("coding.task.exists", id);
            }
            Path old = staged.resolveSibling(OLD + id);
            try {
                if (exists) {
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                }
                try {
                    Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    if (exists) {
                        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                    }
                    throw e;
                }
                Task after;
                try {
                    after = judge.loadTask(target);
                } catch (JudgeException e) {
                    // the same files loaded a moment ago: put everything back as it was
                    Files.move(target, staged, StandardCopyOption.ATOMIC_MOVE);
                    if (exists) {
                        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                    }
                    throw translate(e);
                }
                Task before = tasks.put(id, after);
                Files.deleteIfExists(root.resolve(DELETED + id));
                return new Installed(before, after);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IllegalStateException("the tasks folder does not support atomic renames: " + root, e);
            } catch (IOException e) {
                throw new IllegalStateException("cannot install task " + id, e);
            }
        }
    }

    /** Removes a task's package (moved aside atomically, then deleted); returns the task, empty when there is none. */
    Optional<Task> delete(String id) {
        if (id == null || id.isEmpty() || id.startsWith(".") || !root.resolve(id).normalize().getParent().equals(root.normalize())) {
            return Optional.empty();
        }
        java.util.concurrent.locks.Lock write = lockOf(id).writeLock();
        write.lock();
        try {
            return remove(id);
        } finally {
            write.unlock();
        }
    }

    private Optional<Task> remove(String id) {
        synchronized (lock) {
            Path target = root.resolve(id);
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.ofNullable(tasks.remove(id));
            }
            Path staging = null;
            try {
                staging = stage();
                // the marker first: a start after a crash right after the move must not restore the task
                if (!Files.exists(root.resolve(DELETED + id))) {
                    Files.createFile(root.resolve(DELETED + id));
                }
                Files.move(target, staging.resolve(OLD + id), StandardCopyOption.ATOMIC_MOVE);
                Task before = tasks.remove(id);
                return Optional.ofNullable(before);
            } catch (IOException e) {
                throw new IllegalStateException("cannot delete task " + id, e);
            } finally {
                if (staging != null) {
                    deleteTree(staging);
                }
            }
        }
    }

    /** Deletes a folder and everything in it, without following links; logs what it cannot delete. */
    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", dir, e.getMessage());
        }
    }
}
