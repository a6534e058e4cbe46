package kz.digitaledu.platform.web.internal;

import org.osgi.service.component.annotations.Component;

import kz.digitaledu.platform.web.ViewContribution;

/** The platform's own view "profile", contributed like any component's view. */
@Component(service = ViewContribution.class)
public class ProfileContribution implements ViewContribution {

    @Override
    public String route() {
        return "profile";
    }

    @Override
    public String titleKey() {
        return "web.profile.title";
    }

    @Override
    public String icon() {
        return "USER";
    }

    @Override
    public String requiredPermission() {
        return null;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> viewClass() {
        return ProfileView.class;
    }

    @Override
    public int order() {
        return 90;
    }
}
