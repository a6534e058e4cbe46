package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.school.api.AssessmentKind;
import kz.digitaledu.school.api.AttendanceStatus;
import kz.digitaledu.school.api.GradingPolicy;
import kz.digitaledu.school.api.JournalService.Attendance;
import kz.digitaledu.school.api.JournalService.JournalPage;
import kz.digitaledu.school.api.JournalService.Mark;
import kz.digitaledu.school.api.JournalService.TermGrade;
import kz.digitaledu.school.api.Lesson;
import kz.digitaledu.school.api.SchoolStructureService.Student;

/**
 * The journal page as a plain HTML table (no web component per cell): rows are students, columns the term's lessons,
 * then the recommended and the final term grade. A small script (run once when the table is attached) gives it
 * spreadsheet keys: arrows, Tab and Enter move; typing opens one shared input over the focused cell; Enter, Tab or an
 * arrow commits; Escape cancels; Delete clears. A commit is one event to the server, which saves the cell through the
 * JournalService and renders it again (or keeps the old value and shows the translated error). The term grade of that
 * student is recomputed here with the school's grading policy, the same computation the service does.
 */
class JournalGrid extends Div {
    private static final long serialVersionUID = 1L;

    record Key(long student, long lesson) {
    }

    private final JournalPage page;
    private final List<Student> students;
    private final List<Lesson> lessons;
    private final Map<Key, Mark> marks = new HashMap<>();
    private final Map<Key, AttendanceStatus> attendance = new HashMap<>();
    private final Map<Long, TermGrade> grades;
    private final Element table = new Element("table");
    private final Element[][] cells;
    private final Element[] heads;
    private final Element[] recommended;
    private final Element[] finals;
    private final Span status = new Span();
    private final LocalDate today = LocalDate.now();
    private GradingPolicy policy;
    private boolean policyLoaded;

    JournalGrid(JournalPage page) {
        this.page = page;
        this.students = page.students();
        this.lessons = new ArrayList<>(page.lessons());
        this.grades = new HashMap<>(page.termGrades());
        page.marks().forEach(m -> marks.put(new Key(m.studentPersonId(), m.lessonId()), m));
        page.attendance().forEach(a -> attendance.put(new Key(a.studentPersonId(), a.lessonId()), a.status()));
        cells = new Element[students.size()][lessons.size()];
        heads = new Element[lessons.size()];
        recommended = new Element[students.size()];
        finals = new Element[students.size()];
        setId("journal-grid");
        setWidthFull();
        getElement().appendChild(new Element("style").setText(CSS));

        Div info = new Div();
        info.addClassName("edu-journal-info");
        Span title = new Span(page.schoolClass().name() + " · " + page.subject().name(SchoolUi.locale().getLanguage()) + " · "
                + page.teacherName() + " · " + SchoolUi.t("school.web.term", page.term().number()) + " ("
                + SchoolUi.DAY_MONTH.format(page.term().startDate()) + "–" + SchoolUi.DATE.format(page.term().endDate()) + ")");
        title.setId("journal-title");
        status.setId("journal-status");
        status.getElement().setAttribute("aria-live", "polite");
        info.add(title);
        if (!page.writable()) {
            Span ro = new Span(SchoolUi.t("school.web.journal.read_only"));
            ro.setId("journal-read-only");
            ro.getElement().getThemeList().add("badge contrast");
            info.add(ro);
        }
        info.add(status);
        add(info);

        Element scroll = new Element("div");
        scroll.getClassList().add("edu-journal-scroll");
        scroll.setAttribute("id", "journal-scroll");
        table.getClassList().add("edu-journal");
        table.setAttribute("id", "journal-table");
        table.setAttribute("data-writable", String.valueOf(page.writable()));
        table.appendChild(head(), body());
        Element editor = new Element("input");
        editor.getClassList().add("edu-journal-editor");
        editor.setAttribute("hidden", true);
        editor.setAttribute("autocomplete", "off");
        editor.setAttribute("enterkeyhint", "next");
        editor.setAttribute("id", "journal-editor");
        editor.setAttribute("aria-label", SchoolUi.t("school.web.journal.cell"));
        scroll.appendChild(table, editor);
        getElement().appendChild(scroll);

        DomListenerRegistration commit = table.addEventListener("journal-commit", e -> commit(
                (int) e.getEventData().getNumber("event.detail.s"), (int) e.getEventData().getNumber("event.detail.l"),
                e.getEventData().getString("event.detail.v")));
        commit.addEventData("event.detail.s").addEventData("event.detail.l").addEventData("event.detail.v");
        DomListenerRegistration comment = table.addEventListener("journal-comment", e -> comment(
                (int) e.getEventData().getNumber("event.detail.s"), (int) e.getEventData().getNumber("event.detail.l")));
        comment.addEventData("event.detail.s").addEventData("event.detail.l");

        Div legend = new Div();
        legend.setId("journal-legend");
        legend.addClassName("edu-journal-legend");
        legend.setText(legendText());
        add(legend);
        if (students.isEmpty() || lessons.isEmpty()) {
            Span empty = new Span(SchoolUi.t(students.isEmpty() ? "school.web.journal.no_students" : "school.web.journal.no_lessons"));
            empty.setId("journal-empty");
            add(empty);
        }
        addAttachListener(e -> table.executeJs(SCRIPT, editor, scroll));
    }

