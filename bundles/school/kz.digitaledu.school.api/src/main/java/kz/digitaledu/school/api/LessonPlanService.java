package kz.digitaledu.school.api;

import java.io.InputStream;
import java.util.List;

/**
 * The calendar-thematic plan (КТП, күнтізбелік-тақырыптық жоспар) of a teaching assignment: the year's topics in
 * order, each with its number of hours. The teacher who keeps the journal writes it (or imports it from a workbook:
 * topic and hours per row) and fills the lessons' topics from it: the lessons of the year in date order take the
 * topics in turn, a topic of 2 hours filling two lessons. Lessons whose topic was typed by hand keep it unless the
 * teacher asks to overwrite. Readers of the journal read the plan.
 */
public interface LessonPlanService {
    int MAX_TOPICS = 400;
    int MAX_HOURS = 20;

    List<PlanTopic> plan(long assignmentId);

    /** Replaces the plan; every row is checked first (title 1–500 characters, hours 1–20), nothing changes on a mistake. */
    List<PlanTopic> setPlan(long assignmentId, List<NewTopic> topics);

    /**
     * Reads a plan from an XLSX workbook (first sheet: a header row, then topic and hours; a first column of row numbers
     * is allowed) and replaces the plan with it; mistakes are named by row.
     */
    List<PlanTopic> importPlan(long assignmentId, InputStream xlsx);

    /** Fills the topics of the assignment's lessons of the year from the plan. */
    FillResult fillTopics(long assignmentId, boolean overwrite);

    record NewTopic(String title, Integer hours) {
    }

    record PlanTopic(int position, String title, int hours) {
    }

    /**
     * What filling did: lessons that got a topic, lessons that kept their own, lessons left without a topic because
     * the plan has fewer hours than the year has lessons, and plan hours left over because it has more.
     */
    record FillResult(int filled, int kept, int lessonsWithoutTopic, int hoursLeftOver, int planHours, int lessons) {
    }
}
