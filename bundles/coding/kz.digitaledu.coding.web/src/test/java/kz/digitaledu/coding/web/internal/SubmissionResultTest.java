package kz.digitaledu.coding.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import kz.digitaledu.coding.core.CodingService.Status;
import kz.digitaledu.coding.core.CodingService.SubmissionView;
import kz.digitaledu.coding.judge.JudgeResult;
import kz.digitaledu.coding.judge.TestResult;
import kz.digitaledu.coding.judge.Verdict;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.platform.api.i18n.Translator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verdict table as a student sees it (English: no UI, so the default language). */
class SubmissionResultTest {

    @BeforeEach
    void englishTexts() throws IOException {
        Properties en = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/messages_en.properties")) {
            en.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        en.setProperty("coding.source_empty", "The program is empty.");
        Translator translator = new Translator() {
            @Override
            public String translate(Locale locale, String key, Object... args) {
                String p = en.getProperty(key);
                return p == null ? key : new MessageFormat(p, Locale.ENGLISH).format(args);
            }

            @Override
            public boolean has(String key) {
                return en.containsKey(key);
            }
        };
        CodingUi.set(new CodingUi.Services(null, translator));
    }

    @AfterEach
    void clear() {
        CodingUi.set(null);
    }

    private static String text(Element table) {
        return table.getChildren().map(row -> row.getChildren().map(Element::getText).collect(Collectors.joining("|")))
                .collect(Collectors.joining("\n"));
    }

    private static Element table(SubmissionResult r) {
        return r.getElement().getChildren().filter(e -> "table".equals(e.getTag())).findFirst().orElseThrow();
    }

    @Test
    void samplesShowVerdictTimeAndMemorySecretTestsOnlyPassedOrFailed() {
        // what CodingService#find gives a student: secret tests already reduced by TestResult#forStudent
        JudgeResult judged = new JudgeResult(Verdict.WA, "", List.of(
                new TestResult(1, true, Verdict.AC, 12, 30, 2048, 0, 0, null, "3"),
                new TestResult(2, false, Verdict.TLE, 1000, 1500, 4096, 0, 0, "slow", null).forStudent(),
                new TestResult(3, false, Verdict.AC, 15, 30, 2048, 0, 0, null, null).forStudent()), 0, 900, 0, null);
        SubmissionResult r = new SubmissionResult();
        r.show(new SubmissionView(7, 1, "aplusb", "python", Status.DONE, "WA", judged, Instant.now(), Instant.now()));

        assertTrue(r.isVisible());
        assertEquals("7", r.getElement().getAttribute("data-submission"));
        assertEquals("WA", r.getElement().getAttribute("data-verdict"));
        assertEquals("Test|Verdict|Time|Memory\n"
                + "1|Accepted (example)|12 ms|2 MB\n"
                + "2|Failed|—|—\n"
                + "3|Passed|—|—", text(table(r)));
        Span summary = (Span) r.getChildren().filter(c -> c.getId().orElse("").equals("coding-verdict")).findFirst().orElseThrow();
        assertEquals("#7: Wrong answer · 2 of 3 tests passed", summary.getText());
    }

    @Test
    void aCompilationErrorShowsTheCompilersMessageAndNoTable() {
        SubmissionResult r = new SubmissionResult();
        r.show(new SubmissionView(8, 1, "aplusb", "cpp", Status.DONE, "CE",
                new JudgeResult(Verdict.CE, "main.cpp:1:1: error: expected ';'", List.of(), 200, 200, 150, null), Instant.now(), Instant.now()));
        Pre message = (Pre) r.getChildren().filter(c -> c instanceof Pre).findFirst().orElseThrow();
        assertTrue(message.isVisible());
        assertEquals("main.cpp:1:1: error: expected ';'", message.getText());
        assertEquals("", text(table(r)));
    }

    @Test
    void whileJudgingOnlyTheStatusShows() {
        SubmissionResult r = new SubmissionResult();
        r.show(new SubmissionView(9, 1, "aplusb", "java", Status.RUNNING, null, null, Instant.now(), null));
        assertEquals("RUNNING", r.getElement().getAttribute("data-status"));
        assertEquals("", text(table(r)));
        assertFalse(r.getChildren().filter(c -> c instanceof Pre).findFirst().orElseThrow().isVisible());
    }

    @Test
    void serviceErrorsAreShownPerFieldInTheUiLanguage() {
        assertEquals("The program is empty.", CodingUi.message(EduException.invalid("source", "coding.source_empty")));
    }
}
