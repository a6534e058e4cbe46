package kz.digitaledu.school.web.internal;

import com.vaadin.flow.component.Component;
import java.util.Set;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.web.ViewContribution;
import kz.digitaledu.school.api.JournalService;
import kz.digitaledu.school.api.SchoolPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The class journal in the shell's menu: for teachers who keep journals and for staff who read every journal. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class JournalViewContribution implements ViewContribution {
    static final String ROUTE = "journal";

    @Activate
    public JournalViewContribution(@Reference JournalService journal, @Reference Translator translator) {
        SchoolUi.setJournal(journal, translator);
    }

    @Deactivate
    void deactivate() {
        SchoolUi.setJournal(null, null);
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String titleKey() {
        return "school.web.journal.menu";
    }

    @Override
    public String icon() {
        return "TABLE";
    }

    @Override
    public String requiredPermission() {
        return SchoolPermissions.JOURNAL_KEEP;
    }

    @Override
    public Set<String> anyOfPermissions() {
        return Set.of(SchoolPermissions.JOURNAL_KEEP, SchoolPermissions.JOURNAL_READ_ALL);
    }

    @Override
    public Class<? extends Component> viewClass() {
        return JournalView.class;
    }

    @Override
    public int order() {
        return 30;
    }
}
