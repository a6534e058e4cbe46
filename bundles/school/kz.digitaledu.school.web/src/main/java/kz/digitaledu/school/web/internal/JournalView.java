package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.digitaledu.platform.api.EduException;
import kz.digitaledu.school.api.JournalService.JournalPage;
import kz.digitaledu.school.api.JournalService.JournalRef;
import kz.digitaledu.school.api.SchoolYear;

/**
 * {@code /journal}: choose a journal (class and subject, one's own first) and a term; the grid below is the journal
 * page of that term, loaded with one service call. The choice is kept in the address
 * ({@code /journal?assignment=12&term=3}): a reload, a bookmark or a link opens the same page; a journal or term the user
 * may not read falls back to the first one.
 */
public class JournalView extends VerticalLayout implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    private final ComboBox<JournalRef> journals = new ComboBox<>();
    private final Select<SchoolYear.Term> terms = new Select<>();
    private final Button history = new Button();
    private final Button plan = new Button();
    private final Button year = new Button();
    private final Div content = new Div();
    private JournalRef current;
    private JournalGrid grid;
    private boolean quiet;
    /** The journals the user may open, set once by the constructor; the address chooses among them. */
    private List<JournalRef> refs = List.of();
    /** The term asked for in the address while the journal it belongs to is being chosen. */
    private Long wantedTerm;

    public JournalView() {
        setId("journal-view");
        setPadding(true);
        setSizeFull();
        journals.setId("journal-select");
        journals.setLabel(SchoolUi.t("school.web.journal.choose"));
        journals.setItemLabelGenerator(JournalView::label);
        journals.setWidth("22em");
        journals.getStyle().set("max-width", "100%");
        terms.setId("term-select");
        terms.setLabel(SchoolUi.t("school.web.journal.term"));
        terms.setItemLabelGenerator(t -> SchoolUi.t("school.web.term", t.number()));
        history.setText(SchoolUi.t("school.web.history"));
        history.setIcon(VaadinIcon.TIME_BACKWARD.create());
        history.setId("journal-history");
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.setEnabled(false);
        history.addClickListener(e -> {
            if (grid != null) {
                HistoryDialog.open(grid.page());
            }
        });
        plan.setText(SchoolUi.t("school.web.plan.button"));
        plan.setIcon(VaadinIcon.LIST_OL.create());
        plan.setId("journal-plan");
        plan.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        plan.setEnabled(false);
        plan.setVisible(PlanDialog.available());
        plan.addClickListener(e -> {
            if (current != null) {
                PlanDialog.open(current, () -> {
                    if (terms.getValue() != null) {
                        load(current, terms.getValue());
                    }
                });
            }
        });
        year.setText(SchoolUi.t("school.web.year.button"));
        year.setIcon(VaadinIcon.DIPLOMA.create());
        year.setId("journal-year");
        year.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        year.setEnabled(false);
        year.addClickListener(e -> {
            if (current != null) {
                YearGradesDialog.open(current);
            }
        });
        FlexLayout bar = new FlexLayout(journals, terms, history, plan, year);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        content.setWidthFull();
        content.getStyle().set("flex", "1 1 auto").set("min-height", "0");
        add(bar, content);

        List<JournalRef> refs;
        try {
            refs = SchoolUi.journal().journals();
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
            refs = List.of();
        }
        if (refs.isEmpty()) {
            Paragraph none = new Paragraph(SchoolUi.t("school.web.journal.none"));
            none.setId("journal-none");
            content.add(none);
            return;
        }
        journals.setItems(refs);
        journals.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                choose(e.getValue());
            }
        });
        terms.addValueChangeListener(e -> {
            if (!quiet && e.getValue() != null && current != null) {
                load(current, e.getValue());
            }
        });
        this.refs = refs;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (refs.isEmpty()) {
            return;
        }
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        Long assignment = number(q.get("assignment"));
        Long term = number(q.get("term"));
        JournalRef ref = refs.stream().filter(r -> assignment != null && r.assignmentId() == assignment).findFirst().orElse(null);
        if (ref == null) {
            if (q.containsKey("assignment")) {
                // a link to a journal this user does not keep or read (or that no longer exists): say so, show their first
                SchoolUi.error(SchoolUi.t("school.web.journal.not_yours"));
            }
            ref = refs.get(0);
        }
        wantedTerm = term;
        journals.setValue(ref);
        wantedTerm = null;
    }

    private static Long number(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(values.get(0));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Puts the journal and term shown into the address, without a new history entry; just before the response, so that
     * it comes after the router's own entry when this is the navigation to the screen.
     */
    private void remember(JournalRef ref, SchoolYear.Term term) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null) {
            Location here = new Location(JournalViewContribution.ROUTE, QueryParameters.simple(Map.of("assignment",
                    String.valueOf(ref.assignmentId()), "term", String.valueOf(term.id()))));
            ui.beforeClientResponse(this, ctx -> ctx.getUI().getPage().getHistory().replaceState(null, here));
        }
    }

    static String label(JournalRef r) {
        String label = r.className() + (r.groupName() == null ? "" : " (" + r.groupName() + ")") + " · " + r.subject();
        return r.writable() ? label : label + " — " + r.teacherName();
    }

    private void choose(JournalRef ref) {
        current = ref;
        Long wanted = wantedTerm;
        SchoolYear.Term term = ref.terms().stream().filter(t -> wanted != null && t.id() == wanted).findFirst()
                .orElseGet(() -> Terms.defaultTerm(ref.terms(), LocalDate.now()).orElse(null));
        quiet = true;
        try {
            terms.setItems(ref.terms());
            terms.setValue(term);
        } finally {
            quiet = false;
        }
        if (term != null) {
            load(ref, term);
        } else {
            content.removeAll();
            content.add(new Span(SchoolUi.t("school.web.journal.no_terms")));
        }
    }

    private void load(JournalRef ref, SchoolYear.Term term) {
        content.removeAll();
        grid = null;
        history.setEnabled(false);
        plan.setEnabled(false);
        year.setEnabled(false);
        JournalPage page;
        try {
            page = SchoolUi.journal().journal(ref.assignmentId(), term.id());
        } catch (EduException e) {
            SchoolUi.error(SchoolUi.message(e));
            return;
        }
        remember(ref, term);
        grid = new JournalGrid(page);
        history.setEnabled(true);
        plan.setEnabled(true);
        year.setEnabled(true);
        content.add(grid);
    }
}
