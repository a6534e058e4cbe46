package kz.digitaledu.itests.webview;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import kz.digitaledu.platform.web.ViewContribution;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The whole of a tiny view-contributing bundle that WebIT builds in memory, installs, stops and starts: it registers
 * one {@link ViewContribution} while the bundle is active.
 */
public class ProbeViewActivator implements BundleActivator, ViewContribution {

    public static final String ROUTE = "it-probe-view";

    @Override
    public void start(BundleContext context) {
        context.registerService(ViewContribution.class, this, null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String titleKey() {
        return "web.home";
    }

    @Override
    public String icon() {
        return "FLASK";
    }

    @Override
    public String requiredPermission() {
        return null;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return Div.class;
    }
}
