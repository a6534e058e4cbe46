package kz.digitaledu.platform.web.internal;

import org.osgi.service.component.annotations.Component;

import kz.digitaledu.platform.web.ViewContribution;

/** The platform's own view "users", contributed like any component's view. */
@Component(service = ViewContribution.class)
public class UsersContribution implements ViewContribution {

    @Override
    public String route() {
        return "users";
    }

    @Override
    public String titleKey() {
        return "web.users.title";
    }

    @Override
    public String icon() {
        return "USERS";
    }

    @Override
    public String requiredPermission() {
        return kz.digitaledu.platform.api.UserService.READ;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> viewClass() {
        return UsersView.class;
    }

    @Override
    public int order() {
        return 10;
    }
}
