package kz.digitaledu.school.core.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import kz.digitaledu.platform.api.AuditService;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.report.SpreadsheetReader;
import kz.digitaledu.platform.core.persistence.Jpa;
import kz.digitaledu.school.api.LessonPlanService;
import kz.digitaledu.school.core.internal.persistence.AssignmentEntity;
import kz.digitaledu.school.core.internal.persistence.ClassEntity;
import kz.digitaledu.school.core.internal.persistence.LessonEntity;
import kz.digitaledu.school.core.internal.persistence.PlanTopicEntity;

/** {@link LessonPlanService} on the school's persistence unit. */
class LessonPlanServiceImpl implements LessonPlanService {
    private final Jpa jpa;
    private final SchoolAccess access;
    private final AuditService audit;
    private final SpreadsheetReader reader;

    LessonPlanServiceImpl(Jpa jpa, SchoolAccess access, AuditService audit, SpreadsheetReader reader) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.reader = reader;
    }

    private AssignmentEntity readable(EntityManager em, long assignmentId) {
        AssignmentEntity a = em.find(AssignmentEntity.class, assignmentId);
        ClassEntity c = a == null ? null : em.find(ClassEntity.class, a.classId);
        if (a == null || c == null || !(access.mayReadJournal(a, c) || access.mayKeepJournal(a))) {
            throw EduException.notFound("assignment", assignmentId);
        }
        return a;
    }

    private AssignmentEntity writable(EntityManager em, long assignmentId) {
        AssignmentEntity a = readable(em, assignmentId);
        if (!access.mayKeepJournal(a)) {
            throw EduException.forbidden();
        }
        return a;
    }

    private static List<PlanTopic> topics(EntityManager em, long assignmentId) {
        return em.createQuery("SELECT t FROM PlanTopicEntity t WHERE t.assignmentId = :a ORDER BY t.position", PlanTopicEntity.class)
                .setParameter("a", assignmentId).getResultList().stream().map(t -> new PlanTopic(t.position, t.title, t.hours)).toList();
    }

    @Override
    public List<PlanTopic> plan(long assignmentId) {
        return jpa.read(em -> {
            readable(em, assignmentId);
            return topics(em, assignmentId);
        });
    }

    @Override
    public List<PlanTopic> setPlan(long assignmentId, List<NewTopic> wanted) {
        List<NewTopic> rows = wanted == null ? List.of() : wanted;
        List<EduException.FieldError> errors = new ArrayList<>();
        if (rows.size() > MAX_TOPICS) {
            errors.add(new EduException.FieldError("topics", "school.validation.plan_too_long", List.of(MAX_TOPICS)));
        }
        for (int i = 0; i < rows.size() && errors.size() < 50; i++) {
            NewTopic t = rows.get(i);
            String title = t == null || t.title() == null ? "" : t.title().strip();
            if (title.isEmpty() || title.length() > 500) {
                errors.add(new EduException.FieldError("topics[" + i + "].title", "school.validation.plan_title", List.of(i + 1)));
            }
            if (t == null || t.hours() == null || t.hours() < 1 || t.hours() > MAX_HOURS) {
                errors.add(new EduException.FieldError("topics[" + i + "].hours", "school.validation.plan_hours", List.of(i + 1, MAX_HOURS)));
            }
        }
        if (!errors.isEmpty()) {
            throw EduException.invalid(errors);
        }
        List<List<PlanTopic>> beforeAfter = new ArrayList<>(List.of(List.of(), List.of()));
        long org = jpa.tx(em -> {
            AssignmentEntity a = writable(em, assignmentId);
            beforeAfter.set(0, topics(em, assignmentId));
            em.createQuery("DELETE FROM PlanTopicEntity t WHERE t.assignmentId = :a").setParameter("a", assignmentId).executeUpdate();
            em.flush();
            int position = 1;
            for (NewTopic t : rows) {
                PlanTopicEntity e = new PlanTopicEntity();
                e.organisationId = a.organisationId;
                e.assignmentId = assignmentId;
                e.position = position++;
                e.title = t.title().strip();
                e.hours = t.hours();
                em.persist(e);
            }
            em.flush();
            beforeAfter.set(1, topics(em, assignmentId));
            return a.organisationId;
        });
        audit.record("school.plan.set", "assignment", assignmentId, org, Map.of("topics", beforeAfter.get(0).size()),
                Map.of("topics", beforeAfter.get(1).size(), "hours", beforeAfter.get(1).stream().mapToInt(PlanTopic::hours).sum()));
        return beforeAfter.get(1);
    }

    @Override
    public List<PlanTopic> importPlan(long assignmentId, InputStream xlsx) {
        jpa.read(em -> writable(em, assignmentId));
        List<SpreadsheetReader.Sheet> sheets = reader.read(xlsx, MAX_TOPICS + 1);
        if (sheets.isEmpty()) {
            throw EduException.invalid("file", "school.validation.plan_file_empty");
        }
        List<SpreadsheetReader.Row> rows = new ArrayList<>(sheets.get(0).rows());
        // a title and a header row above the topics: their hours cell is not a number
        while (!rows.isEmpty() && hoursColumn(rows.get(0)) < 0) {
            rows.remove(0);
        }
        if (rows.isEmpty()) {
            throw EduException.invalid("file", "school.validation.plan_file_empty");
        }
        List<NewTopic> topics = new ArrayList<>();
        List<EduException.FieldError> errors = new ArrayList<>();
        for (SpreadsheetReader.Row r : rows) {
            int hours = hoursColumn(r);
            if (hours < 1) {
                errors.add(new EduException.FieldError("file", "school.validation.plan_row", List.of(r.number())));
                continue;
            }
            String title = r.cell(hours - 1);
            int h = Integer.parseInt(r.cell(hours).replaceAll("\\.0+$", ""));
            topics.add(new NewTopic(title, h));
        }
        if (!errors.isEmpty()) {
            throw EduException.invalid(errors.subList(0, Math.min(errors.size(), 50)));
        }
        try {
            return setPlan(assignmentId, topics);
        } catch (EduException e) {
            // name the spreadsheet's rows instead of list positions
            List<EduException.FieldError> byRow = new ArrayList<>();
            for (EduException.FieldError f : e.fieldErrors()) {
                boolean perRow = f.messageKey().equals("school.validation.plan_title") || f.messageKey().equals("school.validation.plan_hours");
                Object index = f.args().isEmpty() ? null : f.args().get(0);
                int row = perRow && index instanceof Integer i && i >= 1 && i - 1 < rows.size() ? rows.get(i - 1).number() : -1;
                byRow.add(row < 0 ? new EduException.FieldError("file", f.messageKey(), f.args())
                        : new EduException.FieldError("file", "school.validation.plan_row", List.of(row)));
            }
            throw EduException.invalid(byRow);
        }
    }

    /** The column of the hours in a row of "topic, hours" or "number, topic, hours": 1 or 2; -1 when it has none. */
    private static int hoursColumn(SpreadsheetReader.Row r) {
        for (int column : new int[] {2, 1}) {
            String cell = r.cell(column).replaceAll("\\.0+$", "");
            if (cell.matches("\\d{1,2}") && !r.cell(column - 1).isBlank() && (column == 1 || r.cell(3).isBlank())) {
                return column;
            }
        }
        return -1;
    }

    @Override
    public FillResult fillTopics(long assignmentId, boolean overwrite) {
        Object[] out = jpa.tx(em -> {
            AssignmentEntity a = writable(em, assignmentId);
            List<String> hours = new ArrayList<>();
            for (PlanTopic t : topics(em, assignmentId)) {
                for (int h = 0; h < t.hours(); h++) {
                    hours.add(t.title());
                }
            }
            List<LessonEntity> lessons = em.createQuery("SELECT l FROM LessonEntity l WHERE l.assignmentId = :a ORDER BY l.date, l.period",
                    LessonEntity.class).setParameter("a", assignmentId).getResultList();
            int filled = 0;
            int kept = 0;
            int without = 0;
            for (int i = 0; i < lessons.size(); i++) {
                LessonEntity l = lessons.get(i);
                boolean own = l.topic != null && !l.topic.isBlank();
                if (i >= hours.size()) {
                    if (!own) {
                        without++;
                    }
                } else if (own && !overwrite) {
                    kept++;
                } else {
                    l.topic = hours.get(i);
                    filled++;
                }
            }
            return new Object[] {new FillResult(filled, kept, without, Math.max(0, hours.size() - lessons.size()), hours.size(), lessons.size()),
                    a.organisationId};
        });
        FillResult r = (FillResult) out[0];
        audit.record("school.plan.fill", "assignment", assignmentId, (Long) out[1], null, r);
        return r;
    }
}
