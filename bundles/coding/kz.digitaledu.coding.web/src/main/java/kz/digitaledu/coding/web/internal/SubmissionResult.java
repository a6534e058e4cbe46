package kz.digitaledu.coding.web.internal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.text.NumberFormat;
import kz.digitaledu.coding.core.CodingService.Status;
import kz.digitaledu.coding.core.CodingService.SubmissionView;
import kz.digitaledu.coding.judge.JudgeResult;
import kz.digitaledu.coding.judge.Messages;
import kz.digitaledu.coding.judge.TestResult;

/**
 * One submission's outcome: a summary line (queued, judging, or the verdict with the tests passed), the compiler's
 * message on a compilation error, and a table with one row per test (number, verdict, time, memory). Secret tests show
 * only passed or failed. The root carries {@code data-submission}, {@code data-status} and {@code data-verdict}.
 */
class SubmissionResult extends Div {
    private static final long serialVersionUID = 1L;

    private final Span summary = new Span();
    private final Pre compileMessage = new Pre();
    private final Element table = new Element("table");

    SubmissionResult() {
        setId("coding-result");
        summary.setId("coding-verdict");
        summary.getStyle().set("font-weight", "600");
        compileMessage.setId("coding-compile-message");
        compileMessage.getStyle().set("white-space", "pre-wrap").set("max-height", "20em").set("overflow", "auto")
                .set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-s)");
        compileMessage.setVisible(false);
        table.setAttribute("id", "coding-tests");
        table.getStyle().set("border-collapse", "collapse").set("margin-top", "var(--lumo-space-s)");
        add(summary, compileMessage);
        getElement().appendChild(table);
        setVisible(false);
    }

    static String statusText(Status status) {
        return CodingUi.t(status == Status.QUEUED ? "coding.web.status.queued" : "coding.web.status.running");
    }

    void show(SubmissionView s) {
        setVisible(true);
        getElement().setAttribute("data-submission", String.valueOf(s.id()));
        getElement().setAttribute("data-status", s.status().name());
        getElement().setAttribute("data-verdict", s.verdict() == null ? "" : s.verdict());
        table.removeAllChildren();
        compileMessage.setVisible(false);
        if (s.status() != Status.DONE) {
            summary.setText("#" + s.id() + ": " + statusText(s.status()));
            summary.getStyle().remove("color");
            return;
        }
        JudgeResult r = s.result();
        String text = "#" + s.id() + ": " + CodingUi.verdict(s.verdict());
        if (r != null && !r.tests().isEmpty()) {
            long passed = r.tests().stream().filter(TestResult::passed).count();
            text += " · " + CodingUi.t("coding.web.tests_passed", passed, r.tests().size());
        }
        summary.setText(text);
        summary.getStyle().set("color", "AC".equals(s.verdict()) ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        if (r == null) {
            return;
        }
        if (r.compileLimit() != null || (r.compileMessage() != null && !r.compileMessage().isBlank())) {
            String limit = r.compileLimit() == null ? "" : Messages.format(CodingUi.locale(), r.compileLimit().key()) + "\n";
            compileMessage.setText(limit + (r.compileMessage() == null ? "" : r.compileMessage()));
            compileMessage.setVisible(true);
        }
        if (r.tests().isEmpty()) {
            return;
        }
        Element head = new Element("tr");
        for (String h : new String[] {"coding.web.test", "coding.web.verdict", "coding.web.time", "coding.web.memory"}) {
            head.appendChild(cell("th", CodingUi.t(h)));
        }
        table.appendChild(head);
        NumberFormat mb = NumberFormat.getNumberInstance(CodingUi.locale());
        mb.setMaximumFractionDigits(1);
        for (TestResult t : r.tests()) {
            Element row = new Element("tr");
            row.setAttribute("data-verdict", t.verdict().name());
            row.appendChild(cell("td", String.valueOf(t.number())));
            Element verdict;
            if (t.detailsVisible()) {
                verdict = cell("td", CodingUi.verdict(t.verdict().name()) + " (" + CodingUi.t("coding.web.sample") + ")");
                row.appendChild(verdict, cell("td", CodingUi.t("coding.web.ms", t.timeMs())),
                        cell("td", CodingUi.t("coding.web.mb", mb.format(t.memoryKb() / 1024.0))));
            } else {
                verdict = cell("td", CodingUi.t(t.passed() ? "coding.web.test_passed" : "coding.web.test_failed"));
                row.appendChild(verdict, cell("td", "—"), cell("td", "—"));
            }
            verdict.getStyle().set("color", t.passed() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            table.appendChild(row);
        }
    }

    private static Element cell(String tag, String text) {
        Element e = new Element(tag);
        e.setText(text);
        e.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-m)").set("text-align", "left")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return e;
    }
}
