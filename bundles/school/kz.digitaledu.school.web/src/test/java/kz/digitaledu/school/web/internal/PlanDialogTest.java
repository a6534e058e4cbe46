package kz.digitaledu.school.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.digitaledu.school.api.LessonPlanService.NewTopic;
import kz.digitaledu.school.api.LessonPlanService.PlanTopic;
import org.junit.jupiter.api.Test;

class PlanDialogTest {
    @Test
    void linesBecomeTopicsWithTheirHoursAfterTheLastSemicolon() {
        assertEquals(List.of(new NewTopic("Бөлшектер", 3), new NewTopic("Пропорция; қатынас", 2), new NewTopic("Қайталау", 1),
                new NewTopic("Теңдеулер", 0), new NewTopic("Жиындар", 1)),
                PlanDialog.parse("Бөлшектер; 3\n\n  Пропорция; қатынас ;2\r\nҚайталау\nТеңдеулер; көп\nЖиындар;\n"));
    }

    @Test
    void aSavedPlanIsShownAsTheLinesThatWouldSaveItAgain() {
        List<PlanTopic> plan = List.of(new PlanTopic(1, "Бөлшектер", 3), new PlanTopic(2, "Қайталау", 1));
        String text = PlanDialog.text(plan);
        assertEquals("Бөлшектер; 3\nҚайталау; 1\n", text);
        assertEquals(List.of(new NewTopic("Бөлшектер", 3), new NewTopic("Қайталау", 1)), PlanDialog.parse(text));
    }
}
