package kz.digitaledu.school.core.internal;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.EduPrincipal;
import kz.digitaledu.platform.api.FileService;
import kz.digitaledu.platform.api.PersonDirectory;
import kz.digitaledu.platform.api.Role;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.school.api.HomeworkFileService;
import kz.digitaledu.school.core.internal.persistence.AssignmentEntity;
import kz.digitaledu.school.core.internal.persistence.ClassEntity;
import kz.digitaledu.school.core.internal.persistence.LessonEntity;
import kz.digitaledu.school.core.internal.persistence.LessonFileEntity;

/** {@link HomeworkFileService}: the link between lessons and the platform's files, with the journal's and the diary's rules. */
class HomeworkFileServiceImpl implements HomeworkFileService {
    private final Jpa jpa;
    private final SchoolAccess access;
    private final PersonDirectory persons;
    private final FileService files;
    private final AuditService audit;

    HomeworkFileServiceImpl(Jpa jpa, SchoolAccess access, PersonDirectory persons, FileService files, AuditService audit) {
        this.jpa = jpa;
        this.access = access;
        this.persons = persons;
        this.files = files;
        this.audit = audit;
    }

    private record Ctx(LessonEntity l, AssignmentEntity a, ClassEntity c) {
    }

    private Ctx lesson(EntityManager em, long lessonId) {
        LessonEntity l = em.find(LessonEntity.class, lessonId);
        AssignmentEntity a = l == null ? null : em.find(AssignmentEntity.class, l.assignmentId);
        ClassEntity c = a == null ? null : em.find(ClassEntity.class, a.classId);
        if (l == null || a == null || c == null) {
            throw EduException.notFound("lesson", lessonId);
        }
        return new Ctx(l, a, c);
    }

    /** Those who read the journal, the teacher substituting the lesson, and students of the class that day and their parents. */
    private boolean mayRead(EntityManager em, Ctx x) {
        if (access.mayReadJournal(x.a, x.c) || access.mayKeepLesson(x.a, x.l)) {
            return true;
        }
        EduPrincipal me = access.me();
        List<Long> students = new ArrayList<>();
        if (me.hasRole(Role.STUDENT)) {
            persons.personOfAccount(me.accountId()).ifPresent(p -> students.add(p.id()));
        }
        if (me.hasRole(Role.PARENT)) {
            students.addAll(persons.childrenOf(me.accountId()));
        }
        for (long student : students) {
            ClassEntity on = DiaryServiceImpl.classOn(em, student, x.l.date);
            ClassEntity weekEnd = on != null ? on : DiaryServiceImpl.classOn(em, student, x.l.date.with(DayOfWeek.SATURDAY));
            if (weekEnd != null && weekEnd.id.equals(x.c.id) && access.mayReadDiary(student, x.c.organisationId)) {
                return true;
            }
        }
        return false;
    }

    /** The lesson, if the current user may attach to it: 404 when they may not even read it, 403 when they only read it. */
    private Ctx writable(EntityManager em, long lessonId) {
        Ctx x = lesson(em, lessonId);
        if (!access.mayKeepLesson(x.a, x.l)) {
            if (mayRead(em, x)) {
                throw EduException.forbidden();
            }
            throw EduException.notFound("lesson", lessonId);
        }
        return x;
    }

    private Ctx readable(EntityManager em, long lessonId) {
        Ctx x = lesson(em, lessonId);
        if (!mayRead(em, x)) {
            throw EduException.notFound("lesson", lessonId);
        }
        return x;
    }

    private static Attachment toApi(LessonFileEntity f) {
        return new Attachment(f.id, f.lessonId, f.name, f.contentType, f.size, f.createdAt);
    }

    @Override
    public Attachment attach(long lessonId, String fileName, InputStream content) {
        Ctx x = jpa.read(em -> {
            Ctx c = writable(em, lessonId);
            long count = em.createQuery("SELECT COUNT(f) FROM LessonFileEntity f WHERE f.lessonId = :l", Long.class)
                    .setParameter("l", lessonId).getSingleResult();
            if (count >= MAX_PER_LESSON) {
                throw EduException.invalid("file", "school.validation.too_many_files", MAX_PER_LESSON);
            }
            return c;
        });
        FileService.StoredFile stored = files.store(fileName, content, x.a.organisationId);
        Attachment added;
        try {
            added = jpa.tx(em -> {
                LessonFileEntity f = new LessonFileEntity();
                f.organisationId = x.a.organisationId;
                f.lessonId = lessonId;
                f.fileId = stored.id();
                f.name = stored.name();
                f.contentType = stored.contentType();
                f.size = stored.size();
                f.createdAt = Instant.now();
                f.createdBy = access.me().accountId();
                em.persist(f);
                em.flush();
                return toApi(f);
            });
        } catch (RuntimeException e) {
            files.delete(stored.id());
            throw e;
        }
        audit.record("school.homework_file.attach", "lesson", lessonId, x.a.organisationId, null,
                Map.of("file", stored.name(), "fileId", stored.id(), "sha256", stored.sha256()));
        return added;
    }

    @Override
    public List<Attachment> list(long lessonId) {
        return jpa.read(em -> {
            readable(em, lessonId);
            return em.createQuery("SELECT f FROM LessonFileEntity f WHERE f.lessonId = :l ORDER BY f.id", LessonFileEntity.class)
                    .setParameter("l", lessonId).getResultList().stream().map(HomeworkFileServiceImpl::toApi).toList();
        });
    }

    @Override
    public Download open(long lessonId, long attachmentId) {
        LessonFileEntity f = jpa.read(em -> {
            readable(em, lessonId);
            LessonFileEntity found = em.find(LessonFileEntity.class, attachmentId);
            if (found == null || found.lessonId != lessonId) {
                throw EduException.notFound("file", attachmentId);
            }
            return found;
        });
        return new Download(toApi(f), files.open(f.fileId));
    }

    @Override
    public void detach(long lessonId, long attachmentId) {
        LessonFileEntity f = jpa.tx(em -> {
            writable(em, lessonId);
            LessonFileEntity found = em.find(LessonFileEntity.class, attachmentId);
            if (found == null || found.lessonId != lessonId) {
                throw EduException.notFound("file", attachmentId);
            }
            em.remove(found);
            return found;
        });
        files.delete(f.fileId);
        audit.record("school.homework_file.detach", "lesson", lessonId, f.organisationId, Map.of("file", f.name, "fileId", f.fileId), null);
    }

    /** The files of several lessons (for the diary's week), by lesson. */
    static Map<Long, List<Attachment>> ofLessons(EntityManager em, List<Long> lessonIds) {
        Map<Long, List<Attachment>> out = new java.util.HashMap<>();
        if (lessonIds.isEmpty()) {
            return out;
        }
        em.createQuery("SELECT f FROM LessonFileEntity f WHERE f.lessonId IN :ids ORDER BY f.id", LessonFileEntity.class)
                .setParameter("ids", lessonIds).getResultList()
                .forEach(f -> out.computeIfAbsent(f.lessonId, k -> new ArrayList<>()).add(toApi(f)));
        return out;
    }
}