    JournalPage page() {
        return page;
    }

    private static String legendText() {
        StringBuilder b = new StringBuilder(SchoolUi.t("school.web.legend.marks")).append(' ');
        List<String> parts = new ArrayList<>();
        CellInput.KEYS.forEach((status, keys) -> parts.add(String.join("/", keys) + " — " + SchoolUi.t("school.web.attendance." + status.name())));
        b.append(SchoolUi.t("school.web.legend.attendance", String.join(", ", parts))).append(' ').append(SchoolUi.t("school.web.legend.keys"));
        return b.toString();
    }

    // ---- building -------------------------------------------------------------------------------------------------

    private Element head() {
        Element tr = new Element("tr");
        tr.appendChild(th("num", "№"), th("name", SchoolUi.t("school.web.journal.student")));
        for (int l = 0; l < lessons.size(); l++) {
            Element th = th("lesson", null);
            heads[l] = th;
            renderHead(l);
            int index = l;
            th.addEventListener("click", e -> LessonDialog.open(lessons.get(index), page.writable(), saved -> lessonSaved(index, saved)));
            tr.appendChild(th);
        }
        Element rec = th("rec", SchoolUi.t("school.web.journal.recommended"));
        rec.setAttribute("title", SchoolUi.t("school.web.journal.recommended_hint"));
        tr.appendChild(rec, th("fin", SchoolUi.t("school.web.journal.final")));
        return new Element("thead").appendChild(tr);
    }

    private static Element th(String cls, String text) {
        Element th = new Element("th");
        th.getClassList().add(cls);
        if (text != null) {
            th.setText(text);
        }
        return th;
    }

    private Element body() {
        Element tbody = new Element("tbody");
        for (int s = 0; s < students.size(); s++) {
            Student st = students.get(s);
            Element tr = new Element("tr");
            tr.setAttribute("data-student", String.valueOf(st.personId()));
            Element num = new Element("td").setText(String.valueOf(s + 1));
            num.getClassList().add("num");
            Element name = new Element("td").setText(st.fullName());
            name.getClassList().add("name");
            name.setAttribute("title", SchoolUi.t("school.web.grade.open"));
            int index = s;
            name.addEventListener("click", e -> openTermGrade(index));
            tr.appendChild(num, name);
            for (int l = 0; l < lessons.size(); l++) {
                Element td = new Element("td");
                td.getClassList().add("c");
                td.setAttribute("data-s", String.valueOf(s));
                td.setAttribute("data-l", String.valueOf(l));
                td.setAttribute("data-lesson", String.valueOf(lessons.get(l).id()));
                td.setAttribute("tabindex", s == 0 && l == 0 ? "0" : "-1");
                cells[s][l] = td;
                renderCell(s, l);
                tr.appendChild(td);
            }
            recommended[s] = new Element("td");
            recommended[s].getClassList().add("rec");
            finals[s] = new Element("td");
            finals[s].getClassList().add("fin");
            finals[s].addEventListener("click", e -> openTermGrade(index));
            renderGrade(s);
            tr.appendChild(recommended[s], finals[s]);
            tbody.appendChild(tr);
        }
        return tbody;
    }

