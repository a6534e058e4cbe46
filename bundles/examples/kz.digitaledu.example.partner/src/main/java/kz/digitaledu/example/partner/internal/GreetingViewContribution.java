package kz.digitaledu.example.partner.internal;

import com.vaadin.flow.component.Component;
import kz.digitaledu.platform.web.ViewContribution;
import org.osgi.service.component.annotations.Activate;

/** Adds the example's screen to the shell's menu for users who hold {@code example.greet}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class GreetingViewContribution implements ViewContribution {
    @Activate
    public GreetingViewContribution() {
    }

    @Override
    public String route() {
        return "example/greeting";
    }

    @Override
    public String titleKey() {
        return "example.view.title";
    }

    @Override
    public String icon() {
        return "HANDSHAKE";
    }

    @Override
    public String requiredPermission() {
        return ExamplePermissions.GREET;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return GreetingView.class;
    }
}
