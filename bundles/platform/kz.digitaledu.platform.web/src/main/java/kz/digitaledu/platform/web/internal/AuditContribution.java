package kz.digitaledu.platform.web.internal;

import org.osgi.service.component.annotations.Component;

import kz.digitaledu.platform.web.ViewContribution;

/** The platform's own view "audit", contributed like any component's view. */
@Component(service = ViewContribution.class)
public class AuditContribution implements ViewContribution {

    @Override
    public String route() {
        return "audit";
    }

    @Override
    public String titleKey() {
        return "web.audit.title";
    }

    @Override
    public String icon() {
        return "RECORDS";
    }

    @Override
    public String requiredPermission() {
        return kz.digitaledu.platform.api.AuditService.READ;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> viewClass() {
        return AuditView.class;
    }

    @Override
    public int order() {
        return 30;
    }
}