    private void renderHead(int l) {
        Lesson lesson = lessons.get(l);
        Element th = heads[l];
        th.removeAllChildren();
        th.setAttribute("data-lesson", String.valueOf(lesson.id()));
        th.setAttribute("data-date", lesson.date().toString());
        th.setAttribute("data-kind", lesson.assessment().name());
        th.setAttribute("data-open", String.valueOf(!lesson.date().isAfter(today)));
        String topic = lesson.topic() == null ? "" : lesson.topic();
        th.setAttribute("title", SchoolUi.DATE.format(lesson.date()) + ", " + SchoolUi.t("school.web.lesson.period", lesson.period())
                + (topic.isEmpty() ? "" : " — " + topic));
        th.appendChild(Element.createText(SchoolUi.DAY_MONTH.format(lesson.date())));
        if (lesson.assessment() != AssessmentKind.FORMATIVE) {
            th.appendChild(new Element("small").setText(SchoolUi.t("school.web.kind_short." + lesson.assessment().name()) + " /"
                    + lesson.maxPoints()));
        }
        for (int s = 0; s < students.size(); s++) {
            if (cells[s][l] != null) {
                renderCell(s, l);
            }
        }
    }

    private void renderCell(int s, int l) {
        Lesson lesson = lessons.get(l);
        Key k = new Key(students.get(s).personId(), lesson.id());
        Mark m = marks.get(k);
        AttendanceStatus a = attendance.get(k);
        String mark = m == null ? "" : CellInput.format(m.value());
        String letter = a == null ? "" : CellInput.letter(a, SchoolUi.locale());
        Element td = cells[s][l];
        td.setText(mark.isEmpty() ? letter : letter.isEmpty() ? mark : mark + " " + letter);
        td.setAttribute("data-raw", mark.isEmpty() ? letter : mark);
        td.setAttribute("data-open", String.valueOf(page.writable() && !lesson.date().isAfter(today)));
        td.setAttribute("data-kind", lesson.assessment().name());
        if (a == null) {
            td.removeAttribute("data-att");
        } else {
            td.setAttribute("data-att", a.name());
        }
        if (m != null && m.comment() != null) {
            td.setAttribute("title", m.comment());
            td.setAttribute("data-comment", true);
        } else {
            td.removeAttribute("title");
            td.removeAttribute("data-comment");
        }
    }

    private void renderGrade(int s) {
        TermGrade g = grades.get(students.get(s).personId());
        NumberFormat pct = NumberFormat.getNumberInstance(SchoolUi.locale());
        pct.setMaximumFractionDigits(1);
        String rec = g == null || g.recommended() == null ? "—" : pct.format(g.percent()) + "% · " + g.recommended();
        recommended[s].setText(rec);
        recommended[s].setAttribute("data-grade", g == null || g.recommended() == null ? "" : String.valueOf(g.recommended()));
        finals[s].setText(g == null || g.finalGrade() == null ? "—" : String.valueOf(g.finalGrade()));
        finals[s].setAttribute("data-grade", g == null || g.finalGrade() == null ? "" : String.valueOf(g.finalGrade()));
        boolean mismatch = g != null && g.mismatch();
        finals[s].getClassList().set("mismatch", mismatch);
        finals[s].setAttribute("title", mismatch ? SchoolUi.t("school.web.grade.mismatch", g.recommended()) : SchoolUi.t("school.web.grade.open"));
    }

    // ---- editing --------------------------------------------------------------------------------------------------

    private void commit(int s, int l, String raw) {
        if (s < 0 || s >= students.size() || l < 0 || l >= lessons.size()) {
            return;
        }
        Student student = students.get(s);
        Lesson lesson = lessons.get(l);
        Key k = new Key(student.personId(), lesson.id());
        String where = student.fullName() + ", " + SchoolUi.DAY_MONTH.format(lesson.date());
        try {
            CellInput.Parsed p = CellInput.parse(raw);
            if (p instanceof CellInput.Mark m) {
                Mark old = marks.get(k);
                Mark saved = SchoolUi.journal().setMark(lesson.id(), student.personId(), m.value(), old == null ? null : old.comment());
                marks.put(k, saved);
                recompute(s);
                ok(SchoolUi.t("school.web.saved", CellInput.format(saved.value()), where));
            } else if (p instanceof CellInput.Attendance a) {
                SchoolUi.journal().setAttendance(lesson.id(), student.personId(), a.status());
                attendance.put(k, a.status());
                ok(SchoolUi.t("school.web.saved", SchoolUi.t("school.web.attendance." + a.status().name()), where));
            } else if (p instanceof CellInput.Clear) {
                if (marks.containsKey(k)) {
                    SchoolUi.journal().deleteMark(lesson.id(), student.personId());
                    marks.remove(k);
                    recompute(s);
                }
                if (attendance.containsKey(k)) {
                    SchoolUi.journal().setAttendance(lesson.id(), student.personId(), null);
                    attendance.remove(k);
                }
                ok(SchoolUi.t("school.web.cleared", where));
            } else {
                fail(SchoolUi.t("school.web.input_unknown", ((CellInput.Invalid) p).raw()) + " " + legendText());
            }
        } catch (EduException e) {
            fail(SchoolUi.message(e));
        } finally {
            renderCell(s, l);
            cells[s][l].executeJs("this.removeAttribute('data-pending')");
        }
    }

