package kz.digitaledu.platform.web.internal;

import org.osgi.service.component.annotations.Component;

import kz.digitaledu.platform.web.ViewContribution;

/** The platform's own view "access-log", contributed like any component's view. */
@Component(service = ViewContribution.class)
public class AccessLogContribution implements ViewContribution {

    @Override
    public String route() {
        return "access-log";
    }

    @Override
    public String titleKey() {
        return "web.access.title";
    }

    @Override
    public String icon() {
        return "KEY";
    }

    @Override
    public String requiredPermission() {
        return kz.digitaledu.platform.api.AuthService.READ_ACCESS_LOG;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> viewClass() {
        return AccessLogView.class;
    }

    @Override
    public int order() {
        return 31;
    }
}
