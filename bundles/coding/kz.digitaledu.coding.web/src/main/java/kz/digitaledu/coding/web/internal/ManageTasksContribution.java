package kz.digitaledu.coding.web.internal;

import com.vaadin.flow.component.Component;
import kz.digitaledu.coding.core.CodingService;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * "Manage tasks" in the shell's menu, for users who may manage tasks ({@link CodingService#MANAGE_TASKS}): {@code /coding/manage}
 * lists the tasks with upload, download and delete, {@code /coding/manage?edit=<id>} edits one, {@code ?edit=} writes a new one.
 * Like {@link CodingViewContribution} it hands its injected services to {@link CodingUi}.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class ManageTasksContribution implements ViewContribution {
    static final String ROUTE = "coding/manage";

    @Activate
    public ManageTasksContribution(@Reference CodingService coding, @Reference Translator translator) {
        CodingUi.set(new CodingUi.Services(coding, translator));
    }

    @Deactivate
    void deactivate() {
        CodingUi.set(null);
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String titleKey() {
        return "coding.web.manage.menu";
    }

    @Override
    public String icon() {
        return "EDIT";
    }

    @Override
    public String requiredPermission() {
        return CodingService.MANAGE_TASKS;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ManageTasksView.class;
    }

    @Override
    public int order() {
        return 51;
    }
}