    /** Shift+Enter on a cell: the comment to the student on that mark (read-only for readers, refused without a mark). */
    private void comment(int s, int l) {
        if (s < 0 || s >= students.size() || l < 0 || l >= lessons.size()) {
            return;
        }
        Student student = students.get(s);
        Lesson lesson = lessons.get(l);
        Key k = new Key(student.personId(), lesson.id());
        Mark m = marks.get(k);
        if (m == null) {
            fail(SchoolUi.t("school.web.comment.no_mark"));
            return;
        }
        CommentDialog.open(lesson, student, m, page.writable() && !lesson.date().isAfter(today), saved -> {
            marks.put(k, saved);
            renderCell(s, l);
            ok(SchoolUi.t(saved.comment() == null ? "school.web.comment.removed" : "school.web.comment.saved",
                    student.fullName() + ", " + SchoolUi.DAY_MONTH.format(lesson.date())));
        });
    }

    private void ok(String text) {
        status.setText(text);
        status.getElement().setAttribute("data-state", "ok");
        status.getStyle().set("color", "var(--lumo-success-text-color)");
    }

    private void fail(String text) {
        status.setText(text);
        status.getElement().setAttribute("data-state", "error");
        status.getStyle().set("color", "var(--lumo-error-text-color)");
        SchoolUi.error(text);
    }

    /** The student's recommended grade from the marks shown, with the school's policy (as the service computes it). */
    private void recompute(int s) {
        if (!policyLoaded) {
            policyLoaded = true;
            try {
                policy = SchoolUi.journal().gradingPolicy(page.assignment().organisationId());
            } catch (EduException e) {
                policy = null;
            }
        }
        long student = students.get(s).personId();
        if (policy == null) {
            // cannot compute here: take the service's figures for the whole page (rare: only without access to the policy)
            JournalPage fresh = SchoolUi.journal().journal(page.assignment().id(), page.term().id());
            grades.putAll(fresh.termGrades());
            for (int i = 0; i < students.size(); i++) {
                renderGrade(i);
            }
            return;
        }
        grades.put(student, termGrade(policy, student, lessons, marks, grades.get(student)));
        renderGrade(s);
    }

    static TermGrade termGrade(GradingPolicy policy, long student, List<Lesson> lessons, Map<Key, Mark> marks, TermGrade before) {
        List<Integer> formative = new ArrayList<>();
        List<GradingPolicy.Points> sections = new ArrayList<>();
        List<GradingPolicy.Points> terms = new ArrayList<>();
        for (Lesson l : lessons) {
            Mark m = marks.get(new Key(student, l.id()));
            if (m == null) {
                continue;
            }
            int max = l.maxPoints() == null ? 0 : l.maxPoints();
            switch (l.assessment()) {
                case FORMATIVE -> formative.add(m.value().intValue());
                case SECTION_SUMMATIVE -> sections.add(new GradingPolicy.Points(m.value().doubleValue(), max));
                case TERM_SUMMATIVE -> terms.add(new GradingPolicy.Points(m.value().doubleValue(), max));
            }
        }
        GradingPolicy.Result r = policy.compute(formative, sections, terms);
        Integer rec = r.grade().orElse(null);
        BigDecimal pct = r.percent().orElse(null);
        Integer fin = before == null ? null : before.finalGrade();
        return new TermGrade(student, pct, rec, fin, fin != null && rec != null && !fin.equals(rec));
    }

    private void lessonSaved(int l, Lesson saved) {
        lessons.set(l, saved);
        renderHead(l);
        ok(SchoolUi.t("school.web.lesson.saved", SchoolUi.DAY_MONTH.format(saved.date())));
    }

    private void openTermGrade(int s) {
        Student student = students.get(s);
        TermGradeDialog.open(page, student, grades.get(student.personId()), marksOf(student.personId()), saved -> {
            grades.put(student.personId(), saved);
            renderGrade(s);
            ok(SchoolUi.t("school.web.grade.saved", student.fullName(), saved.finalGrade()));
        });
    }

