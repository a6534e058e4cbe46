package kz.digitaledu.platform.web.internal;

import org.osgi.service.component.annotations.Component;

import kz.digitaledu.platform.web.ViewContribution;

/** The platform's own view "organisations", contributed like any component's view. */
@Component(service = ViewContribution.class)
public class OrganisationsContribution implements ViewContribution {

    @Override
    public String route() {
        return "organisations";
    }

    @Override
    public String titleKey() {
        return "web.organisations.title";
    }

    @Override
    public String icon() {
        return "INSTITUTION";
    }

    @Override
    public String requiredPermission() {
        return kz.digitaledu.platform.api.OrganisationService.READ;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> viewClass() {
        return OrganisationsView.class;
    }

    @Override
    public int order() {
        return 20;
    }
}
