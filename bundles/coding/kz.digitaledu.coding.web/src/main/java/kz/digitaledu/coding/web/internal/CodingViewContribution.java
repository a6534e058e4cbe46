package kz.digitaledu.coding.web.internal;

import com.vaadin.flow.component.Component;
import kz.digitaledu.coding.core.CodingService;
import kz.digitaledu.platform.api.i18n.Translator;
import kz.digitaledu.platform.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The coding school's screen in the shell's menu, for users who may send solutions: {@code /coding} lists the tasks,
 * {@code /coding?task=<id>} is a task's page.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class CodingViewContribution implements ViewContribution {
    static final String ROUTE = "coding";

    @Activate
    public CodingViewContribution(@Reference CodingService coding, @Reference Translator translator) {
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
        return "coding.web.menu";
    }

    @Override
    public String icon() {
        return "CODE";
    }

    @Override
    public String requiredPermission() {
        return CodingService.SUBMIT;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return CodingView.class;
    }

    @Override
    public int order() {
        return 50;
    }
}