    private String marksOf(long student) {
        return lessons.stream().map(l -> marks.get(new Key(student, l.id()))).filter(m -> m != null)
                .map(m -> CellInput.format(m.value())).collect(Collectors.joining(" "));
    }

    // ---- client side ---------------------------------------------------------------------------------------------

    private static final String CSS = """
            .edu-journal-info{display:flex;flex-wrap:wrap;gap:var(--lumo-space-s) var(--lumo-space-m);align-items:center;margin-bottom:var(--lumo-space-s);font-size:var(--lumo-font-size-s)}
            .edu-journal-info #journal-title{font-weight:600}
            .edu-journal-legend{margin-top:var(--lumo-space-s);font-size:var(--lumo-font-size-xs);color:var(--lumo-secondary-text-color)}
            .edu-journal-scroll{position:relative;overflow:auto;max-height:calc(100vh - 15em);min-height:10em;border:1px solid var(--lumo-contrast-20pct);border-radius:var(--lumo-border-radius-m);-webkit-overflow-scrolling:touch}
            .edu-journal{border-collapse:separate;border-spacing:0;font-size:var(--lumo-font-size-s)}
            .edu-journal th,.edu-journal td{border-right:1px solid var(--lumo-contrast-10pct);border-bottom:1px solid var(--lumo-contrast-10pct);padding:0 .3em;height:2.1em;text-align:center;white-space:nowrap;background-color:var(--lumo-base-color)}
            .edu-journal thead th{position:sticky;top:0;z-index:2;background-image:linear-gradient(var(--lumo-contrast-5pct),var(--lumo-contrast-5pct));font-weight:500;line-height:1.1}
            .edu-journal .num{position:sticky;left:0;z-index:1;width:2.2em;min-width:2.2em;max-width:2.2em;box-sizing:border-box;color:var(--lumo-secondary-text-color)}
            .edu-journal .name{position:sticky;left:2.2em;z-index:1;text-align:left;min-width:9em;max-width:15em;overflow:hidden;text-overflow:ellipsis;cursor:pointer}
            .edu-journal thead .num,.edu-journal thead .name{z-index:3}
            .edu-journal th.lesson{cursor:pointer;padding:.2em .3em}
            .edu-journal th.lesson small{display:block;font-size:.8em;color:var(--lumo-primary-text-color)}
            .edu-journal th.lesson[data-kind=TERM_SUMMATIVE] small{color:var(--lumo-error-text-color)}
            .edu-journal td.c{min-width:2.4em;cursor:cell;outline:none;position:relative}
            .edu-journal td.c[data-kind=SECTION_SUMMATIVE],.edu-journal td.c[data-kind=TERM_SUMMATIVE]{background-image:linear-gradient(var(--lumo-primary-color-10pct),var(--lumo-primary-color-10pct))}
            .edu-journal td.c[data-open=false]{cursor:default;color:var(--lumo-secondary-text-color)}
            .edu-journal td.c:focus{box-shadow:inset 0 0 0 2px var(--lumo-primary-color)}
            .edu-journal td.c[data-att=ABSENT]{color:var(--lumo-error-text-color);font-weight:600}
            .edu-journal td.c[data-att=ILL],.edu-journal td.c[data-att=EXCUSED]{color:var(--lumo-secondary-text-color);font-style:italic}
            .edu-journal td.c[data-att=LATE]{color:#a15c00}
            .edu-journal td.c[data-comment]::before{content:"";position:absolute;top:0;right:0;border-style:solid;border-width:0 .45em .45em 0;border-color:transparent var(--lumo-primary-color) transparent transparent}
            .edu-journal td.c[data-pending]{color:transparent}
            .edu-journal td.c[data-pending]::after{content:attr(data-pending);position:absolute;inset:0;display:flex;align-items:center;justify-content:center;color:var(--lumo-secondary-text-color);font-style:italic}
            .edu-journal td.rec{color:var(--lumo-secondary-text-color);min-width:5.5em}
            .edu-journal td.fin{font-weight:600;cursor:pointer;min-width:2.5em}
            .edu-journal td.fin.mismatch{background-image:linear-gradient(var(--lumo-error-color-10pct),var(--lumo-error-color-10pct));color:var(--lumo-error-text-color)}
            .edu-journal-editor{position:absolute;z-index:5;box-sizing:border-box;margin:0;padding:0;border:2px solid var(--lumo-primary-color);text-align:center;font:inherit;font-size:var(--lumo-font-size-s);outline:none;background:var(--lumo-base-color);color:var(--lumo-body-text-color)}
            """;

    /** $this = the table, $0 = the shared input, $1 = the scrolling container. */
    private static final String SCRIPT = """
            const table = this, editor = $0, scroll = $1;
            if (table.__eduJournal) { return; }
            table.__eduJournal = true;
            let cur = null, editing = null;
            const at = (s, l) => { const r = table.tBodies[0] && table.tBodies[0].rows[s]; return r ? r.cells[l + 2] : null; };
            const isCell = (td) => td && td.classList && td.classList.contains('c');
            const focus = (td) => {
              if (!isCell(td)) { return; }
              if (cur && cur !== td) { cur.tabIndex = -1; }
              cur = td; td.tabIndex = 0; td.focus({ preventScroll: false });
            };
            const move = (td, ds, dl) => { const n = at(+td.dataset.s + ds, +td.dataset.l + dl); if (isCell(n)) { focus(n); } };
            const editable = (td) => table.dataset.writable === 'true' && td.dataset.open === 'true';
            const commit = (td, v) => {
              td.dataset.pending = v === '' ? '·' : v;
              table.dispatchEvent(new CustomEvent('journal-commit', { detail: { s: +td.dataset.s, l: +td.dataset.l, v: v } }));
            };
            const open = (td, initial) => {
              if (!editable(td)) { return; }
              editing = td;
              const sr = scroll.getBoundingClientRect(), r = td.getBoundingClientRect();
              editor.style.left = (r.left - sr.left + scroll.scrollLeft - scroll.clientLeft) + 'px';
              editor.style.top = (r.top - sr.top + scroll.scrollTop - scroll.clientTop) + 'px';
              editor.style.width = Math.max(r.width, 40) + 'px';
              editor.style.height = r.height + 'px';
              editor.hidden = false;
              editor.value = initial;
              editor.focus();
            };
            const close = (save, ds, dl) => {
              const td = editing;
              if (!td) { return; }
              editing = null;
              editor.hidden = true;
              const v = editor.value.trim();
              if (save && v !== (td.dataset.raw || '')) { commit(td, v); }
              focus(td);
              if (ds || dl) { move(td, ds, dl); }
            };
            editor.addEventListener('keydown', (e) => {
              const keys = { Enter: [1, 0], ArrowDown: [1, 0], ArrowUp: [-1, 0] };
              if (keys[e.key]) { e.preventDefault(); close(true, keys[e.key][0], keys[e.key][1]); }
              else if (e.key === 'Tab') { e.preventDefault(); close(true, 0, e.shiftKey ? -1 : 1); }
              else if (e.key === 'Escape') { e.preventDefault(); close(false, 0, 0); }
            });
            editor.addEventListener('blur', () => { if (editing) { close(true, 0, 0); } });
            table.addEventListener('keydown', (e) => {
              const td = e.target;
              if (!isCell(td) || editing) { return; }
              const moves = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] };
              if (moves[e.key]) { e.preventDefault(); move(td, moves[e.key][0], moves[e.key][1]); }
              else if (e.key === 'Tab') { e.preventDefault(); move(td, 0, e.shiftKey ? -1 : 1); }
              else if (e.key === 'Enter' && e.shiftKey) {
                e.preventDefault();
                table.dispatchEvent(new CustomEvent('journal-comment', { detail: { s: +td.dataset.s, l: +td.dataset.l } }));
              }
              else if (e.key === 'Enter' || e.key === 'F2') { e.preventDefault(); open(td, td.dataset.raw || ''); }
              else if (e.key === 'Delete' || e.key === 'Backspace') {
                e.preventDefault();
                if (editable(td) && (td.dataset.raw || '') !== '') { commit(td, ''); }
              }
              else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== ' ') { e.preventDefault(); open(td, e.key); }
            });
            table.addEventListener('click', (e) => {
              const td = e.target.closest('td.c');
              if (!td) { return; }
              if (td === cur && document.activeElement === td) { open(td, td.dataset.raw || ''); } else { focus(td); }
            });
            table.addEventListener('dblclick', (e) => { const td = e.target.closest('td.c'); if (td) { open(td, td.dataset.raw || ''); } });
            """;
}
